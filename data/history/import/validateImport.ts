import { UnitModel } from '../../organisation/unitModel';
import { CollectiveModel } from '../collectiveModel';
import { PersonModel } from '../personModel';
import type { ParsedRow, RowError } from './parseSheets';

/** Ids that exist in the database, among `ids`. */
async function existing(
  model: typeof PersonModel | typeof CollectiveModel | typeof UnitModel,
  ids: Set<string>,
): Promise<Set<string>> {
  if (ids.size === 0) return new Set();
  const found = await (model as typeof UnitModel)
    .find({ _id: { $in: [...ids] } }, { _id: 1 })
    .lean();
  return new Set(found.map((d) => String(d._id)));
}

/**
 * The checks that need the database: every record names a person or collective that is in the
 * file or already stored, and every person and collective names a known unit. Reads only.
 */
export async function checkReferences(rows: readonly ParsedRow[]): Promise<RowError[]> {
  const inFile = { person: new Set<string>(), collective: new Set<string>() };
  const wanted = { person: new Set<string>(), collective: new Set<string>() };
  const units = new Set<string>();
  for (const row of rows) {
    const target = row.spec.target(row.value);
    if (target.doc === 'award') {
      const doc = row.value.subject === 'collective' ? 'collective' : 'person';
      wanted[doc].add(String(row.value.subjectId));
    } else if ('profile' in target) {
      inFile[target.doc].add(target.id);
      units.add(String(row.value.unitId));
    } else {
      wanted[target.doc].add(target.id);
    }
  }
  const missing = (doc: 'person' | 'collective') =>
    new Set([...wanted[doc]].filter((id) => !inFile[doc].has(id)));
  const [people, collectives, knownUnits] = await Promise.all([
    existing(PersonModel, missing('person')),
    existing(CollectiveModel, missing('collective')),
    existing(UnitModel, units),
  ]);

  const errors: RowError[] = [];
  for (const row of rows) {
    const target = row.spec.target(row.value);
    const idColumn = row.spec.columns.find((c) =>
      ['personId', 'subjectId', 'collectiveId'].includes(c.key),
    );
    if ('profile' in target) {
      const unitId = String(row.value.unitId);
      if (!knownUnits.has(unitId)) {
        errors.push({
          sheet: row.sheet,
          row: row.rowNumber,
          column: row.spec.columns.find((c) => c.key === 'unitId')!.vi,
          code: 'UNKNOWN_UNIT',
          message: { vi: `Không có đơn vị mã "${unitId}".`, en: `No unit with ID "${unitId}".` },
        });
      }
      continue;
    }
    const doc =
      target.doc === 'award'
        ? row.value.subject === 'collective'
          ? 'collective'
          : 'person'
        : target.doc;
    const id = target.doc === 'award' ? String(row.value.subjectId) : target.id;
    const known = doc === 'person' ? people : collectives;
    if (!inFile[doc].has(id) && !known.has(id)) {
      errors.push({
        sheet: row.sheet,
        row: row.rowNumber,
        column: idColumn?.vi ?? null,
        code: doc === 'person' ? 'UNKNOWN_PERSON' : 'UNKNOWN_COLLECTIVE',
        message:
          doc === 'person'
            ? {
                vi: `Không có cá nhân mã "${id}" trong tệp hoặc trong cơ sở dữ liệu.`,
                en: `No person with ID "${id}" in the file or the database.`,
              }
            : {
                vi: `Không có tập thể mã "${id}" trong tệp hoặc trong cơ sở dữ liệu.`,
                en: `No collective with ID "${id}" in the file or the database.`,
              },
      });
    }
  }
  return errors;
}
