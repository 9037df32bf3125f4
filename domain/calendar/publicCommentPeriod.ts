import type { IsoDate } from './isoDate';
import type { WorkingCalendar } from './workingCalendar';
import { addWorkingDays, deadlineAfter } from './workingDays';

/**
 * Whether the day the list is posted counts as the first day of the public comment period.
 * The Civil Code's general rule (Bộ luật Dân sự 2015, Điều 147, khoản 3) does not count the day of the
 * event; a text or agency that counts it is configured so.
 */
export const POSTING_DAY_RULES = ['posting_day_not_counted', 'posting_day_counted'] as const;
export type PostingDayRule = (typeof POSTING_DAY_RULES)[number];

export const POSTING_DAY_RULE_TEXT: Record<PostingDayRule, { vi: string; en: string }> = {
  posting_day_not_counted: {
    vi: 'không tính ngày đăng công khai, tính từ ngày làm việc tiếp theo',
    en: 'the posting day is not counted; counting starts the next working day',
  },
  posting_day_counted: {
    vi: 'tính cả ngày đăng công khai nếu là ngày làm việc',
    en: 'the posting day counts when it is a working day',
  },
};

/**
 * Last day of a public comment period of `workingDays` working days for a list posted on
 * `postedOn`. Counted, a posting on a working day is day one (posted Monday, 5 days: Friday);
 * not counted, day one is the next working day (the next Monday). A posting on a day off
 * never counts: it is not a working day.
 */
export function publicCommentEnd(
  postedOn: IsoDate,
  workingDays: number,
  rule: PostingDayRule,
  calendar: WorkingCalendar,
): IsoDate {
  if (rule === 'posting_day_counted' && calendar.isWorkingDay(postedOn)) {
    if (!Number.isInteger(workingDays) || workingDays < 1) {
      throw new RangeError(`A period needs at least 1 working day, got ${workingDays}`);
    }
    return addWorkingDays(postedOn, workingDays - 1, calendar);
  }
  return deadlineAfter(postedOn, workingDays, calendar);
}
