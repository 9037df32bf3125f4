import type { AnyBulkWriteOperation } from 'mongoose';
import { AwardRecordModel } from '../awardRecordModel';
import { CollectiveModel } from '../collectiveModel';
import { PersonModel } from '../personModel';
import type { ParsedRow } from './parseSheets';
import type { Row } from './recordKindSupport';

interface WriteSummary {
  /** Rows written, by record kind. */
  counts: Record<string, number>;
  /** Award rows not written because a decision signed in TĐKT Flow already records them. */
  skippedDecisionAwards: number;
}

interface SubjectUpdate {
  set: Row;
  unset: Record<string, ''>;
  upsert: boolean;
}

/**
 * Writes rows that have *all* been validated. There are no multi-document transactions on
 * FerretDB, so "nothing half-imported" rests on two things instead:
 *
 * 1. Nothing is written unless every row of the file is valid (the caller checks first).
 * 2. Every write is idempotent and order-free: a person's (or collective's) rows become ONE
 *    single-document update that `$set`s the profile and `<map>.<natural key>` entries (atomic
 *    per document), and an award row is a `replaceOne` upsert on `_id` =
 *    `import:<subject>:<id>:<award>:<year>:<kind>`. Writing a row twice gives the same document.
 *
 * So if the process dies mid-write, some subjects are updated and others not; the import batch
 * is left in status `writing`, and importing the same file again rewrites every subject to the
 * same final state — the retry converges. Rows not in the file are never touched (an import
 * adds or corrects records; it does not delete).
 */
export async function writeImport(rows: readonly ParsedRow[]): Promise<WriteSummary> {
  const subjects = {
    person: new Map<string, SubjectUpdate>(),
    collective: new Map<string, SubjectUpdate>(),
  };
  const awards: Row[] = [];
  const counts: Record<string, number> = {};

  for (const row of rows) {
    counts[row.spec.kind] = (counts[row.spec.kind] ?? 0) + 1;
    const target = row.spec.target(row.value);
    if (target.doc === 'award') {
      awards.push({ _id: target.id, ...target.value });
      continue;
    }
    const byId = subjects[target.doc];
    const update = byId.get(target.id) ?? { set: {}, unset: {}, upsert: false };
    byId.set(target.id, update);
    if ('profile' in target) {
      update.upsert = true;
      for (const column of row.spec.columns) {
        if (column.key === 'id') continue;
        const value = target.profile[column.key];
        if (value === undefined) update.unset[column.key] = '';
        else update.set[column.key] = value;
      }
    } else {
      update.set[`${target.map}.${target.key}`] = target.value;
    }
  }

  const operations = (byId: Map<string, SubjectUpdate>) =>
    [...byId].map(([id, u]) => ({
      updateOne: {
        filter: { _id: id },
        update: { $set: u.set, ...(Object.keys(u.unset).length > 0 && { $unset: u.unset }) },
        upsert: u.upsert,
      },
    }));

  // Subjects first, so the records' owners exist; each operation stands alone (ordered: false).
  if (subjects.person.size > 0) {
    await PersonModel.bulkWrite(operations(subjects.person) as AnyBulkWriteOperation[], {
      ordered: false,
    });
  }
  if (subjects.collective.size > 0) {
    await CollectiveModel.bulkWrite(operations(subjects.collective) as AnyBulkWriteOperation[], {
      ordered: false,
    });
  }

  let skippedDecisionAwards = 0;
  if (awards.length > 0) {
    // An award granted by a decision in TĐKT Flow (`_id = nomination:<id>`) is already the
    // record; an imported copy of it (e.g. from an earlier export) must not count twice.
    const decided = await AwardRecordModel.find(
      {
        source: 'decision',
        subjectId: { $in: [...new Set(awards.map((a) => String(a.subjectId)))] },
      },
      { subject: 1, subjectId: 1, code: 1, year: 1, basis: 1 },
    ).lean();
    const key = (a: Row) => [a.subject, a.subjectId, a.code, a.year, a.basis].join('|');
    const decidedKeys = new Set(decided.map((d) => key(d as unknown as Row)));
    const writes = awards.filter((a) => !decidedKeys.has(key(a)));
    skippedDecisionAwards = awards.length - writes.length;
    if (writes.length > 0) {
      await AwardRecordModel.bulkWrite(
        writes.map(({ revokedOn, ...award }) => ({
          replaceOne: {
            filter: { _id: award._id },
            replacement: {
              ...award,
              source: 'import',
              ...(revokedOn ? { revoked: { at: new Date(`${String(revokedOn)}T00:00:00Z`) } } : {}),
            },
            upsert: true,
          },
        })) as AnyBulkWriteOperation[],
        { ordered: false },
      );
    }
  }
  return { counts, skippedDecisionAwards };
}
