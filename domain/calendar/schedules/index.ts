/**
 * The official schedules shipped with the code. They are validated when this module loads, so a
 * typo in the data fails every test rather than shifting a deadline by a day.
 */

import { parseOfficialSchedule, type OfficialSchedule } from '../officialSchedule';
import { SCHEDULE_2024 } from './schedule2024';
import { SCHEDULE_2025 } from './schedule2025';
import { SCHEDULE_2026 } from './schedule2026';

export const SHIPPED_OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = Object.freeze(
  [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026].map(parseOfficialSchedule),
);
