import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import mongoose from 'mongoose';

/* What the secret-ballot test looks for a member–choice link in, and how it looks. */

/** Everything any log of this process says: structured where the logger gives structure. */
export const captured: unknown[] = [];

/** A JSON log line is read as its structure; any other line as text. */
export function asLogEntry(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}

/**
 * Worker and SDK logs at TRACE go to `captured` (installed before the stack, which then
 * keeps it). The API under test here logs at trace into `captured` too.
 */
export function captureLogs(): void {
  if (!Runtime._instance) {
    Runtime.install({
      logger: new DefaultLogger('TRACE', (entry) => {
        captured.push({ message: entry.message, meta: entry.meta });
      }),
    });
  }
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level].bind(console);
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      captured.push(args);
      original(...args);
    });
  }
}

export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const CHOICES = ['approve', 'reject', 'abstain'];

/** Every string value anywhere under `value` (keys excluded). */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.values(value).flatMap(stringValues);
}

/**
 * A member–choice link is any of: an object whose own fields (keys or string values) hold
 * both a member ID and a choice; an object with a member ID as a field value and a choice
 * as a string value anywhere beneath it ({memberId, choices: [{choice}]}); an object with
 * a choice as a key and a member ID beneath it ({approve: ['hd.1']}); an array holding
 * both; one string naming both.
 */
export function findLinks(value: unknown, members: readonly string[], path = '$'): string[] {
  const isMember = (s: string) => members.includes(s);
  const isChoice = (s: string) => CHOICES.includes(s);
  const stringLinks = (s: string) =>
    members.some((m) => s.includes(m)) && CHOICES.some((c) => new RegExp(`\\b${c}\\b`).test(s));
  if (typeof value === 'string') {
    return stringLinks(value) ? [`${path}: ${value.slice(0, 200)}`] : [];
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  const links: string[] = [];
  if (Array.isArray(value)) {
    const own = value.filter((v): v is string => typeof v === 'string');
    if (own.some(isMember) && own.some(isChoice)) links.push(`${path}: ${safeJson(own)}`);
  } else {
    const entries = Object.entries(value);
    const own = entries.flatMap(([k, v]) => (typeof v === 'string' ? [k, v] : [k]));
    const ownValues = entries.flatMap(([, v]) => (typeof v === 'string' ? [v] : []));
    const deep = stringValues(value);
    if (
      (own.some(isMember) && own.some(isChoice)) ||
      (ownValues.some(isMember) && deep.some(isChoice)) ||
      entries.some(([k, v]) => isChoice(k) && stringValues(v).some(isMember))
    ) {
      links.push(`${path}: ${safeJson(value).slice(0, 300)}`);
    }
  }
  for (const [k, v] of Object.entries(value)) links.push(...findLinks(v, members, `${path}.${k}`));
  return links;
}

/**
 * Every document the database files hold, the versions SQLite keeps in its WAL and free
 * pages included: FerretDB writes each document as one JSON text starting `{"$s":`.
 */
export function documentsInDatabaseFiles(): Record<string, unknown>[] {
  const dir = join(process.env.TDKT_TEST_DATA_DIR ?? '/nonexistent', 'ferretdb');
  const database = mongoose.connection.db!.databaseName;
  const files = readdirSync(dir).filter((f) => f.startsWith(`${database}.sqlite`));
  expect(files).toEqual(expect.arrayContaining([`${database}.sqlite`]));
  const found: Record<string, unknown>[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file)).toString('latin1');
    for (let at = text.indexOf('{"$s":'); at >= 0; at = text.indexOf('{"$s":', at + 1)) {
      const json = balancedObject(text, at);
      if (!json) continue;
      try {
        found.push(JSON.parse(Buffer.from(json, 'latin1').toString('utf8')));
      } catch {
        // cut by a page boundary or an overwritten frame: not a whole version
      }
    }
  }
  return found;
}

/** The JSON object starting at `start`, if its braces close (strings taken into account). */
function balancedObject(text: string, start: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length && i < start + 200_000; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth += 1;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** A copy of the history with every payload's bytes decoded to the JSON Temporal stored. */
export function decodePayloads(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    const text = Buffer.from(value).toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodePayloads);
  if (typeof (value as { toNumber?: unknown }).toNumber === 'function') return String(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodePayloads(v)]));
}
