import {
  addPipelineCounts,
  pipelinePosition,
  positionPaths,
  stepPositions,
  type PipelineStep,
} from '../../../data/statistics/pipelinePosition';
import { summaryChanges } from '../../../data/statistics/statisticsEntry';
import { entry } from './statisticsFixtures';

// 2026-12-07 is a Monday; 17:00 UTC is already the next day in Vietnam (UTC+7).
const step = (seq: number, stage: PipelineStep['stage'], at: string): PipelineStep => ({
  seq,
  stage,
  at: new Date(at),
});
const submitted = step(1, 'appraisal', '2026-12-07T03:00:00Z');

describe("a nomination's place in the desk pipeline", () => {
  test.each([
    ['a draft is not counted', 'draft', undefined, [], undefined],
    [
      'open at its stage, received in the week of its receipt date',
      'council_review',
      '2026-12-09',
      [submitted, step(2, 'council_review', '2026-12-15T03:00:00Z')],
      { open: 'council_review', receivedWeek: '2026-12-07' },
    ],
    [
      'approved: closed in the week of the step that closed it (Vietnam date), awarded',
      'approved',
      '2026-12-07',
      [submitted, step(2, 'approved', '2026-12-20T18:00:00Z')],
      {
        receivedWeek: '2026-12-07',
        closed: { week: '2026-12-21', as: 'approved' },
        outcome: 'awarded',
      },
    ],
    [
      'a note after closing does not move its week',
      'rejected',
      '2026-12-07',
      [
        submitted,
        step(2, 'rejected', '2026-12-08T03:00:00Z'),
        step(3, 'rejected', '2027-01-20T03:00:00Z'),
      ],
      {
        receivedWeek: '2026-12-07',
        closed: { week: '2026-12-07', as: 'closedOtherwise' },
        outcome: 'notAwarded',
      },
    ],
    [
      'revoked: no longer among the week’s approvals, counted as revoked',
      'revoked',
      '2026-12-07',
      [
        submitted,
        step(2, 'approved', '2026-12-08T03:00:00Z'),
        step(3, 'revoked', '2027-03-01T03:00:00Z'),
      ],
      { receivedWeek: '2026-12-07', outcome: 'revoked' },
    ],
  ] as const)('%s', (_, stage, receivedOn, steps, expected) => {
    expect(pipelinePosition(stage, receivedOn, steps)).toEqual(expected);
  });

  test('a step moves one count from its stage before to its stage after; a retry finds the same', () => {
    const next = step(2, 'council_review', '2026-12-15T03:00:00Z');
    const first = stepPositions([submitted], '2026-12-07', 'appraisal', next);
    expect(first).toEqual({
      from: ['open.appraisal', 'received.2026-12-07'],
      to: ['open.council_review', 'received.2026-12-07'],
    });
    // A retry reads the timeline with the step (and any step after it is not read).
    const later = step(3, 'approved', '2026-12-20T03:00:00Z');
    expect(stepPositions([submitted, next, later], '2026-12-07', 'appraisal', next)).toEqual(first);
    // The first step: nothing before it.
    expect(stepPositions([], '2026-12-07', 'draft', submitted).from).toEqual([]);
  });

  test('counted in the unit’s pipeline document under the year of the entry; an unchanged entry writes that document only', () => {
    const paths = stepPositions(
      [submitted],
      '2026-12-07',
      'appraisal',
      step(2, 'council_review', '2026-12-15T03:00:00Z'),
    );
    expect(summaryChanges('n-1', entry({ year: 2026 }), entry({ year: 2026 }), paths)).toEqual([
      {
        _id: 'pipeline:VCSDT',
        fields: { unitId: 'VCSDT' },
        inc: { 'y.2026.open.appraisal': -1, 'y.2026.open.council_review': 1 },
      },
    ]);
    // Resubmitted for another year: its counts move from one year to the other.
    const moved = summaryChanges('n-1', entry({ year: 2026 }), entry({ year: 2027 }), {
      from: ['open.returned'],
      to: ['open.appraisal'],
    }).find((c) => c._id === 'pipeline:VCSDT');
    expect(moved!.inc).toEqual({ 'y.2026.open.returned': -1, 'y.2027.open.appraisal': 1 });
  });

  test('the counts add up over units, of one year or of all', () => {
    const documents: Parameters<typeof addPipelineCounts>[0] = [
      {
        unitId: 'A',
        y: { 2026: { open: { appraisal: 2, returned: 0 }, received: { '2026-12-07': 2 } } },
      },
      { unitId: 'A', y: { 2025: { outcome: { awarded: 4 }, approved: { '2025-06-02': 4 } } } },
      { unitId: 'B', y: { 2026: { open: { appraisal: 1 } } } },
    ];
    const all = addPipelineCounts(documents);
    expect([...all.open].map(([u, m]) => [u, Object.fromEntries(m)])).toEqual([
      ['A', { appraisal: 2 }],
      ['B', { appraisal: 1 }],
    ]);
    expect(all.outcome).toEqual({ awarded: 4, notAwarded: 0, revoked: 0 });
    expect(Object.fromEntries(all.received)).toEqual({ '2026-12-07': 2 });
    expect(addPipelineCounts(documents, 2026).outcome.awarded).toBe(0);
    expect(positionPaths(undefined)).toEqual([]);
  });
});
