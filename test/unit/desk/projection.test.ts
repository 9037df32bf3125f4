import { CIVIL_SERVICE_CALENDAR, parseIsoDate, type IsoDate } from '../../../domain/calendar';
import {
  conditionalRemaining,
  median,
  project,
  stageStays,
  weekStart,
  type StageDurations,
} from '../../../domain/desk/projection';

const d = (s: string): IsoDate => parseIsoDate(s);
const cal = CIVIL_SERVICE_CALENDAR;
// Past appraisal stays (working days): most take 4–8, a few 12–15.
const history: StageDurations = { appraisal: [3, 4, 5, 5, 6, 7, 8, 12, 15] };

describe('median and conditional remaining time', () => {
  test.each([
    [[1, 2, 3], 2],
    [[1, 2, 3, 4], 2.5],
    [[], undefined],
  ])('median(%j) = %p', (list, expected) => {
    expect(median(list)).toBe(expected);
  });

  test.each([
    // d, expected remaining: median of (s − d) over stays that lasted ≥ d
    [0, 6], // all nine: median 6
    [6, 2], // 6,7,8,12,15 → 0,1,2,6,9 → 2
    [9, 4.5], // 12,15 → 3,6 → 4.5
    [16, null], // longer than every past stay
  ])('after %i days in stage, expected remaining %p', (days, expected) => {
    expect(conditionalRemaining(history.appraisal!, days)).toBe(expected);
  });
});

/**
 * "At risk": projected to miss the deadline at the current pace (issue 5). Mondays–Fridays of
 * February–March 2026 are working days (Tết 2026 ends 22/02).
 */
describe('projection of an open nomination (working days, Civil Code 2015 Art. 147)', () => {
  test.each([
    // enteredOn, dueOn, today, risk, daysInStage, left
    ['2026-03-02', '2026-03-16', '2026-03-03', 'on_track', 1, 9], // 1 day in, R(1)=6 ≤ 9
    ['2026-03-02', '2026-03-16', '2026-03-11', 'on_track', 7, 3], // R(7) = median(0,1,5,8)=3 ≤ 3
    ['2026-03-02', '2026-03-16', '2026-03-12', 'at_risk', 8, 2], // R(8) = median(0,4,7)=4 > 2
    ['2026-03-02', '2026-03-16', '2026-03-10', 'on_track', 6, 4], // R(6)=2 ≤ 4
    ['2026-03-02', '2026-03-16', '2026-03-17', 'late', 11, -1], // one working day late
    ['2026-01-05', '2026-03-30', '2026-03-02', 'at_risk', 36, 20], // beyond every past stay
  ])('entered %s, due %s, today %s → %s', (entered, due, today, risk, days, left) => {
    const p = project(
      { stage: 'appraisal', enteredOn: d(entered), dueOn: d(due) },
      d(today),
      history,
      cal,
    );
    expect(p).toMatchObject({ risk, daysInStage: days, workingDaysLeft: left, basis: 'history' });
  });

  test.each([
    // fewer than 5 past stays: the planned pace (reminder share 0.7)
    ['2026-03-02', '2026-03-16', '2026-03-09', 'on_track'], // 5 of 10 used
    ['2026-03-02', '2026-03-16', '2026-03-11', 'at_risk'], // 7 of 10 used
  ])('thin history: entered %s, due %s, today %s → %s', (entered, due, today, risk) => {
    const p = project(
      { stage: 'council_review', enteredOn: d(entered), dueOn: d(due) },
      d(today),
      { council_review: [3, 4] },
      cal,
    );
    expect(p).toMatchObject({ risk, basis: 'planned_pace' });
  });

  test('no deadline: never late', () => {
    const none = project(
      { stage: 'council_vote', enteredOn: d('2026-03-02') },
      d('2026-03-09'),
      {},
      cal,
    );
    expect(none).toEqual({ daysInStage: 5, basis: 'none', risk: 'no_deadline' });
  });
});

describe('stays and weeks', () => {
  test('a stay starts when the stage changes; notes do not start one', () => {
    expect(
      stageStays([
        { stage: 'appraisal', on: d('2026-03-02') },
        { stage: 'appraisal', on: d('2026-03-02') },
        { stage: 'returned', on: d('2026-03-05') },
        { stage: 'appraisal', on: d('2026-03-09') },
      ]),
    ).toEqual([
      { stage: 'appraisal', enteredOn: '2026-03-02', leftOn: '2026-03-05' },
      { stage: 'returned', enteredOn: '2026-03-05', leftOn: '2026-03-09' },
      { stage: 'appraisal', enteredOn: '2026-03-09' },
    ]);
  });

  test.each([
    ['2026-03-02', '2026-03-02'],
    ['2026-03-08', '2026-03-02'],
    ['2026-03-04', '2026-03-02'],
  ])('week of %s starts on Monday %s', (date, monday) => {
    expect(weekStart(d(date))).toBe(monday);
  });
});
