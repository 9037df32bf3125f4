import { markdownTable } from '../support/markdownTable';
import type { BaselineShape } from '../baseline/baselineShape';
import { countShapes, type WorkflowCounts } from '../support/workflowCounts';
import type { ExactlyOnceReport } from './exactlyOnce';
import type { ThroughputResult } from './measureThroughput';

const RATIO_TARGET = 0.8;
const RATE_TARGET = 5;
const OPERATIONS_TARGET = 40;

/** Per nomination: a round's and a decision's counts are shared by the nominations in them. */
const perNomination = (counts: WorkflowCounts, nominations: number) =>
  [counts.workflows, counts.updates, counts.activities, counts.localActivities, counts.signals].map(
    (n) => (n / nominations).toFixed(2),
  );

/** The shape the baseline replays, per workflow of each kind, as its histories show it. */
function shapeText(r: ThroughputResult): string {
  const kinds: [string, BaselineShape[]][] = [
    ['nomination', r.groupShapes.flatMap((g) => g.nominations.map((n) => n.shape))],
    ['council round', r.groupShapes.map((g) => g.round)],
    ['award decision', r.groupShapes.map((g) => g.decision)],
  ];
  const mean = ([name, shapes]: [string, BaselineShape[]]) => {
    const c = countShapes(shapes);
    const per = (n: number) => (n / c.workflows).toFixed(1);
    return (
      `${name} ${per(c.activities)} activities, ${per(c.localActivities)} local activities, ` +
      `${per(c.updates)} updates, ${per(c.signals)} signals`
    );
  };
  return `Shape replayed by the baseline, mean per workflow: ${kinds.map(mean).join('; ')}.`;
}

/** Benchmark 1: nominations per second for ours and the baseline, and their ratio. */
export function throughputTable(r: ThroughputResult): string {
  const rate = (seconds: number) => r.nominations / seconds;
  const ours = rate(r.ours.seconds);
  const baseline = rate(r.baseline.seconds);
  const header = [
    'run',
    'nominations',
    'seconds',
    'nominations/s',
    'workflows / nom.',
    'updates / nom.',
    'activities / nom.',
    'local activities / nom.',
    'signals / nom.',
    'HTTP actions + polls / nom.',
  ];
  const rows = [
    [
      r.apis > 1
        ? `TĐKT Flow, ${r.apis} workers and ${r.apis} APIs, bots spread over them`
        : 'TĐKT Flow, bots through the API',
      String(r.nominations),
      r.ours.seconds.toFixed(1),
      ours.toFixed(2),
      ...perNomination(r.ours.counts, r.nominations),
      `${(r.ours.requests.actions / r.nominations).toFixed(2)} + ${(r.ours.requests.polls / r.nominations).toFixed(2)}`,
    ],
    [
      'bare Temporal baseline, same shape',
      String(r.nominations),
      r.baseline.seconds.toFixed(1),
      baseline.toFixed(2),
      ...perNomination(r.baseline.counts, r.nominations),
      '—',
    ],
    ['ours / baseline', '', '', (ours / baseline).toFixed(2), '', '', '', '', '', ''],
  ];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    markdownTable(header, rows),
    shapeText(r),
    `Ratio ${(ours / baseline).toFixed(2)} (target ≥ ${RATIO_TARGET}: ${verdict(ours / baseline >= RATIO_TARGET)}); ` +
      `${ours.toFixed(2)} nominations/s (target ≥ ${RATE_TARGET}: ${verdict(ours >= RATE_TARGET)}). ` +
      `${r.roundSize} nominations to a council round and to a decision, ${r.concurrency} rounds at once; ` +
      'per-nomination counts include each round and decision divided among its nominations.',
  ].join('\n');
}

/** Benchmark 4: peak memory under that load and the size of the workflows' histories. */
export function footprintTable(
  r: ThroughputResult,
  peakMiB: { process: string; mib: number }[],
): string {
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const histories = (name: string, sizes: { events: number; bytes: number }[]) => {
    const mean = (pick: (s: { events: number; bytes: number }) => number) =>
      sizes.reduce((n, s) => n + pick(s), 0) / sizes.length;
    const max = sizes.reduce((m, s) => (s.bytes > m.bytes ? s : m), sizes[0]!);
    return [
      `${name} workflow history (${sizes.length})`,
      `${mean((s) => s.events).toFixed(0)} events, ${kib(mean((s) => s.bytes))} KiB mean; ` +
        `${max.events} events, ${kib(max.bytes)} KiB largest`,
    ];
  };
  return markdownTable(
    ['what', 'footprint'],
    [
      ...peakMiB.map((p) => [`${p.process}: peak RSS (VmHWM)`, `${p.mib.toFixed(0)} MiB`]),
      histories('nomination', r.histories.nomination),
      histories(`council round (up to ${r.roundSize} nominations)`, r.histories.round),
      histories(`award decision (up to ${r.roundSize} nominations)`, r.histories.decision),
    ],
  );
}

/** Where the time went: CPU milliseconds per nomination of each process, in each phase. */
export function cpuTable(r: ThroughputResult): string {
  const perNomination = (seconds: number) => ((seconds * 1000) / r.nominations).toFixed(0);
  const total = (pick: (c: ThroughputResult['cpu'][number]) => number) =>
    r.cpu.reduce((n, c) => n + pick(c), 0);
  return markdownTable(
    ['process', 'CPU ms / nom., ours', 'CPU ms / nom., baseline'],
    [
      ...r.cpu.map((c) => [c.process, perNomination(c.ours), perNomination(c.baseline)]),
      ['all', perNomination(total((c) => c.ours)), perNomination(total((c) => c.baseline))],
    ],
  );
}

/**
 * Database operations per nomination while ours ran, by `<collection> <command>`: all the
 * worker and API processes sent, and the same less the bots' polls for a stage (what the
 * path itself costs, as test/integration/operations/operationsPerNomination.test.ts counts it).
 */
export function operationsTable(r: ThroughputResult, rows = 30): string {
  if (!r.operations) return 'Not counted here.';
  const { journey, poll } = r.operations;
  const polls = r.ours.requests.polls;
  const perPoll = new Map(poll.byCollection);
  const per = (n: number) => (n / r.nominations).toFixed(1);
  const lessPolls = (what: string, n: number) => n - polls * (perPoll.get(what) ?? 0);
  const pathTotal = journey.byCollection.reduce((n, [what, k]) => n + lessPolls(what, k), 0);
  const pathWrites = journey.writes - polls * poll.writes;
  const verdict = pathTotal / r.nominations <= OPERATIONS_TARGET ? 'met' : 'MISSED';
  return [
    markdownTable(
      ['collection and command', 'per nomination', "less the bots' polls"],
      [
        ['all', per(journey.total), per(pathTotal)],
        ['writes', per(journey.writes), per(pathWrites)],
        ...journey.byCollection
          .slice(0, rows)
          .map(([what, n]) => [what, per(n), per(lessPolls(what, n))]),
      ],
    ),
    `${per(pathTotal)} database operations per nomination on its path (target ≤ ${OPERATIONS_TARGET}: ${verdict}); ` +
      `${polls} polls of ${poll.total} operations each taken out; counted by command monitoring in every worker and API.`,
  ].join('\n');
}

/** The exactly-once check after the run, in a few lines. */
export function exactlyOnceText(once: ExactlyOnceReport): string {
  return [
    `${once.approved} of ${once.nominations} nominations approved, each timeline ` +
      `${once.path.join(' → ')} with each step once; ` +
      `${once.decisions} decisions numbered ${once.numbers[0]} … ${once.numbers.at(-1)}, none twice, ` +
      `their series without gap; reconcile checked ${once.reconciled.checked} nominations, ` +
      `${once.reconciled.drift} drifted.`,
    once.problems.length
      ? `PROBLEMS (${once.problems.length}):\n${once.problems.map((p) => `- ${p}`).join('\n')}`
      : 'Exactly once: held.',
  ].join('\n');
}
