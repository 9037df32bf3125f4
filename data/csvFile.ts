import { stringify } from 'csv-stringify/sync';

type CsvValue = string | number | null | undefined;

/**
 * What a spreadsheet program would run as a formula: a cell starting with `=`, `+`, `-` or
 * `@` (also after spaces, and in their full-width forms), or with a tab or a carriage return
 * (OWASP, "CSV injection").
 */
const FORMULA_START = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A text cell that would start a formula is made plain text by a leading apostrophe. */
export function plainCell(value: CsvValue): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The one CSV writer of every export (timeline, history, statistics, decision annexes):
 * UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese correctly, and
 * every cell through `plainCell`.
 */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(
    rows.map((row) => row.map(plainCell)),
    { bom: true },
  );
}
