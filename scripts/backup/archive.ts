import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { repoRoot } from '../../config/repoRoot';

export const run = promisify(execFile);

/** Canonical EJSON keeps BSON types (ObjectId, Date, Decimal128…) through a text file. */
export const { EJSON } = mongoose.mongo.BSON;

/** Bumped when the archive's layout changes; restore refuses a layout it does not know. */
export const ARCHIVE_FORMAT = 'tdkt-backup/1';

/** `npm start`'s database and data folder when MONGODB_URI / TDKT_DATA_DIR are not set. */
export function embeddedDefaults(): { mongoUri: string; dataDir: string; embedded: boolean } {
  const port = Number(process.env.TDKT_MONGO_PORT ?? 27017);
  return {
    mongoUri: process.env.MONGODB_URI || `mongodb://127.0.0.1:${port}/tdkt`,
    dataDir: process.env.TDKT_DATA_DIR ?? join(repoRoot(), '.data'),
    // With TEMPORAL_ADDRESS set, Temporal is someone else's server: its data is not ours to copy.
    embedded: !process.env.TEMPORAL_ADDRESS,
  };
}

/** Temporal dev server's SQLite file inside the data folder (see scripts/servers/temporalServer.ts). */
export const TEMPORAL_FILE = 'temporal.sqlite';

export interface CollectionEntry {
  name: string;
  documents: number;
  /** Index specifications as `listIndexes` returns them, `_id_` included. */
  indexes: Record<string, unknown>[];
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** dd/mm/yyyy HH:mm, Vietnam time, for people. */
  createdAtVn: string;
  database: { name: string; serverVersion: string; tool: string; collections: CollectionEntry[] };
  temporal: { file: string; bytes: number; tool: string } | null;
  application: string;
}

/** Archive member names: one EJSON document per line, per collection. */
export const documentsFile = (collection: string): string => `db/${collection}.ejson`;

/** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function vietnamTime(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
