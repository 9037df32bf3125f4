import type { z } from 'zod';
import { mapKey, yearKey } from '../recordKeys';

/**
 * What the record-kind table (recordKinds.ts) is built from besides declarations: the
 * period check of its schemas, and the helpers its targets and exports use to move a row
 * between the sheet and the stored documents.
 */

export type Row = Record<string, unknown>;

/** The stored documents an export reads (lean, `_id` included). */
export interface StoredData {
  people: readonly Row[];
  collectives: readonly Row[];
  awards: readonly Row[];
}

/** A period whose end, when given, is not before its start; the issue names the end column. */
export function period<T extends z.ZodObject>(schema: T, fromKey: string, toKey: string) {
  return schema.superRefine((row: Record<string, unknown>, ctx) => {
    const from = row[fromKey] as string | undefined;
    const to = row[toKey] as string | null | undefined;
    if (from && to && to < from) {
      ctx.addIssue({ code: 'custom', path: [toKey], message: 'END_BEFORE_START' });
    }
  });
}

function mapValues(doc: Row, map: string): Row[] {
  const value = doc[map];
  if (!value) return [];
  return Object.values(value instanceof Map ? Object.fromEntries(value) : (value as Row)) as Row[];
}

export function sortRows(rows: Row[], ...keys: string[]): Row[] {
  const keyOf = (row: Row) =>
    keys.map((k) =>
      typeof row[k] === 'number' ? String(row[k]).padStart(6, '0') : String(row[k] ?? ''),
    );
  return rows.sort((a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}

/** Map entries of every person (or collective), each with its owner's id under `idKey`. */
function entriesOf(docs: readonly Row[], map: string, idKey: string): Row[] {
  return docs.flatMap((doc) =>
    mapValues(doc, map).map((value) => ({ [idKey]: doc._id, ...value })),
  );
}

/** Holds and achievements exist for both people and collectives. */
function subjectEntries(data: StoredData, map: string): Row[] {
  return [
    ...entriesOf(data.people, map, 'subjectId').map((r) => ({ subject: 'individual', ...r })),
    ...entriesOf(data.collectives, map, 'subjectId').map((r) => ({ subject: 'collective', ...r })),
  ];
}

const docOf = (subject: unknown): 'person' | 'collective' =>
  subject === 'collective' ? 'collective' : 'person';

/** Drops the columns that name the owner; the rest is the stored record. */
export function without(row: Row, ...keys: string[]): Row {
  return Object.fromEntries(
    Object.entries(row).filter(([k, v]) => !keys.includes(k) && v !== undefined),
  );
}

/** Whose document holds a kind's entries: a person, a collective, or either (by `subject`). */
type Owner = 'person' | 'collective' | 'subject';

const OWNER_COLUMNS: Record<Owner, readonly string[]> = {
  person: ['personId'],
  collective: ['collectiveId'],
  subject: ['subject', 'subjectId'],
};

/**
 * The natural key, target and export of a kind stored as entries of one map on its owner's
 * document. `keys` are the columns that key the entry (the year alone keys it as `y2025`);
 * the natural key is the owner's columns, then those. `openEnd` is the period end stored as
 * null when the sheet leaves it empty, so a re-import that closes the period overwrites it.
 * The export is sorted by the owner's columns, then `sortBy`.
 */
export function mapEntries(spec: {
  owner: Owner;
  map: string;
  keys: readonly string[];
  sortBy: readonly string[];
  openEnd?: 'to' | 'effectiveTo';
}) {
  const ownerColumns = OWNER_COLUMNS[spec.owner];
  const idColumn = ownerColumns.at(-1)!;
  const byYear = spec.keys.length === 1 && spec.keys[0] === 'year';
  return {
    naturalKey: (r: Row) => [...ownerColumns, ...spec.keys].map((k) => String(r[k])).join('|'),
    target: (r: Row) => ({
      doc: spec.owner === 'subject' ? docOf(r.subject) : spec.owner,
      id: String(r[idColumn]),
      map: spec.map,
      key: byYear ? yearKey(Number(r.year)) : mapKey(...spec.keys.map((k) => String(r[k]))),
      value: { ...(spec.openEnd && { [spec.openEnd]: null }), ...without(r, ...ownerColumns) },
    }),
    exportRows: (data: StoredData) =>
      sortRows(
        spec.owner === 'subject'
          ? subjectEntries(data, spec.map)
          : entriesOf(spec.owner === 'person' ? data.people : data.collectives, spec.map, idColumn),
        ...ownerColumns,
        ...spec.sortBy,
      ),
  };
}
