import ExcelJS from 'exceljs';
import { csvText } from '../../data/csvFile';
import type { Response } from 'express';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One sheet of an export: an optional title block, a header row and the rows. */
export interface Table {
  name: string;
  /** Lines above the table (form code, title, legal basis). */
  preamble?: string[];
  header: string[];
  rows: (string | number | null | undefined)[][];
}

async function xlsxOf(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT Flow';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    for (const line of table.preamble ?? []) sheet.addRow([line]).font = { bold: true };
    if (table.preamble?.length) sheet.addRow([]);
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => v ?? null));
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(
        (table.header[i] ?? '').length,
        ...table.rows.map((r) => String(r[i] ?? '').length),
      );
      column.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function csvOf(table: Table): Buffer {
  const lines = [
    ...(table.preamble ?? []).map((line) => [line]),
    ...(table.preamble?.length ? [[]] : []),
    table.header,
    ...table.rows,
  ];
  return Buffer.from(csvText(lines), 'utf8');
}

export async function sendTables(
  res: Response,
  format: 'json' | 'xlsx' | 'csv',
  fileName: string,
  tables: readonly Table[],
  json: unknown,
): Promise<void> {
  if (format === 'json') {
    res.json(json);
    return;
  }
  if (format === 'xlsx') {
    res
      .type(XLSX_TYPE)
      .attachment(`${fileName}.xlsx`)
      .send(await xlsxOf(tables));
    return;
  }
  res.type('text/csv; charset=utf-8').attachment(`${fileName}.csv`).send(csvOf(tables[0]!));
}
