import { Schema, model } from 'mongoose';

/**
 * One history import. `_id` is the SHA-256 of the file (and the CSV kind), so a retried upload
 * of the same file is the same batch. `writing` without a later `done` means the writer
 * stopped part-way: importing the same file again finishes it (see writeImport.ts).
 */
const importBatchSchema = new Schema(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: ['writing', 'done'], required: true },
    format: { type: String, enum: ['xlsx', 'csv'], required: true },
    kind: { type: String },
    importedBy: { type: String, required: true },
    counts: { type: Map, of: Number, default: {} },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date },
  },
  { versionKey: false },
);

/** The latest imports first, for an administrator's list. */
importBatchSchema.index({ startedAt: -1 });

export const ImportBatchModel = model('HistoryImportBatch', importBatchSchema, 'history_imports');
