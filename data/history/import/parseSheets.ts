import type { LocalizedText } from '../../../domain/ruleSets/text';
import { isBlank, normaliseLabel, parseCell, type CellValue, type ColumnSpec } from './cells';
import { KIND_SPECS, kindSpec, type KindSpec, type RecordKind, type Row } from './recordKinds';

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
export const MAX_ROWS = 50_000;

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
export function kindOfSheet(name: string): KindSpec | undefined {
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
  const error = (e: RowError) => errors.push(e);

  if (sheets.length === 0) {
    error({
      sheet: '',
      row: 0,
      column: null,
      code: 'EMPTY_FILE',
      message: { vi: 'Tệp không có trang dữ liệu nào.', en: 'The file has no sheets.' },
    });
  }

  for (const sheet of sheets) {
    const spec = kind ? kindSpec(kind) : kindOfSheet(sheet.name);
    if (!spec) {
      error({
        sheet: sheet.name,
        row: 0,
        column: null,
        code: 'UNKNOWN_SHEET',
        message: {
          vi: `Không có loại dữ liệu "${sheet.name}". Các trang hợp lệ: ${KIND_SPECS.map((s) => s.sheet.vi).join(', ')}.`,
          en: `Unknown sheet "${sheet.name}". Valid sheets: ${KIND_SPECS.map((s) => s.sheet.en).join(', ')}.`,
        },
      });
      continue;
    }
    const earlier = seenKinds.get(spec.kind);
    if (earlier !== undefined) {
      error({
        sheet: sheet.name,
        row: 0,
        column: null,
        code: 'DUPLICATE_SHEET',
        message: {
          vi: `Trang "${sheet.name}" trùng loại dữ liệu với trang "${earlier}".`,
          en: `Sheet "${sheet.name}" holds the same kind of record as "${earlier}".`,
        },
      });
      continue;
    }
    seenKinds.set(spec.kind, sheet.name);

    const [header, ...body] = sheet.rows;
    if (!header) continue; // an empty sheet imports nothing
    const columns: (ColumnSpec | undefined)[] = [];
    header.cells.forEach((cell, index) => {
      if (isBlank(cell)) return;
      const column = matchColumn(spec, String(cell));
      if (!column) {
        error({
          sheet: sheet.name,
          row: header.rowNumber,
          column: String(cell),
          code: 'UNKNOWN_COLUMN',
          message: {
            vi: `Cột "${String(cell)}" không thuộc trang "${spec.sheet.vi}".`,
            en: `Column "${String(cell)}" does not belong to sheet "${spec.sheet.en}".`,
          },
        });
      } else if (columns.includes(column)) {
        error({
          sheet: sheet.name,
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
      error({
        sheet: sheet.name,
        row: header.rowNumber,
        column: column.vi,
        code: 'MISSING_COLUMN',
        message: {
          vi: `Thiếu cột bắt buộc "${column.vi}".`,
          en: `Required column "${column.vi}" (${column.en}) is missing.`,
        },
      });
    }
    if (missing.length > 0) continue;

    const keys = new Map<string, number>();
    for (const line of body) {
      if (line.cells.every(isBlank)) continue;
      if (rows.length >= MAX_ROWS) {
        error({
          sheet: sheet.name,
          row: line.rowNumber,
          column: null,
          code: 'TOO_MANY_ROWS',
          message: {
            vi: `Mỗi lần nhập tối đa ${MAX_ROWS} dòng; hãy chia tệp.`,
            en: `At most ${MAX_ROWS} rows per import; split the file.`,
          },
        });
        return { rows, errors };
      }
      const value: Row = {};
      let ok = true;
      for (const column of spec.columns) {
        const index = columns.indexOf(column);
        const parsed = parseCell(column, index < 0 ? null : (line.cells[index] ?? null));
        if (parsed.ok) {
          if (parsed.value !== undefined) value[column.key] = parsed.value;
        } else {
          ok = false;
          error({
            sheet: sheet.name,
            row: line.rowNumber,
            column: column.vi,
            code: parsed.problem.code,
            message: parsed.problem.message,
          });
        }
      }
      if (!ok) continue;
      const checked = spec.schema.safeParse(value);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const column = spec.columns.find((c) => c.key === issue.path[0]);
          const known = ISSUE_TEXT[issue.message];
          error({
            sheet: sheet.name,
            row: line.rowNumber,
            column: column?.vi ?? null,
            code: known ? issue.message : 'INVALID_VALUE',
            message: known ?? { vi: `Giá trị không hợp lệ: ${issue.message}`, en: issue.message },
          });
        }
        continue;
      }
      const key = spec.naturalKey(checked.data);
      const first = keys.get(key);
      if (first !== undefined) {
        error({
          sheet: sheet.name,
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
      rows.push({ spec, sheet: sheet.name, rowNumber: line.rowNumber, value: checked.data });
    }
  }
  return { rows, errors };
}
