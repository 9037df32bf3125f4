import {
  collectiveHistorySchema,
  nomineeHistorySchema,
  type AwardRecord,
  type CollectiveHistory,
  type NomineeHistory,
} from '../../domain/eligibility/history';
import { AwardRecordModel } from './awardRecordModel';
import { CollectiveModel, type CollectiveDocument } from './collectiveModel';
import { PersonModel, type PersonDocument } from './personModel';

/** Stored history that does not satisfy the rules' input schema (a bug or a manual edit). */
export class StoredHistoryInvalidError extends Error {
  constructor(
    readonly subjectId: string,
    readonly detail: string,
  ) {
    super(`Stored history of ${subjectId} is invalid: ${detail}`);
    this.name = 'StoredHistoryInvalidError';
  }
}

interface PersonProfile {
  id: string;
  fullName: string;
  gender: 'female' | 'male';
  birthDate: string | null;
  ethnicityCode: string;
  unitId: string;
  position: string | null;
}

type Lean<T> = T & { _id: string };
/** A stored record before validation; zod checks its shape. */
type Stored = Record<string, unknown>;

/** Values of a stored map, whatever form the driver returns it in, in a stable order. */
function values<T>(map: unknown, order: (item: T) => string): T[] {
  if (!map) return [];
  const items = (map instanceof Map ? [...map.values()] : Object.values(map)) as T[];
  return items.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** Drops null / undefined fields so optional zod fields see "absent", not null. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null)) as T;
}

const pad = (n: number): string => String(n).padStart(4, '0');

/** An initiative's uses as imported and as decisions recorded them, each once. */
function usesOf(imported: unknown, decided: readonly Stored[]): Stored[] {
  const uses = new Map<string, Stored>();
  for (const u of [...((imported ?? []) as Stored[]), ...decided]) {
    const use = compact({ award: u.award, year: u.year, path: u.path });
    uses.set(JSON.stringify(use), use);
  }
  return [...uses.values()];
}

/** The fields of an award record the rules read. */
const AWARD_FIELDS = {
  _id: 0,
  code: 1,
  year: 1,
  issuerLevel: 1,
  basis: 1,
  decisionNumber: 1,
  decisionDate: 1,
  revoked: 1,
} as const;

/** The subject's award records, read through the index on `subjectId`. */
async function awardsOf(
  subject: 'individual' | 'collective',
  subjectId: string,
): Promise<AwardRecord[]> {
  const records = await AwardRecordModel.find({ subject, subjectId }, AWARD_FIELDS).lean();
  return records
    .map(
      (r) =>
        compact({
          code: r.code,
          year: r.year,
          issuerLevel: r.issuerLevel,
          basis: r.basis,
          decisionNumber: r.decisionNumber ?? undefined,
          decisionDate: r.decisionDate ?? undefined,
          revoked: r.revoked?.at ? true : undefined,
        }) as AwardRecord,
    )
    .sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}

function toNomineeHistory(person: Lean<PersonDocument>, awards: AwardRecord[]): NomineeHistory {
  const decidedUses = values<Stored>(person.initiativeUses, (u) => String(u.nominationId));
  const employment = values<Stored>(person.employment, (e) => String(e.from)).map((e) =>
    compact({ ...e }),
  );
  const candidate = {
    subject: 'individual' as const,
    schemaVersion: 1 as const,
    person: compact({
      id: person._id,
      fullName: person.fullName,
      gender: person.gender,
      birthDate: person.birthDate ?? undefined,
      recruitmentDate: person.recruitmentDate,
      deceasedOn: person.deceasedOn ?? undefined,
      isLeader: person.isLeader ?? undefined,
    }),
    units: values<Stored>(person.units, (u) => String(u.from)).map((u) => ({
      ...compact(u),
      to: u.to ?? null,
    })),
    ...(employment.length > 0 && { employment }),
    evaluations: values<Stored>(person.evaluations, (e) => pad(Number(e.year))).map((e) =>
      compact({ ...e }),
    ),
    registrations: values<Stored>(person.registrations, (r) => pad(Number(r.year))).map((r) => ({
      year: r.year,
      registered: r.registered,
    })),
    awards,
    initiatives: values<Stored>(
      person.initiatives,
      (i) => `${pad(Number(i.year))}${String(i.id)}`,
    ).map((i) => ({
      ...compact({ ...i }),
      usedFor: usesOf(
        i.usedFor,
        decidedUses.filter((u) => u.initiativeId === i.id),
      ),
    })),
    discipline: values<Stored>(person.discipline, (d) => String(d.decidedOn)).map((d) =>
      compact({ level: d.level, decidedOn: d.decidedOn, effectiveTo: d.effectiveTo }),
    ),
    sanctions: values<Stored>(
      person.sanctions,
      (s) => `${String(s.decidedOn)}${String(s.kind)}`,
    ).map((s) => compact({ kind: s.kind, decidedOn: s.decidedOn, effectiveTo: s.effectiveTo })),
    holds: values<Stored>(person.holds, (h) => String(h.from)).map((h) =>
      compact({ kind: h.kind, from: h.from, to: h.to }),
    ),
    absences: values<Stored>(person.absences, (a) => String(a.from)).map((a) => compact({ ...a })),
    achievements: values<Stored>(
      person.achievements,
      (a) => `${pad(Number(a.year))}${String(a.id)}`,
    ).map((a) => compact({ ...a })),
  };
  const parsed = nomineeHistorySchema.safeParse(candidate);
  if (!parsed.success) throw new StoredHistoryInvalidError(person._id, parsed.error.message);
  return parsed.data;
}

function toCollectiveHistory(
  collective: Lean<CollectiveDocument>,
  awards: AwardRecord[],
): CollectiveHistory {
  const candidate = {
    subject: 'collective' as const,
    schemaVersion: 1 as const,
    collective: compact({
      id: collective._id,
      name: collective.name,
      unitId: collective.unitId,
      blocId: collective.blocId ?? undefined,
    }),
    years: values<Stored>(collective.years, (y) => pad(Number(y.year))).map((y) =>
      compact({ ...y }),
    ),
    awards,
    holds: values<Stored>(collective.holds, (h) => String(h.from)).map((h) =>
      compact({ kind: h.kind, from: h.from, to: h.to }),
    ),
    achievements: values<Stored>(
      collective.achievements,
      (a) => `${pad(Number(a.year))}${String(a.id)}`,
    ).map((a) => compact({ ...a })),
  };
  const parsed = collectiveHistorySchema.safeParse(candidate);
  if (!parsed.success) throw new StoredHistoryInvalidError(collective._id, parsed.error.message);
  return parsed.data;
}

/**
 * A person's profile and the rules' input, in two queries run together: the person document
 * by `_id` and the person's award records (index `subjectId`).
 */
export async function loadPersonWithHistory(
  personId: string,
): Promise<{ profile: PersonProfile; history: NomineeHistory } | null> {
  const [person, awards] = await Promise.all([
    PersonModel.findById(personId).lean<Lean<PersonDocument>>(),
    awardsOf('individual', personId),
  ]);
  if (!person) return null;
  return {
    profile: {
      id: person._id,
      fullName: person.fullName,
      gender: person.gender,
      birthDate: person.birthDate ?? null,
      ethnicityCode: person.ethnicityCode,
      unitId: person.unitId,
      position: person.position ?? null,
    },
    history: toNomineeHistory(person, awards),
  };
}

/** Everything the eligibility rules need about one person, or null if there is no such person. */
export async function loadNomineeHistory(personId: string): Promise<NomineeHistory | null> {
  return (await loadPersonWithHistory(personId))?.history ?? null;
}

/** Everything the eligibility rules need about one collective, or null. */
export async function loadCollectiveHistory(
  collectiveId: string,
): Promise<CollectiveHistory | null> {
  const [collective, awards] = await Promise.all([
    CollectiveModel.findById(collectiveId).lean<Lean<CollectiveDocument>>(),
    awardsOf('collective', collectiveId),
  ]);
  return collective ? toCollectiveHistory(collective, awards) : null;
}
