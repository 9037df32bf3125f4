import { Schema, model } from 'mongoose';
import { vietnamDateOf } from '../../domain/calendar';
import { insertIfAbsent } from '../duplicateKey';
import { issueNumber, type NumberSeries } from '../numberSeries';
import { DossierModel } from './dossierModel';

/**
 * The register of dossier numbers (sổ theo dõi hồ sơ đề nghị): one document per number
 * issued, `_id` `<unit>:<year>:<sequence>`, written after the number is taken in the unit's
 * year series (`data/numberSeries.ts`), which makes it run 1, 2, 3… with no gap and no
 * duplicate. The unique `_id` and `dossierId` hold the register to it.
 */
const dossierNumberSchema = new Schema(
  {
    _id: { type: String, required: true },
    unitId: { type: String, required: true },
    year: { type: Number, required: true },
    sequence: { type: Number, required: true },
    dossierId: { type: String, required: true, unique: true },
    issuedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

dossierNumberSchema.index({ unitId: 1, year: 1, sequence: -1 });

export const DossierNumberModel = model('DossierNumber', dossierNumberSchema, 'dossier_numbers');

type Issued = { unitId: string; year: number; sequence: number };

/** `VCSDT-2025-0012`: the unit's code, the year of submission, four digits at least. */
export function formatDossierNumber({ unitId, year, sequence }: Issued): string {
  return `${unitId}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** `VCSDT-2025-0012/2`: the second nominee on that dossier's list. */
export function formatNominationNumber(dossierNumber: string, place: number): string {
  return `${dossierNumber}/${place}`;
}

/** A dossier's number, or a nomination's with its place; the groups are parsed below. */
export const NUMBER_PATTERN = /^([A-Za-z0-9_-]{1,32})-(\d{4})-(\d{1,9})(?:\/(\d{1,3}))?$/;

/** A number as a person types it: the register entry it names, and the place if given. */
export function parseNumber(text: string): { registerId: string; place?: number } | undefined {
  const match = NUMBER_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, unitId, year, sequence, place] = match;
  return {
    registerId: `${unitId}:${Number(year)}:${Number(sequence)}`,
    ...(place !== undefined && { place: Number(place) }),
  };
}

/** A unit's dossiers of one Vietnam year; numbers issued before the series are in the register. */
function seriesOf(unitId: string, year: number): NumberSeries {
  return {
    id: `dossier:${unitId}:${year}`,
    issuedBefore: async () =>
      (
        await DossierNumberModel.find({ unitId, year }, { dossierId: 1, sequence: 1 })
          .sort({ sequence: 1 })
          .lean()
      ).map((d) => ({ key: d.dossierId, number: d.sequence })),
  };
}

/** Step one of numbering a dossier: its number in the unit's year, taken now or found. */
export async function reserveDossierNumber(
  dossierId: string,
  unitId: string,
  year: number,
): Promise<number> {
  return (await issueNumber(seriesOf(unitId, year), dossierId))!;
}

/** Takes or finds the dossier's number, then registers it (a second write changes nothing). */
async function issue(dossierId: string, unitId: string, year: number): Promise<Issued> {
  const issued = { unitId, year, sequence: await reserveDossierNumber(dossierId, unitId, year) };
  await insertIfAbsent(DossierNumberModel as never, `${unitId}:${year}:${issued.sequence}`, {
    ...issued,
    dossierId,
    issuedAt: new Date(),
  });
  return issued;
}

interface DossierNumbers {
  /** `VCSDT-2025-0012`. */
  number: string;
  /** Each asked nomination's number, `VCSDT-2025-0012/2`. */
  nominations: Map<string, string>;
}

/**
 * The dossier's number — issued on first asking, in the register of its unit and of the
 * Vietnam year it was submitted — and the numbers of `nominationIds` in it: their place in
 * the dossier's list, which is the row of its submission letter. A nomination not on the
 * list yet (sent by a later request under the same dossier) is added at its end by a
 * conditional `$push` (only if absent), so two requests adding it at once add it once. Safe
 * to call again and at once from several places: the same dossier always gets the same
 * numbers.
 */
export async function numberDossier(
  dossierId: string,
  nominationIds: readonly string[] = [],
): Promise<DossierNumbers> {
  const numbers = await numberDossierIfAny(dossierId, nominationIds);
  if (!numbers) throw new Error(`No dossier ${dossierId}`);
  return numbers;
}

/** `numberDossier`, or undefined when there is no such dossier (one read either way). */
export async function numberDossierIfAny(
  dossierId: string,
  nominationIds: readonly string[] = [],
): Promise<DossierNumbers | undefined> {
  const dossier = await DossierModel.findById(dossierId, {
    unitId: 1,
    submittedAt: 1,
    number: 1,
    nominationIds: 1,
  }).lean();
  if (!dossier) return undefined;
  let number = dossier.number;
  if (!number) {
    const year = Number(vietnamDateOf(dossier.submittedAt).slice(0, 4));
    number = formatDossierNumber(await issue(dossierId, dossier.unitId, year));
    await DossierModel.updateOne({ _id: dossierId }, { $set: { number } });
  }
  let listed = dossier.nominationIds;
  const missing = [...new Set(nominationIds)].filter((id) => !listed.includes(id));
  for (const id of missing) {
    await DossierModel.updateOne(
      { _id: dossierId, nominationIds: { $ne: id } },
      { $push: { nominationIds: id } },
    );
  }
  if (missing.length > 0) {
    listed = (await DossierModel.findById(dossierId, { nominationIds: 1 }).lean())!.nominationIds;
  }
  const dossierNumber = number;
  return {
    number,
    nominations: new Map(
      nominationIds.map((id) => [
        id,
        formatNominationNumber(dossierNumber, listed.indexOf(id) + 1),
      ]),
    ),
  };
}

/**
 * The dossier a number names, and which of its nominations (all, or the one at the given
 * place): point reads of `_id` only, the register's and the dossier's. The unit's code may
 * be typed in lower case.
 */
export async function findByNumber(
  text: string,
): Promise<{ dossierId: string; nominationIds: string[] } | undefined> {
  const parsed = parseNumber(text);
  if (!parsed) return undefined;
  let entry;
  for (const registerId of new Set([parsed.registerId, parsed.registerId.toUpperCase()])) {
    entry ??= await DossierNumberModel.findById(registerId, { dossierId: 1 }).lean();
  }
  const dossier =
    entry && (await DossierModel.findById(entry.dossierId, { nominationIds: 1 }).lean());
  if (!dossier) return undefined;
  const { place } = parsed;
  const nominationIds =
    place === undefined ? dossier.nominationIds : dossier.nominationIds.slice(place - 1, place);
  return { dossierId: dossier._id, nominationIds };
}
