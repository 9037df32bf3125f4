/**
 * The public holidays of Bộ luật Lao động 2019, Điều 112 khoản 1, as stable codes. Every day off
 * carries the occasion it belongs to, so an official schedule can say "this is the Tết break"
 * and replace the rule-derived guess for that occasion only (see workingCalendar.ts).
 */

export const OCCASIONS = [
  'newYear',
  'lunarNewYear',
  'victoryDay',
  'labourDay',
  'nationalDay',
  'hungKings',
  'other',
] as const;

export type Occasion = (typeof OCCASIONS)[number];

interface OccasionInfo {
  vi: string;
  en: string;
  /** The point of Điều 112 khoản 1 that grants it; null for 'other'. */
  basis: string | null;
}

const LABOUR_CODE = 'Bộ luật Lao động 2019 (45/2019/QH14)';

export const OCCASION_INFO: Readonly<Record<Occasion, OccasionInfo>> = {
  newYear: {
    vi: 'Tết Dương lịch',
    en: "New Year's Day",
    basis: `${LABOUR_CODE}, Điều 112 khoản 1 điểm a`,
  },
  lunarNewYear: {
    vi: 'Tết Âm lịch',
    en: 'Lunar New Year (Tết)',
    basis: `${LABOUR_CODE}, Điều 112 khoản 1 điểm b`,
  },
  victoryDay: {
    vi: 'Ngày Chiến thắng',
    en: 'Reunification Day',
    basis: `${LABOUR_CODE}, Điều 112 khoản 1 điểm c`,
  },
  labourDay: {
    vi: 'Ngày Quốc tế lao động',
    en: 'International Labour Day',
    basis: `${LABOUR_CODE}, Điều 112 khoản 1 điểm d`,
  },
  nationalDay: {
    vi: 'Quốc khánh',
    en: 'National Day',
    basis: `${LABOUR_CODE}, Điều 112 khoản 1 điểm đ`,
  },
  hungKings: {
    vi: 'Giỗ Tổ Hùng Vương',
    en: "Hùng Kings' Commemoration",
    basis: `${LABOUR_CODE}, Điều 112 khoản 1 điểm e`,
  },
  other: { vi: 'Ngày nghỉ khác', en: 'Other day off', basis: null },
};

/**
 * Days off each occasion grants by Điều 112 khoản 1. With Saturday and Sunday off and the
 * compensatory days of Điều 111 khoản 3, each of them ends up as a distinct weekday off.
 */
export const STATUTORY_DAYS: Readonly<Record<Occasion, number>> = {
  newYear: 1,
  lunarNewYear: 5,
  victoryDay: 1,
  labourDay: 1,
  nationalDay: 2,
  hungKings: 1,
  other: 0,
};

/** Compensatory day off when a holiday falls on a weekly rest day. */
export const COMPENSATORY_BASIS = `${LABOUR_CODE}, Điều 111 khoản 3`;

/** The Prime Minister fixes the Tết days and the National Day adjacent day each year. */
export const YEARLY_DECISION_BASIS = `${LABOUR_CODE}, Điều 112 khoản 3`;
