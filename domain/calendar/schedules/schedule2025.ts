/**
 * 2025, for cán bộ, công chức, viên chức. Checked against the announcement's text:
 * Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 (Bộ LĐTBXH), after Công văn 8726/VPCP-KGVX ngày
 * 26/11/2024 (Prime Minister's approval):
 * - Tết from Sat 25/01 (26 Chạp) to Sun 02/02 (mùng 5): 5 Tết days + 4 weekly rest days;
 * - 30/4–1/5: Friday 02/5 off in exchange for working Saturday 26/4, break Wed 30/4 – Sun 04/5;
 * - National Day from Sat 30/8 to Tue 02/9 (01/9 is the adjacent day).
 * 01/01 (Wed) and Hùng Kings' day (Mon 07/4) need no entry: the law's rules give them.
 */

import type { OfficialScheduleInput } from '../officialSchedule';

const SOURCE = 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 (Bộ LĐTBXH)';

export const SCHEDULE_2025: OfficialScheduleInput = {
  year: 2025,
  source: SOURCE,
  daysOff: [
    {
      date: '2025-01-25',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (ngày 26 tháng Chạp, thứ Bảy)',
      reason_en: 'Lunar New Year break (lunar day 26/12, Saturday)',
    },
    {
      date: '2025-01-26',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (ngày 27 tháng Chạp, Chủ nhật)',
      reason_en: 'Lunar New Year break (lunar day 27/12, Sunday)',
    },
    {
      date: '2025-01-27',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (ngày 28 tháng Chạp)',
      reason_en: 'Lunar New Year (lunar day 28/12)',
    },
    {
      date: '2025-01-28',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (ngày 29 tháng Chạp)',
      reason_en: 'Lunar New Year (lunar day 29/12)',
    },
    {
      date: '2025-01-29',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 1 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 1/1)',
    },
    {
      date: '2025-01-30',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 2 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 2/1)',
    },
    {
      date: '2025-01-31',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 3 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 3/1)',
    },
    {
      date: '2025-02-01',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (mùng 4 tháng Giêng, thứ Bảy)',
      reason_en: 'Lunar New Year break (lunar day 4/1, Saturday)',
    },
    {
      date: '2025-02-02',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ Tết Âm lịch (mùng 5 tháng Giêng, Chủ nhật)',
      reason_en: 'Lunar New Year break (lunar day 5/1, Sunday)',
    },
    {
      date: '2025-04-30',
      occasion: 'victoryDay',
      reason_vi: 'Ngày Chiến thắng (30/4)',
      reason_en: 'Reunification Day (30 April)',
    },
    {
      date: '2025-05-01',
      occasion: 'labourDay',
      reason_vi: 'Ngày Quốc tế lao động (01/5)',
      reason_en: 'International Labour Day (1 May)',
    },
    {
      date: '2025-05-02',
      occasion: 'labourDay',
      reason_vi: 'Nghỉ hoán đổi, làm bù thứ Bảy 26/4/2025',
      reason_en: 'Swapped day off, worked on Saturday 26 April 2025',
    },
    {
      date: '2025-05-03',
      occasion: 'labourDay',
      reason_vi: 'Nghỉ lễ 30/4 – 01/5 (thứ Bảy)',
      reason_en: '30 April – 1 May break (Saturday)',
    },
    {
      date: '2025-05-04',
      occasion: 'labourDay',
      reason_vi: 'Nghỉ lễ 30/4 – 01/5 (Chủ nhật)',
      reason_en: '30 April – 1 May break (Sunday)',
    },
    {
      date: '2025-08-30',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ lễ Quốc khánh (thứ Bảy)',
      reason_en: 'National Day break (Saturday)',
    },
    {
      date: '2025-08-31',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ lễ Quốc khánh (Chủ nhật)',
      reason_en: 'National Day break (Sunday)',
    },
    {
      date: '2025-09-01',
      occasion: 'nationalDay',
      reason_vi: 'Quốc khánh (ngày liền kề trước 02/9)',
      reason_en: 'National Day (day before 2 September)',
    },
    {
      date: '2025-09-02',
      occasion: 'nationalDay',
      reason_vi: 'Quốc khánh (02/9)',
      reason_en: 'National Day (2 September)',
    },
  ],
  workingDays: [
    {
      date: '2025-04-26',
      occasion: 'labourDay',
      reason_vi: 'Làm bù cho ngày nghỉ thứ Sáu 02/5/2025',
      reason_en: 'Working Saturday in exchange for Friday 2 May 2025',
    },
  ],
};
