/**
 * The end of a public comment period (công khai lấy ý kiến) under both counting rules: the
 * posting day not counted (Bộ luật Dân sự 2015, Điều 147, khoản 3: the event's day is not
 * counted) or counted when it is a working day, as an agency may configure.
 */

import {
  CIVIL_SERVICE_CALENDAR,
  parseIsoDate,
  publicCommentEnd,
  type PostingDayRule,
} from '../../../domain/calendar';

const calendar = CIVIL_SERVICE_CALENDAR;

describe('publicCommentEnd', () => {
  test.each<[string, string, number, PostingDayRule, string]>([
    [
      'posted Monday, 5 days, not counted',
      '2025-03-10',
      5,
      'posting_day_not_counted',
      '2025-03-17',
    ],
    ['posted Monday, 5 days, counted', '2025-03-10', 5, 'posting_day_counted', '2025-03-14'],
    [
      'posted Friday, 10 days, not counted',
      '2025-03-07',
      10,
      'posting_day_not_counted',
      '2025-03-21',
    ],
    ['posted Friday, 10 days, counted', '2025-03-07', 10, 'posting_day_counted', '2025-03-20'],
    [
      'posted Saturday, 5 days, not counted',
      '2025-03-08',
      5,
      'posting_day_not_counted',
      '2025-03-14',
    ],
    [
      'posted Saturday: a day off never counts',
      '2025-03-08',
      5,
      'posting_day_counted',
      '2025-03-14',
    ],
    [
      'posted Monday, 1 day, counted: that day',
      '2025-03-10',
      1,
      'posting_day_counted',
      '2025-03-10',
    ],
    [
      'posted Monday, 1 day, not counted: Tuesday',
      '2025-03-10',
      1,
      'posting_day_not_counted',
      '2025-03-11',
    ],
    // Tết 2025 (Thông báo 6150/TB-BLĐTBXH): 25/01–02/02/2025 off.
    [
      'posted before Tết 2025, 3 days, not counted',
      '2025-01-24',
      3,
      'posting_day_not_counted',
      '2025-02-05',
    ],
    [
      'posted before Tết 2025, 3 days, counted',
      '2025-01-24',
      3,
      'posting_day_counted',
      '2025-02-04',
    ],
  ])('%s: %s + %i → %s', (_title, postedOn, workingDays, rule, end) => {
    expect(publicCommentEnd(parseIsoDate(postedOn), workingDays, rule, calendar)).toBe(end);
  });

  test.each<PostingDayRule>(['posting_day_not_counted', 'posting_day_counted'])(
    'a period of no working days is refused (%s)',
    (rule) => {
      expect(() => publicCommentEnd(parseIsoDate('2025-03-10'), 0, rule, calendar)).toThrow(
        RangeError,
      );
    },
  );
});
