import {
  deskCountKey,
  deskPlacement,
  deskProjection,
  matchesDesk,
  type DeskFilter,
  type DeskSource,
} from '../../../data/desk/deskEntry';
import { countsOf } from '../../../data/desk/bucketProjection';
import type { Stage } from '../../../domain/process/stages';

const system = { at: new Date('2025-03-03T03:00:00Z') };
const source = (over: Partial<DeskSource> = {}): DeskSource => ({
  _id: 'n1',
  unitId: 'VCSDT',
  awardCode: 'CSTDCS',
  year: 2025,
  kind: 'merit',
  nominee: { kind: 'individual', name: 'Lò Văn Púa' },
  stage: 'appraisal',
  holderRole: 'secretariat',
  dueOn: '2025-03-17',
  lastSeq: 4,
  alerts: [],
  history: [
    { ...system, stage: 'draft', action: 'drafted' },
    { at: new Date('2025-03-03T02:00:00Z'), stage: 'appraisal', action: 'submitted' },
    { at: new Date('2025-03-05T02:00:00Z'), stage: 'appraisal', action: 'checks_eligible' },
  ],
  ...over,
});

/** Where a nomination sits on the desk (the stalled list's order is the buckets' order). */
describe('deskPlacement', () => {
  test.each<[string, Partial<DeskSource>, string | undefined]>([
    ['open with a deadline: its due date', {}, 'due:2025-03-17'],
    ['open without one: the day it entered the stage', { dueOn: null }, 'waiting:2025-03-03'],
    ['a draft is not on the desk', { stage: 'draft' }, undefined],
    ...(['approved', 'rejected', 'withdrawn', 'cancelled', 'revoked'] as Stage[]).map(
      (stage): [string, Partial<DeskSource>, undefined] => [
        `${stage} is closed`,
        { stage },
        undefined,
      ],
    ),
  ])('%s', (_name, over, bucket) => {
    expect(deskPlacement(source(over))?.bucket).toBe(bucket);
  });

  test('the row: entered on the first entry of the last stay (Vietnam date), assignee and reminders of this stay only', () => {
    const entry = deskPlacement(
      source({
        stage: 'appraisal',
        history: [
          { at: new Date('2025-02-03T02:00:00Z'), stage: 'appraisal', action: 'submitted' },
          {
            at: new Date('2025-02-04T02:00:00Z'),
            stage: 'appraisal',
            action: 'reassigned',
            detail: { vi: 'Giao xử lý: Cũ' },
          },
          { at: new Date('2025-02-10T02:00:00Z'), stage: 'returned', action: 'returned' },
          // 17:30 UTC is already the next day in Vietnam (UTC+7).
          { at: new Date('2025-02-20T17:30:00Z'), stage: 'appraisal', action: 'resubmitted' },
          {
            at: new Date('2025-02-22T02:00:00Z'),
            stage: 'appraisal',
            action: 'reassigned',
            detail: { vi: 'Giao xử lý: Hoàng Thị Mai' },
          },
        ],
        alerts: [
          {
            key: '1:reminder',
            kind: 'reminder',
            toRole: 'secretariat',
            stage: 'appraisal',
            at: new Date('2025-02-05T00:00:00Z'),
          },
          {
            key: '5:manual7:reminder',
            kind: 'reminder',
            toRole: 'secretariat',
            stage: 'appraisal',
            at: new Date('2025-02-23T00:00:00Z'),
          },
        ],
      }),
    )!.entry;
    expect(entry).toMatchObject({
      enteredOn: '2025-02-21',
      assignee: 'Hoàng Thị Mai',
      remindersSent: [
        { kind: 'reminder', toRole: 'secretariat', at: '2025-02-23T00:00:00.000Z', manual: true },
      ],
      seq: 4,
    });
  });
});

/** The stalled list's totals: the directory counts the unfiltered list and each single filter. */
describe('desk count keys', () => {
  const entries = [
    deskPlacement(source({ _id: 'a' }))!.entry,
    deskPlacement(source({ _id: 'b', unitId: 'TTTT', awardCode: 'LDTT' }))!.entry,
    deskPlacement(source({ _id: 'c', stage: 'returned', holderRole: 'unit_head' }))!.entry,
  ];
  const counts = countsOf(deskProjection, entries);
  test.each<[DeskFilter, number, boolean]>([
    [{}, 3, true],
    [{ unitId: 'VCSDT' }, 2, true],
    [{ awardCode: 'LDTT' }, 1, true],
    [{ year: 2025 }, 3, true],
    [{ stage: 'returned' }, 1, true],
    [{ holderRole: 'unit_head' }, 1, true],
    [{ unitId: 'VCSDT', stage: 'returned' }, 1, false],
    [{ unitId: 'KHAC' }, 0, true],
  ])('%j keeps %i (counted: %s)', (filter, kept, counted) => {
    expect(entries.filter((e) => matchesDesk(e, filter))).toHaveLength(kept);
    const key = deskCountKey(filter);
    expect(key !== undefined).toBe(counted);
    if (key) expect(counts[key] ?? 0).toBe(kept);
  });
});
