import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { csvText } from '../../csvFile';
import type { CellValue, ColumnSpec } from './cells';
import type { RawSheet } from './parseSheets';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

/** A file that cannot be read as the format it claims (corrupt, wrong type, wrong encoding). */
export class UnreadableFileError extends Error {}

/** An exceljs cell value → plain text, number, boolean or date. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return null;
}

export async function readXlsx(buffer: Buffer): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`not an XLSX workbook: ${(error as Error).message}`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: { rowNumber: number; cells: CellValue[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
      rows.push({ rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** UTF-8 CSV (a byte-order mark is allowed), comma or semicolon separated. */
export function readCsv(buffer: Buffer, name: string): RawSheet {
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new UnreadableFileError('the CSV file is not UTF-8');
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new UnreadableFileError(`not a valid CSV file: ${(error as Error).message}`);
  }
  return { name, rows: records.map((cells, i) => ({ rowNumber: i + 1, cells })) };
}

export interface OutputSheet {
  name: string;
  columns: readonly ColumnSpec[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** XLSX: a note on each header cell saying what the column takes. */
  headerNote?: (column: ColumnSpec) => string;
}

export async function writeXlsx(sheets: readonly OutputSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT Flow';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((c) => ({
      header: c.vi,
      key: c.key,
      width: Math.max(12, Math.min(40, c.vi.length + 4)),
      // Identifiers and dates stay text, so Excel does not turn "001" into 1 or reformat dates.
      style: c.type.kind === 'int' || c.type.kind === 'number' ? {} : { numFmt: '@' },
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    if (sheet.headerNote) {
      sheet.columns.forEach((column, i) => {
        header.getCell(i + 1).note = sheet.headerNote!(column);
      });
    }
    for (const row of sheet.rows) worksheet.addRow([...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function writeCsv(sheet: OutputSheet): Buffer {
  return Buffer.from(csvText([sheet.columns.map((c) => c.vi), ...sheet.rows]), 'utf8');
}
