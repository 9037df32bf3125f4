import type { Stage } from '../../domain/process/stages';
import { isDuplicateKey } from '../duplicateKey';
import { PersonModel } from '../history/personModel';
import { NominationModel } from '../nomination/nominationModel';
import type { NominationToCount } from './countStep';
import { pipelinePosition, positionPaths, type PipelineStep } from './pipelinePosition';
import {
  COLLECTIVE_KEY,
  entryOf,
  personToLookUp,
  summaryChanges,
  wholeEntry,
  type PersonFacts,
  type StatisticsEntry,
  type SummaryChange,
} from './statisticsEntry';
import { StatisticsSummaryModel, type SummaryDocument } from './statisticsSummaryModel';

/** A submitted nomination whose `statistics` do not say what its record does. */
interface NominationStatisticsDrift {
  nominationId: string;
  /** `missing`: never counted; `stale`: counted under another outcome or other keys. */
  kind: 'missing' | 'stale';
}

/** A summary document whose counts differ from the sum of its nominations' entries. */
interface SummaryDrift {
  summaryId: string;
  /** The differing paths (`total`, `c.award.LDTT.awarded`, …): expected and stored. */
  differences: Record<string, { expected: number; stored: number }>;
}

interface StatisticsReport {
  checked: number;
  nominations: NominationStatisticsDrift[];
  summaries: SummaryDrift[];
}

type Scanned = NominationToCount & {
  stage: Stage;
  lastSeq: number;
  receivedOn?: string | null;
  history: PipelineStep[];
  updatedAt?: Date;
};

/** Steps whose increments may still be on their way (their retry must find them applied). */
const PENDING_WITHIN_MS = 15 * 60_000;
const PAGE = 1000;

/**
 * What is wrong with a nomination's entry, if anything. A returned dossier may be edited
 * until it is resubmitted and counts as it was when returned, so only its outcome is checked.
 */
function driftOf(nomination: Scanned): NominationStatisticsDrift['kind'] | undefined {
  const counted = wholeEntry(nomination.statistics?.counted);
  if (!counted) return 'missing';
  const expected = entryOf(nomination, nomination.stage, undefined);
  if (counted.outcome !== expected.outcome) return 'stale';
  if (nomination.stage === 'returned') return undefined;
  const { nominee } = nomination;
  const same =
    counted.year === expected.year &&
    counted.unitId === expected.unitId &&
    counted.awardCode === expected.awardCode &&
    counted.kind === expected.kind &&
    (counted.gender === COLLECTIVE_KEY) === (nominee.kind === 'collective') &&
    (counted.personId ?? undefined) === (nominee.personId ?? undefined);
  return same ? undefined : 'stale';
}

/** `c.award.LDTT.nominated` → `{ c: { award: { LDTT: { nominated } } } }`. */
function nest(inc: Record<string, number>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(inc)) {
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value;
  }
  return root;
}

/** A stored document's counts as paths (`total`, `c.…`, `y.…`), zeros left out. */
function flatten(document: Pick<SummaryDocument, 'total' | 'c' | 'y'>): Record<string, number> {
  const paths: Record<string, number> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'number') {
      if (node) paths[path] = node;
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    }
  };
  if (document.total) paths.total = document.total;
  walk(document.c, 'c');
  walk(document.y, 'y');
  return paths;
}

function differences(expected: Record<string, number>, stored: Record<string, number>) {
  const found: SummaryDrift['differences'] = {};
  for (const path of new Set([...Object.keys(expected), ...Object.keys(stored)])) {
    const e = expected[path] ?? 0;
    const s = stored[path] ?? 0;
    if (e !== s) found[path] = { expected: e, stored: s };
  }
  return found;
}

interface Scan {
  checked: number;
  nominations: NominationStatisticsDrift[];
  expected: Map<string, SummaryChange>;
  pending: Map<string, string[]>;
}

/**
 * Reads every nomination once (pages by `_id`): the drift of each submitted one's entry, and
 * what each summary document should hold, the sum of the entries and of the pipeline
 * positions (from the stage, the receipt date and the timeline). With `fix`, a drifted
 * entry is first rewritten from the record (its person read where the nominee changed), with
 * `seq` 0 (no step's), unless the nomination moved meanwhile.
 */
async function scan(fix: boolean): Promise<Scan> {
  const result: Scan = { checked: 0, nominations: [], expected: new Map(), pending: new Map() };
  const since = Date.now() - PENDING_WITHIN_MS;
  let after = '';
  for (;;) {
    const page = (await NominationModel.find(
      { _id: { $gt: after } },
      {
        stage: 1,
        lastSeq: 1,
        unitId: 1,
        year: 1,
        awardCode: 1,
        kind: 1,
        nominee: 1,
        statistics: 1,
        receivedOn: 1,
        'history.seq': 1,
        'history.stage': 1,
        'history.at': 1,
        updatedAt: 1,
      },
    )
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean()) as unknown as Scanned[];
    if (page.length === 0) break;
    after = page.at(-1)!._id;
    const submitted = page.filter((n) => n.stage !== 'draft');
    result.checked += submitted.length;
    const drifted = submitted.flatMap((n) => {
      const kind = driftOf(n);
      return kind ? [{ nomination: n, kind }] : [];
    });
    result.nominations.push(
      ...drifted.map((d) => ({ nominationId: d.nomination._id, kind: d.kind })),
    );
    const entries = new Map<string, StatisticsEntry>();
    if (fix && drifted.length > 0) {
      const recounted = drifted.map((d) => d.nomination);
      const people = await peopleFor(recounted);
      const writes = recounted.map((n) => {
        const counted = entryOf(n, n.stage, people.get(personToLookUp(n) ?? ''));
        entries.set(n._id, counted);
        return {
          updateOne: {
            filter: {
              _id: n._id,
              lastSeq: n.lastSeq,
              'statistics.seq': n.statistics?.seq ?? { $exists: false },
            },
            update: { $set: { statistics: { seq: 0, counted } } },
          },
        };
      });
      await NominationModel.bulkWrite(writes as never, { ordered: false });
    }
    for (const nomination of submitted) {
      const entry = entries.get(nomination._id) ?? wholeEntry(nomination.statistics?.counted);
      if (!entry) continue;
      const position = positionPaths(
        pipelinePosition(nomination.stage, nomination.receivedOn, nomination.history),
      );
      for (const change of summaryChanges(nomination._id, null, entry, { to: position })) {
        const id = change._id;
        const sum = result.expected.get(id) ?? { ...change, inc: {} };
        for (const [path, value] of Object.entries(change.inc)) {
          sum.inc[path] = (sum.inc[path] ?? 0) + value;
        }
        result.expected.set(id, sum);
        // Only the last step's increments may be on their way (statistics or pipeline).
        if (nomination.lastSeq && nomination.updatedAt && nomination.updatedAt.getTime() > since) {
          result.pending.set(id, [
            ...(result.pending.get(id) ?? []),
            `${nomination._id}:${nomination.lastSeq}`,
          ]);
        }
      }
    }
  }
  return result;
}

async function peopleFor(nominations: readonly Scanned[]): Promise<Map<string, PersonFacts>> {
  const ids = [...new Set(nominations.map(personToLookUp).filter((id): id is string => !!id))];
  const people = ids.length
    ? await PersonModel.find({ _id: { $in: ids } }, { gender: 1, ethnicityCode: 1 }).lean()
    : [];
  return new Map(people.map((p) => [p._id as string, p]));
}

async function storedSummaries(): Promise<Map<string, SummaryDocument>> {
  const documents = (await StatisticsSummaryModel.find({}).lean()) as unknown as SummaryDocument[];
  return new Map(documents.map((d) => [d._id, d]));
}

function summaryDrift(scanned: Scan, stored: Map<string, SummaryDocument>): SummaryDrift[] {
  const drift: SummaryDrift[] = [];
  for (const id of new Set([...scanned.expected.keys(), ...stored.keys()])) {
    const expected = scanned.expected.get(id)?.inc ?? {};
    const found = differences(expected, stored.has(id) ? flatten(stored.get(id)!) : {});
    if (Object.keys(found).length > 0) drift.push({ summaryId: id, differences: found });
  }
  return drift.sort((a, b) => a.summaryId.localeCompare(b.summaryId));
}

/** Compares the statistics summaries and the nominations' entries with the records. Reads only. */
export async function checkStatistics(): Promise<StatisticsReport> {
  const stored = await storedSummaries();
  const scanned = await scan(false);
  return {
    checked: scanned.checked,
    nominations: scanned.nominations,
    summaries: summaryDrift(scanned, stored),
  };
}

/**
 * Rewrites drifted entries from the records, then every summary document that differs from
 * the sum of its entries. Safe while steps are being recorded: a document is replaced only if
 * no step changed it since it was read before the scan (`v`), keeping the steps it applied and
 * adding those whose increments may still be on their way; a document a step changed is
 * counted again (up to `rounds` scans). Returns what was found and what is still off.
 */
export async function repairStatistics(
  rounds = 5,
): Promise<{ found: StatisticsReport; remaining: SummaryDrift[] }> {
  let found: StatisticsReport | undefined;
  let remaining: SummaryDrift[] = [];
  for (let round = 0; round < rounds; round++) {
    const stored = await storedSummaries();
    const scanned = await scan(true);
    const drift = summaryDrift(scanned, stored);
    found ??= { checked: scanned.checked, nominations: scanned.nominations, summaries: drift };
    remaining = [];
    for (const { summaryId } of drift) {
      if (!(await replaceSummary(summaryId, scanned, stored.get(summaryId)))) {
        remaining.push(drift.find((d) => d.summaryId === summaryId)!);
      }
    }
    if (remaining.length === 0) break;
  }
  return { found: found!, remaining };
}

async function replaceSummary(
  id: string,
  scanned: Scan,
  stored: SummaryDocument | undefined,
): Promise<boolean> {
  const sum = scanned.expected.get(id);
  const counts = sum?.inc ?? {};
  const applied = [...new Set([...(stored?.applied ?? []), ...(scanned.pending.get(id) ?? [])])];
  const collection = StatisticsSummaryModel.collection;
  if (stored) {
    // Count by count, the paths no longer counted unset, under the version read.
    const gone = Object.keys(flatten(stored)).filter((path) => !(path in counts));
    const replaced = await collection.updateOne({ _id: id, v: stored.v } as never, {
      $set: { total: 0, ...counts, applied },
      ...(gone.length > 0 && { $unset: Object.fromEntries(gone.map((path) => [path, 1])) }),
      $inc: { v: 1 },
    });
    return replaced.matchedCount === 1;
  }
  try {
    const { total, c, y } = nest(counts);
    await collection.insertOne({
      _id: id,
      ...sum!.fields,
      total: total ?? 0,
      c: c ?? {},
      ...(y !== undefined && { y }),
      applied,
      v: 0,
    } as never);
    return true;
  } catch (error) {
    // A step created it meanwhile: count again.
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
