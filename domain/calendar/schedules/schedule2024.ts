/**
 * 2024, for cán bộ, công chức, viên chức (state agencies resting on Saturday and Sunday).
 * Checked against the announcements' text (weekday and lunar day of every date agree):
 * - Thông báo 5015/TB-LĐTBXH ngày 22/11/2023: Tết from Thu 08/02 (29 Chạp) to Wed 14/02
 *   (mùng 5), i.e. 5 Tết days + 2 compensatory days; National Day from Sat 31/8 to Tue 03/9.
 *   (Prime Minister's approval: Công văn 8662/VPCP-KGVX ngày 03/11/2023.)
 * - Công văn 2450/VPCP-KGVX ngày 12/4/2024: 30/4–1/5 break from Sat 27/4 to Wed 01/5, Monday
 *   29/4 off in exchange for working Saturday 04/5.
 * 01/01 (Mon) and Hùng Kings' day (Thu 18/4) need no entry: the law's rules give them.
 */

import type { OfficialScheduleInput } from '../officialSchedule';

const TET = 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Bộ LĐTBXH)';
const SWAP = 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (Văn phòng Chính phủ)';

export const SCHEDULE_2024: OfficialScheduleInput = {
  year: 2024,
  source: `${TET}; ${SWAP}`,
  daysOff: [
    {
      date: '2024-02-08',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (ngày 29 tháng Chạp)',
      reason_en: 'Lunar New Year (lunar day 29/12)',
      source: TET,
    },
    {
      date: '2024-02-09',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (ngày 30 tháng Chạp)',
      reason_en: 'Lunar New Year (lunar day 30/12)',
      source: TET,
    },
    {
      date: '2024-02-10',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 1 tháng Giêng, trùng thứ Bảy)',
      reason_en: 'Lunar New Year (lunar day 1/1, on a Saturday)',
      source: TET,
    },
    {
      date: '2024-02-11',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 2 tháng Giêng, trùng Chủ nhật)',
      reason_en: 'Lunar New Year (lunar day 2/1, on a Sunday)',
      source: TET,
    },
    {
      date: '2024-02-12',
      occasion: 'lunarNewYear',
      reason_vi: 'Tết Âm lịch (mùng 3 tháng Giêng)',
      reason_en: 'Lunar New Year (lunar day 3/1)',
      source: TET,
    },
    {
      date: '2024-02-13',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ bù ngày nghỉ hằng tuần trùng Tết (mùng 4 tháng Giêng)',
      reason_en: 'Compensatory day off for Tết on the weekend (lunar day 4/1)',
      source: TET,
    },
    {
      date: '2024-02-14',
      occasion: 'lunarNewYear',
      reason_vi: 'Nghỉ bù ngày nghỉ hằng tuần trùng Tết (mùng 5 tháng Giêng)',
      reason_en: 'Compensatory day off for Tết on the weekend (lunar day 5/1)',
      source: TET,
    },
    {
      date: '2024-04-27',
      occasion: 'victoryDay',
      reason_vi: 'Nghỉ lễ 30/4 – 01/5 (thứ Bảy)',
      reason_en: '30 April – 1 May break (Saturday)',
      source: SWAP,
    },
    {
      date: '2024-04-28',
      occasion: 'victoryDay',
      reason_vi: 'Nghỉ lễ 30/4 – 01/5 (Chủ nhật)',
      reason_en: '30 April – 1 May break (Sunday)',
      source: SWAP,
    },
    {
      date: '2024-04-29',
      occasion: 'victoryDay',
      reason_vi: 'Nghỉ hoán đổi, làm bù thứ Bảy 04/5/2024',
      reason_en: 'Swapped day off, worked on Saturday 4 May 2024',
      source: SWAP,
    },
    {
      date: '2024-04-30',
      occasion: 'victoryDay',
      reason_vi: 'Ngày Chiến thắng (30/4)',
      reason_en: 'Reunification Day (30 April)',
      source: SWAP,
    },
    {
      date: '2024-05-01',
      occasion: 'labourDay',
      reason_vi: 'Ngày Quốc tế lao động (01/5)',
      reason_en: 'International Labour Day (1 May)',
      source: SWAP,
    },
    {
      date: '2024-08-31',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ lễ Quốc khánh (thứ Bảy)',
      reason_en: 'National Day break (Saturday)',
      source: TET,
    },
    {
      date: '2024-09-01',
      occasion: 'nationalDay',
      reason_vi: 'Nghỉ lễ Quốc khánh (Chủ nhật)',
      reason_en: 'National Day break (Sunday)',
      source: TET,
    },
    {
      date: '2024-09-02',
      occasion: 'nationalDay',
      reason_vi: 'Quốc khánh (02/9)',
      reason_en: 'National Day (2 September)',
      source: TET,
    },
    {
      date: '2024-09-03',
      occasion: 'nationalDay',
      reason_vi: 'Quốc khánh (ngày liền kề sau 02/9)',
      reason_en: 'National Day (day after 2 September)',
      source: TET,
    },
  ],
  workingDays: [
    {
      date: '2024-05-04',
      occasion: 'victoryDay',
      reason_vi: 'Làm bù cho ngày nghỉ thứ Hai 29/4/2024',
      reason_en: 'Working Saturday in exchange for Monday 29 April 2024',
      source: SWAP,
    },
  ],
};
