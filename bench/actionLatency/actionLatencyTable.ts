import { markdownTable } from '../support/markdownTable';
import type { LatencySummary } from '../support/percentile';
import type { ActionLatencyResult } from './measureActionLatency';

const P95_RATIO_TARGET = 1.5;

/** Benchmark 2: the update round trip through the API against bare Temporal updates. */
export function actionLatencyTable(r: ActionLatencyResult): string {
  const local = r.stepsPerAction.filter((s) => s === 'local').length;
  const steps = `${r.stepsPerAction.length - local} activities + ${local} local activities`;
  const ms = (n: number) => n.toFixed(1);
  const row = (name: string, s: LatencySummary) => [
    name,
    String(s.samples),
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
    `${(s.p95 / r.baseline.p95).toFixed(2)}×`,
  ];
  const ratio = r.api.p95 / r.baseline.p95;
  return [
    markdownTable(
      ['update round trip', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 / baseline'],
      [
        row('appraisal accepted, through the API', r.api),
        row(`bare Temporal update + ${steps}, no-op (baseline)`, r.baseline),
        row('bare Temporal update, no activity', r.emptyUpdate),
      ],
    ),
    `p95 ratio ${ratio.toFixed(2)} (target ≤ ${P95_RATIO_TARGET}: ${ratio <= P95_RATIO_TARGET ? 'met' : 'MISSED'}); ` +
      `${r.users} users at once, ${r.actionsPerUser} actions each, one after another; ` +
      `the baseline runs the ${steps} the appraisal's history shows, in order.`,
  ].join('\n');
}
