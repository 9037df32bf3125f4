import { dateParts, type IsoDate } from './isoDate';

/** A date as Vietnamese users write it: dd/mm/yyyy. */
export function displayDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
