import ExcelJS from 'exceljs';
import { startOfVietnamDate } from '../../domain/calendar';
import type { SheetModel } from '../model';
import { fixZipTimestamps } from './zipTimestamps';

/**
 * Renders a list to XLSX. The workbook's dates are the document's own date and every zip
 * entry carries that time, so the same model gives the same bytes.
 */
export async function renderXlsx(model: SheetModel): Promise<Buffer> {
  const when = new Date(startOfVietnamDate(model.date));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.author.normalize('NFC');
  workbook.lastModifiedBy = model.author.normalize('NFC');
  workbook.created = when;
  workbook.modified = when;
  const sheet = workbook.addWorksheet(model.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
  });
  sheet.columns = model.columns.map((c) => ({ width: c.width }));
  const lastColumn = model.columns.length;
  for (const line of model.heading) {
    const row = sheet.addRow([line.normalize('NFC')]);
    sheet.mergeCells(row.number, 1, row.number, lastColumn);
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
    row.getCell(1).font = { name: 'Times New Roman', size: 13, bold: !line.startsWith('(') };
  }
  sheet.addRow([]);
  const header = sheet.addRow(model.columns.map((c) => c.header.normalize('NFC')));
  header.eachCell((cell) => {
    cell.font = { name: 'Times New Roman', size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
  });
  for (const values of model.rows) {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v)));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: 'Times New Roman', size: 12 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = thin;
    });
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  // Zip times are wall-clock times: 00:00 of the document date in Vietnam.
  return fixZipTimestamps(buffer, new Date(`${model.date}T00:00:00Z`));
}

const side = { style: 'thin' as const };
const thin = { top: side, left: side, bottom: side, right: side };
