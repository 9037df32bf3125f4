/**
 * What of a request body may enter the audit log. Pure: no Express, no database.
 * Secrets (passwords, tokens, keys) are replaced by a marker, long text is cut, and
 * deep or wide structures are bounded so one request cannot bloat the log.
 */

const SECRET_KEY =
  /password|passphrase|^pass$|token|secret|authori[sz]ation|api[-_]?key|cookie|session|^otp$|^pin$/i;
export const REDACTED = '[đã ẩn / redacted]';

const MAX_STRING = 2000;
const MAX_ITEMS = 50;
const MAX_DEPTH = 6;

export function redactBody(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') {
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length})` : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Buffer.isBuffer(value)) return { bytes: value.length };
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redactBody(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… (${value.length})`] : items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value).slice(0, MAX_ITEMS)) {
      out[key] = SECRET_KEY.test(key) ? REDACTED : redactBody(child, depth + 1);
    }
    return out;
  }
  return undefined;
}

/** The "why" of an action: its `reason` or `note`, else the structured reasons' text. */
export function whyOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { reason, note, reasons, comment } = body as Record<string, unknown>;
  for (const text of [reason, note, comment]) {
    if (typeof text === 'string' && text.trim()) return text.slice(0, MAX_STRING);
  }
  if (Array.isArray(reasons)) {
    const texts = reasons
      .map((r) => {
        const message = (r as { message?: unknown })?.message;
        if (typeof message === 'string') return message;
        const vi = (message as { vi?: unknown } | undefined)?.vi;
        return typeof vi === 'string' ? vi : undefined;
      })
      .filter((t): t is string => Boolean(t));
    if (texts.length) return texts.join('; ').slice(0, MAX_STRING);
  }
  return undefined;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Nomination IDs named by a body or a response: `nominationId`, `nominationIds`, `nominations[].nominationId`. */
export function nominationIdsIn(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const { nominationId, nominationIds, nominations } = value as Record<string, unknown>;
  const ids: unknown[] = [nominationId];
  if (Array.isArray(nominationIds)) ids.push(...nominationIds);
  if (Array.isArray(nominations)) {
    for (const n of nominations) {
      if (typeof n === 'string') ids.push(n);
      else if (n && typeof n === 'object') {
        ids.push((n as { nominationId?: unknown }).nominationId ?? (n as { _id?: unknown })._id);
      }
    }
  }
  return ids.filter((id): id is string => typeof id === 'string' && ID.test(id));
}

/** The fields of a response worth keeping as "after": identities and resulting states. */
const AFTER_FIELDS = [
  '_id',
  'id',
  'nominationId',
  'dossierId',
  'decisionId',
  'roundId',
  'stage',
  'seq',
  'status',
  'outcome',
  'dossierVersion',
  'number',
] as const;

export function summariseResponse(body: unknown): Record<string, unknown> | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const source = body as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of AFTER_FIELDS) {
    const value = source[field];
    if (['string', 'number', 'boolean'].includes(typeof value)) out[field] = value;
  }
  const decision = source.decision as { number?: unknown } | undefined;
  if (typeof decision?.number === 'string') out.decisionNumber = decision.number;
  if (Array.isArray(source.nominations)) {
    out.nominations = source.nominations.slice(0, MAX_ITEMS).map((n) => {
      if (!n || typeof n !== 'object') return n;
      const { nominationId, _id, stage, seq } = n as Record<string, unknown>;
      return { nominationId: nominationId ?? _id, stage, seq };
    });
  }
  return Object.keys(out).length ? out : undefined;
}
