/**
 * Stable codes of every emulation title and commendation form the system knows.
 * Codes are stored in the database and appear in decisions; never rename one.
 */
export const AWARD_CODES = [
  'LDTT',
  'CSTDCS',
  'CSTDBO',
  'CSTDTQ',
  'TTLDTT',
  'TTLDXS',
  'COBO',
  'BKBO',
  'GK',
  'KNC',
  'BKTTG',
  'COCP',
  'HCLD',
  'AHLD',
] as const;

export type AwardCode = (typeof AWARD_CODES)[number];

export function isAwardCode(value: string): value is AwardCode {
  return (AWARD_CODES as readonly string[]).includes(value);
}
