/**
 * 2026, for cán bộ, công chức, viên chức. Checked against the announcements' text:
 * - Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Deputy Prime Minister's approval of the Ministry
 *   of Home Affairs' proposal): New Year break Thu 01/01 – Sun 04/01, Friday 02/01 off in
 *   exchange for working Saturday 10/01.
 * - Thông báo số 9441 ngày 16/10/2025 (Bộ Nội vụ): Tết days Mon 16/02 (29 Chạp) – Fri 20/02
 *   (mùng 4) with the weekends around them, break Sat 14/02 – Sun 22/02; National Day 02/9 and
 *   the adjacent 01/9, Monday 31/8 off in exchange for working Saturday 22/8, break
 *   Sat 29/8 – Wed 02/9.
 * Hùng Kings' day falls on Sunday 26/4: its compensatory Monday 27/4 comes from the rules
 * (Điều 111 khoản 3), as do 30/4 (Thu) and 01/5 (Fri).
 * Not included: "Ngày Văn hóa Việt Nam" (24/11) — Nghị quyết 80-NQ/TW and Nghị quyết 30/NQ-CP
 * plan it as a paid holiday through an amendment of Điều 112 that had not been enacted in the
 * sources checked; add it here (occasion 'other') once it is law.
 */

import type { OfficialScheduleInput } from '../officialSchedule';

const NEW_YEAR = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Văn phòng Chính phủ)';
const TET_AND_NATIONAL_DAY = 'Thông báo số 9441 ngày 16/10/2025 (Bộ Nội vụ)';

export const SCHEDULE_2026: OfficialScheduleInput = {
  year: 2026,
  source: `${TET_AND_NATIONAL_DAY}; ${NEW_YEAR}`,
  daysOff: [
    {
      date: '2026-01-01',
      occasion: 'newYear',
      reason_vi: 'Tết Dương lịch (01/01)',
      reason_en: "New Year's Day (1 January)",
      source: NEW_YEAR,
    },
    {
      date: '2026-01-02',
      occasion: 'newYear',
      reason_vi: 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026',
      reason_en: 'Swapped day off, worked on Saturday 10 January 2026',
      source: NEW_YEAR,
    },
    {
      date: '2026-01-03',
      occasion: 'newYear',
      reason_vi: 'Nghỉ Tết Dương lịch (thứ Bảy)',
      reason_en: 'New Year break (Saturday)',
      source: NEW_YEAR,
    },
    {
      date: '2026-01-04',
      occasion: 'newYear',
      reason_vi: 'Nghỉ Tết Dương lịch (Chủ nhật)',
      reason_en: 'New Year break (Sunday)',
      source: NEW_YEAR,
    },
    {
      date: '2026-02-14',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (ngày 27 tháng Chạp, thứ Bảy)',
      reason_en: 'Lunar New Year break (lunar day 27/12, Saturday)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-15',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (ngày 28 tháng Chạp, Chủ nhật)',
      reason_en: 'Lunar New Year break (lunar day 28/12, Sunday)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-16',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (ngày 29 tháng Chạp)',
      reason_en: 'Lunar New Year (lunar day 29/12)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-17',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 1 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 1/1)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-18',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 2 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 2/1)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-19',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 3 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 3/1)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-20',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 4 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 4/1)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-21',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (mùng 5 tháng Giêng, thứ Bảy)',
      reason_en: 'Lunar New Year break (lunar day 5/1, Saturday)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-02-22',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (mùng 6 tháng Giêng, Chủ nhật)',
      reason_en: 'Lunar New Year break (lunar day 6/1, Sunday)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-08-29',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ lễ Quốc khánh (thứ Bảy)',
      reason_en: 'National Day break (Saturday)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-08-30',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ lễ Quốc khánh (Chủ nhật)',
      reason_en: 'National Day break (Sunday)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-08-31',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ hoán đổi, làm bù thứ Bảy 22/8/2026',
      reason_en: 'Swapped day off, worked on Saturday 22 August 2026',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-09-01',
      occasion: 'nationalDay',
      reason_vi: 'Quốc khánh (ngày liền kề trước 02/9)',
      reason_en: 'National Day (day before 2 September)',
      source: TET_AND_NATIONAL_DAY,
    },
    {
      date: '2026-09-02',
      occasion: 'nationalDay',
      reason_vi: 'Quốc khánh (02/9)',
      reason_en: 'National Day (2 September)',
      source: TET_AND_NATIONAL_DAY,
    },
  ],
  workingDays: [
    {
      date: '2026-01-10',
      occasion: 'newYear',
      reason_vi: 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026',
      reason_en: 'Working Saturday in exchange for Friday 2 January 2026',
      source: NEW_YEAR,
    },
    {
      date: '2026-08-22',
      occasion: 'nationalDay',
      reason_vi: 'Làm bù cho ngày nghỉ thứ Hai 31/8/2026',
      reason_en: 'Working Saturday in exchange for Monday 31 August 2026',
      source: TET_AND_NATIONAL_DAY,
    },
  ],
};
