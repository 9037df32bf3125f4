import { createHash } from 'node:crypto';
import { AwardRecordModel } from '../awardRecordModel';
import { CollectiveModel } from '../collectiveModel';
import { ImportBatchModel } from '../importBatchModel';
import { PersonModel } from '../personModel';
import { formatCell } from './cells';
import { headerNote } from './importDoc';
import { MAX_REPORTED_ERRORS, parseSheets, type RowError } from './parseSheets';
import { KIND_SPECS, kindSpec, type RecordKind } from './recordKinds';
import type { Row, StoredData } from './recordKindSupport';
import {
  CSV_TYPE,
  XLSX_TYPE,
  readCsv,
  readXlsx,
  writeCsv,
  writeXlsx,
  type OutputSheet,
} from './spreadsheetFiles';
import { checkReferences } from './validateImport';
import { writeImport } from './writeImport';

export type FileFormat = 'xlsx' | 'csv';

type ImportOutcome =
  | {
      ok: true;
      batchId: string;
      counts: Record<string, number>;
      skippedDecisionAwards: number;
    }
  | { ok: false; errorCount: number; errors: RowError[] };

/**
 * Validate every row of the file; write only if all are valid (see writeImport.ts for why a
 * crash part-way through the write is repaired by importing the same file again).
 * CSV holds one record kind, named by `kind`; XLSX holds one sheet per kind.
 */
export async function importHistoryFile(
  file: Buffer,
  format: FileFormat,
  kind: RecordKind | undefined,
  importedBy: string,
): Promise<ImportOutcome> {
  const sheets =
    format === 'xlsx' ? await readXlsx(file) : [readCsv(file, kindSpec(kind!).sheet.vi)];
  const parsed = parseSheets(sheets, format === 'csv' ? kind : undefined);
  const errors = parsed.errors.length > 0 ? parsed.errors : await checkReferences(parsed.rows);
  if (errors.length > 0) {
    return { ok: false, errorCount: errors.length, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  }

  const batchId = createHash('sha256')
    .update(`${format}\n${kind ?? ''}\n`)
    .update(file)
    .digest('hex');
  const startedAt = new Date();
  await ImportBatchModel.updateOne(
    { _id: batchId },
    { $set: { status: 'writing', format, kind, importedBy, startedAt } },
    { upsert: true },
  );
  const summary = await writeImport(parsed.rows);
  await ImportBatchModel.updateOne(
    { _id: batchId },
    { $set: { status: 'done', counts: summary.counts, finishedAt: new Date() } },
  );
  return { ok: true, batchId, ...summary };
}

async function storedData(): Promise<StoredData> {
  const [people, collectives, awards] = await Promise.all([
    PersonModel.find().sort({ _id: 1 }).lean(),
    CollectiveModel.find().sort({ _id: 1 }).lean(),
    AwardRecordModel.find().sort({ _id: 1 }).lean(),
  ]);
  return {
    people: people as unknown as Row[],
    collectives: collectives as unknown as Row[],
    awards: awards as unknown as Row[],
  };
}

function outputSheet(kind: RecordKind, data: StoredData | null): OutputSheet {
  const spec = kindSpec(kind);
  return {
    name: spec.sheet.vi,
    columns: spec.columns,
    rows: (data ? spec.exportRows(data) : []).map((row) =>
      spec.columns.map((c) => formatCell(c, row[c.key])),
    ),
    headerNote,
  };
}

/** Stored rows in the import format, or none (the template); `stem` names the file. */
async function historyFile(
  format: FileFormat,
  kind: RecordKind | undefined,
  data: StoredData | null,
  stem: string,
): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  if (format === 'csv') {
    return {
      body: writeCsv(outputSheet(kind!, data)),
      contentType: `${CSV_TYPE}; charset=utf-8`,
      fileName: `${stem}-${kind}.csv`,
    };
  }
  const kinds = kind ? [kind] : KIND_SPECS.map((s) => s.kind);
  return {
    body: await writeXlsx(kinds.map((k) => outputSheet(k, data))),
    contentType: XLSX_TYPE,
    fileName: kind ? `${stem}-${kind}.xlsx` : `${stem}-thi-dua-khen-thuong.xlsx`,
  };
}

/**
 * Everything stored, in the import format: XLSX with one sheet per kind (or just `kind`), or
 * the CSV of one kind. Importing the result gives the same records back.
 */
export async function exportHistoryFile(format: FileFormat, kind: RecordKind | undefined) {
  return historyFile(format, kind, await storedData(), 'lich-su');
}

/** The same file with headers only, each XLSX header noting what it takes: a blank to fill. */
export async function historyTemplateFile(format: FileFormat, kind: RecordKind | undefined) {
  return historyFile(format, kind, null, 'mau-lich-su');
}
