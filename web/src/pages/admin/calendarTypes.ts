/** One announced day of a year's official schedule. */
export interface ScheduleEntry {
  date: string;
  occasion: string;
  reason_vi: string;
  reason_en: string;
  source?: string;
}

/** What the Government announced for a year (domain/calendar/officialSchedule.ts). */
export interface OfficialSchedule {
  year: number;
  daysOff: ScheduleEntry[];
  workingDays: ScheduleEntry[];
  source: string;
}

/** `GET /api/configuration/calendar/:year`. */
export interface YearCalendar {
  year: number;
  daysOff: {
    date: string;
    kind: 'holiday' | 'compensatory' | 'announced';
    reason_vi: string;
    reason_en: string;
    basis: string;
    provisional: boolean;
  }[];
  swappedWorkingDays: ScheduleEntry[];
  /** The calendar revision deadlines now count on; null while only shipped schedules apply. */
  revision: number | null;
  editedBy: string | null;
  editedAt: string | null;
  schedule: OfficialSchedule | null;
}
