/**
 * Validation of an official schedule as an administrator edits it.
 */

import {
  createWorkingCalendar,
  officialScheduleSchema,
  parseOfficialSchedule,
  replaceSchedules,
  SHIPPED_OFFICIAL_SCHEDULES,
  type OfficialScheduleInput,
} from '../../../domain/calendar';
import { SCHEDULE_2025 } from '../../../domain/calendar/schedules/schedule2025';

/** Thông báo 6150/TB-BLĐTBXH, 30/4–1/5/2025: Friday 02/5 off, Saturday 26/4 worked. */
function swap2025(): OfficialScheduleInput {
  return {
    year: 2025,
    source: 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024',
    daysOff: [
      {
        date: '2025-05-02',
        occasion: 'labourDay',
        reason_vi: 'Nghỉ hoán đổi',
        reason_en: 'Swapped day off',
      },
    ],
    workingDays: [
      {
        date: '2025-04-26',
        occasion: 'labourDay',
        reason_vi: 'Làm bù cho thứ Sáu 02/5',
        reason_en: 'Worked in exchange for Friday 2 May',
      },
    ],
  };
}

function messages(input: unknown): string[] {
  const result = officialScheduleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('officialScheduleSchema accepts', () => {
  test('the shipped 2025 schedule (Thông báo 6150/TB-BLĐTBXH)', () => {
    expect(messages(SCHEDULE_2025)).toEqual([]);
  });

  test('a swap schedule, and a source marked unverified', () => {
    expect(messages(swap2025())).toEqual([]);
    expect(messages({ ...swap2025(), source: 'unverified' })).toEqual([]);
  });

  test('parseOfficialSchedule returns the same data with validated dates', () => {
    const parsed = parseOfficialSchedule(swap2025());
    expect(parsed.daysOff[0].date).toBe('2025-05-02');
    expect(parsed.workingDays[0].date).toBe('2025-04-26');
  });
});

describe('officialScheduleSchema rejects', () => {
  test.each<[string, (s: OfficialScheduleInput) => void, RegExp]>([
    [
      'a day that does not exist (29/02/2025)',
      (s) => {
        s.daysOff[0].date = '2025-02-29';
      },
      /existing day/,
    ],
    [
      'a date not written YYYY-MM-DD',
      (s) => {
        s.daysOff[0].date = '02/05/2025';
      },
      /existing day/,
    ],
    [
      'a day both off and working',
      (s) => {
        s.daysOff.push({ ...s.workingDays[0] });
      },
      /both a day off and a working day/,
    ],
    [
      'a date outside the schedule year',
      (s) => {
        s.workingDays[0].date = '2024-05-04';
      },
      /not in the schedule's year 2025/,
    ],
    [
      'the same day listed twice',
      (s) => {
        s.daysOff.push({ ...s.daysOff[0] });
      },
      /listed twice/,
    ],
    [
      'a "working day" that is a weekday (a swap replaces a Saturday or Sunday)',
      (s) => {
        s.workingDays[0].date = '2025-04-25';
      },
      /is a weekday/,
    ],
    [
      'making a public holiday a working day (BLLĐ Điều 112: Sunday 26/04/2026 Hùng Kings)',
      (s) => {
        s.year = 2026;
        s.daysOff = [];
        s.workingDays[0].date = '2026-04-26';
        s.workingDays[0].occasion = 'other';
      },
      /public holiday by law/,
    ],
    [
      'a Tết listing shorter than the 5 days of BLLĐ Điều 112 khoản 1 điểm b',
      (s) => {
        s.daysOff = ['2025-01-28', '2025-01-29', '2025-01-30'].map((date) => ({
          date,
          occasion: 'lunarNewYear' as const,
          reason_vi: 'Tết',
          reason_en: 'Tết',
        }));
        s.workingDays = [];
      },
      /'lunarNewYear'.*at least 5 weekday/,
    ],
    [
      'a swap without its day off (the worked Saturday needs one more weekday off)',
      (s) => {
        s.daysOff = [];
      },
      /'labourDay'.*at least 2 weekday/,
    ],
    [
      'an empty reason',
      (s) => {
        s.daysOff[0].reason_vi = '   ';
      },
      /too_small|at least|>=1/i,
    ],
    [
      'an unknown occasion',
      (s) => {
        (s.daysOff[0] as { occasion: string }).occasion = 'christmas';
      },
      /./,
    ],
    [
      'a year before the Labour Code 2019 took effect',
      (s) => {
        s.year = 2020;
      },
      /./,
    ],
    [
      'a non-integer year',
      (s) => {
        s.year = 2025.5;
      },
      /./,
    ],
    [
      'an empty source',
      (s) => {
        s.source = '';
      },
      /./,
    ],
  ])('%s', (_title, mutate, message) => {
    const schedule = swap2025();
    mutate(schedule);
    const found = messages(schedule);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
    expect(() => parseOfficialSchedule(schedule)).toThrow();
  });
});

describe('officialScheduleSchema rejects, by the Labour Code', () => {
  test('a forgotten compensatory day: 01/01/2028 is a Saturday, so New Year needs a weekday off (BLLĐ Điều 111 khoản 3)', () => {
    const found = messages({
      year: 2028,
      source: 'unverified',
      daysOff: [
        {
          date: '2028-01-01',
          occasion: 'newYear',
          reason_vi: 'Tết Dương lịch',
          reason_en: 'New Year',
        },
      ],
      workingDays: [],
    });
    expect(found.join('\n')).toMatch(/'newYear'.*at least 1 weekday/);
  });

  test('the National Day listing must give its 2 days plus one per swap (BLLĐ Điều 112 khoản 1 điểm đ)', () => {
    const found = messages({
      year: 2026,
      source: 'unverified',
      daysOff: [
        {
          date: '2026-09-02',
          occasion: 'nationalDay',
          reason_vi: 'Quốc khánh',
          reason_en: 'National Day',
        },
        {
          date: '2026-09-01',
          occasion: 'nationalDay',
          reason_vi: 'Quốc khánh',
          reason_en: 'National Day',
        },
      ],
      workingDays: [
        { date: '2026-08-22', occasion: 'nationalDay', reason_vi: 'Làm bù', reason_en: 'Worked' },
      ],
    });
    expect(found.join('\n')).toMatch(/'nationalDay'.*at least 3 weekday/);
  });
});

describe('calendars from schedules', () => {
  test('two schedules for one year are refused', () => {
    const schedule = parseOfficialSchedule(swap2025());
    expect(() => createWorkingCalendar({ schedules: [schedule, schedule] })).toThrow(
      /Two official/,
    );
  });

  test('replaceSchedules lets an edited year take the place of the shipped one', () => {
    const edited = parseOfficialSchedule(swap2025());
    const merged = replaceSchedules(SHIPPED_OFFICIAL_SCHEDULES, [edited]);
    expect(merged.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    expect(merged.find((s) => s.year === 2025)).toBe(edited);
  });

  test('a hand-built schedule that skips the schema is still validated by the calendar', () => {
    const bad = { ...parseOfficialSchedule(swap2025()), year: 2024 };
    expect(() => createWorkingCalendar({ schedules: [bad] })).toThrow();
  });
});
