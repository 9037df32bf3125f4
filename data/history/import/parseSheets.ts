import type { LocalizedText } from '../../../domain/ruleSets/text';
import { isBlank, normaliseLabel, parseCell, type CellValue, type ColumnSpec } from './cells';
import { KIND_SPECS, kindSpec, type KindSpec, type RecordKind } from './recordKinds';
import type { Row } from './recordKindSupport';

/** A sheet as read from XLSX or CSV: row 1 is the header; row numbers are the spreadsheet's. */
export interface RawSheet {
  name: string;
  rows: ReadonlyArray<{ rowNumber: number; cells: readonly CellValue[] }>;
}

/** One problem, where a clerk can find it: sheet, row number, column header. */
export interface RowError {
  sheet: string;
  row: number;
  column: string | null;
  code: string;
  message: LocalizedText;
}

export interface ParsedRow {
  spec: KindSpec;
  sheet: string;
  rowNumber: number;
  value: Row;
}

/** Imports are checked whole; this many errors are listed, the rest only counted. */
export const MAX_REPORTED_ERRORS = 500;
const MAX_ROWS = 50_000;

const ISSUE_TEXT: Record<string, LocalizedText> = {
  END_BEFORE_START: {
    vi: 'Ngày kết thúc trước ngày bắt đầu.',
    en: 'The end date is before the start date.',
  },
  MORE_THAN_HEADCOUNT: {
    vi: 'Số này lớn hơn tổng số cá nhân của tập thể.',
    en: 'This count exceeds the headcount.',
  },
};

/** The record kind a sheet name stands for: its Vietnamese or English name, or the kind key. */
function kindOfSheet(name: string): KindSpec | undefined {
  const wanted = normaliseLabel(name);
  return KIND_SPECS.find(
    (spec) =>
      normaliseLabel(spec.sheet.vi) === wanted ||
      normaliseLabel(spec.sheet.en) === wanted ||
      normaliseLabel(spec.kind) === wanted,
  );
}

function matchColumn(spec: KindSpec, header: string): ColumnSpec | undefined {
  const wanted = normaliseLabel(header);
  return spec.columns.find(
    (c) =>
      normaliseLabel(c.vi) === wanted ||
      normaliseLabel(c.en) === wanted ||
      normaliseLabel(c.key) === wanted,
  );
}

/** Records one problem. */
type Report = (e: RowError) => void;

/** The header's columns by cell index; a blank or refused header cell leaves a hole. */
type HeaderColumns = (ColumnSpec | undefined)[];

/**
 * Every sheet → typed rows, or the list of everything wrong with them. Pure: nothing is read
 * from or written to the database here (references are checked in validateImport.ts).
 * `kind` names the record kind of a CSV file, whose "sheet" has no meaningful name.
 */
export function parseSheets(
  sheets: readonly RawSheet[],
  kind?: RecordKind,
): { rows: ParsedRow[]; errors: RowError[] } {
  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  const seenKinds = new Map<RecordKind, string>();
  const report: Report = (e) => errors.push(e);

  if (sheets.length === 0) {
    report({
      sheet: '',
      row: 0,
      column: null,
      code: 'EMPTY_FILE',
      message: { vi: 'Tệp không có trang dữ liệu nào.', en: 'The file has no sheets.' },
    });
  }

  for (const sheet of sheets) {
    const spec = sheetSpec(sheet.name, kind, seenKinds, report);
    if (!spec) continue;
    const [header, ...body] = sheet.rows;
    if (!header) continue; // an empty sheet imports nothing
    const columns = headerColumns(spec, sheet.name, header, report);
    if (!columns) continue;
    const complete = parseBody(spec, sheet.name, columns, body, rows, report);
    if (!complete) break; // the row limit stops the whole import
  }
  return { rows, errors };
}

/** The sheet's record kind, unless it is unknown or a kind an earlier sheet already held. */
function sheetSpec(
  name: string,
  kind: RecordKind | undefined,
  seenKinds: Map<RecordKind, string>,
  report: Report,
): KindSpec | undefined {
  const spec = kind ? kindSpec(kind) : kindOfSheet(name);
  if (!spec) {
    report({
      sheet: name,
      row: 0,
      column: null,
      code: 'UNKNOWN_SHEET',
      message: {
        vi: `Không có loại dữ liệu "${name}". Các trang hợp lệ: ${KIND_SPECS.map((s) => s.sheet.vi).join(', ')}.`,
        en: `Unknown sheet "${name}". Valid sheets: ${KIND_SPECS.map((s) => s.sheet.en).join(', ')}.`,
      },
    });
    return undefined;
  }
  const earlier = seenKinds.get(spec.kind);
  if (earlier !== undefined) {
    report({
      sheet: name,
      row: 0,
      column: null,
      code: 'DUPLICATE_SHEET',
      message: {
        vi: `Trang "${name}" trùng loại dữ liệu với trang "${earlier}".`,
        en: `Sheet "${name}" holds the same kind of record as "${earlier}".`,
      },
    });
    return undefined;
  }
  seenKinds.set(spec.kind, name);
  return spec;
}

/** The header row matched to the kind's columns; undefined when a required column is missing. */
function headerColumns(
  spec: KindSpec,
  sheet: string,
  header: RawSheet['rows'][number],
  report: Report,
): HeaderColumns | undefined {
  const columns: HeaderColumns = [];
  header.cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const column = matchColumn(spec, String(cell));
    if (!column) {
      report({
        sheet,
        row: header.rowNumber,
        column: String(cell),
        code: 'UNKNOWN_COLUMN',
        message: {
          vi: `Cột "${String(cell)}" không thuộc trang "${spec.sheet.vi}".`,
          en: `Column "${String(cell)}" does not belong to sheet "${spec.sheet.en}".`,
        },
      });
    } else if (columns.includes(column)) {
      report({
        sheet,
        row: header.rowNumber,
        column: String(cell),
        code: 'DUPLICATE_COLUMN',
        message: {
          vi: `Cột "${column.vi}" có hai lần.`,
          en: `Column "${column.en}" appears twice.`,
        },
      });
    } else {
      columns[index] = column;
    }
  });
  const missing = spec.columns.filter((c) => c.required && !columns.includes(c));
  for (const column of missing) {
    report({
      sheet,
      row: header.rowNumber,
      column: column.vi,
      code: 'MISSING_COLUMN',
      message: {
        vi: `Thiếu cột bắt buộc "${column.vi}".`,
        en: `Required column "${column.vi}" (${column.en}) is missing.`,
      },
    });
  }
  return missing.length > 0 ? undefined : columns;
}

/**
 * The sheet's non-blank lines → `rows`, skipping repeats of a natural key. False when the
 * import's row limit was reached (reported once), which ends the whole import.
 */
function parseBody(
  spec: KindSpec,
  sheet: string,
  columns: HeaderColumns,
  body: RawSheet['rows'],
  rows: ParsedRow[],
  report: Report,
): boolean {
  const keys = new Map<string, number>();
  for (const line of body) {
    if (line.cells.every(isBlank)) continue;
    if (rows.length >= MAX_ROWS) {
      report({
        sheet,
        row: line.rowNumber,
        column: null,
        code: 'TOO_MANY_ROWS',
        message: {
          vi: `Mỗi lần nhập tối đa ${MAX_ROWS} dòng; hãy chia tệp.`,
          en: `At most ${MAX_ROWS} rows per import; split the file.`,
        },
      });
      return false;
    }
    const value = parseLine(spec, sheet, columns, line, report);
    if (!value) continue;
    const key = spec.naturalKey(value);
    const first = keys.get(key);
    if (first !== undefined) {
      report({
        sheet,
        row: line.rowNumber,
        column: null,
        code: 'DUPLICATE_ROW',
        message: {
          vi: `Dòng này trùng với dòng ${first} (cùng khóa ${key}).`,
          en: `This row duplicates row ${first} (same key ${key}).`,
        },
      });
      continue;
    }
    keys.set(key, line.rowNumber);
    rows.push({ spec, sheet, rowNumber: line.rowNumber, value });
  }
  return true;
}

/** One line's cells parsed and checked against the kind's schema; undefined when refused. */
function parseLine(
  spec: KindSpec,
  sheet: string,
  columns: HeaderColumns,
  line: RawSheet['rows'][number],
  report: Report,
): Row | undefined {
  const value: Row = {};
  let ok = true;
  for (const column of spec.columns) {
    const index = columns.indexOf(column);
    const parsed = parseCell(column, index < 0 ? null : (line.cells[index] ?? null));
    if (parsed.ok) {
      if (parsed.value !== undefined) value[column.key] = parsed.value;
    } else {
      ok = false;
      report({
        sheet,
        row: line.rowNumber,
        column: column.vi,
        code: parsed.problem.code,
        message: parsed.problem.message,
      });
    }
  }
  if (!ok) return undefined;
  const checked = spec.schema.safeParse(value);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) {
    const column = spec.columns.find((c) => c.key === issue.path[0]);
    const known = ISSUE_TEXT[issue.message];
    report({
      sheet,
      row: line.rowNumber,
      column: column?.vi ?? null,
      code: known ? issue.message : 'INVALID_VALUE',
      message: known ?? { vi: `Giá trị không hợp lệ: ${issue.message}`, en: issue.message },
    });
  }
  return undefined;
}
