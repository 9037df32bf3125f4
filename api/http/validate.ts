import type { z } from 'zod';
import { ApiError } from '../errors/apiError';

/** Unknown keys named in an answer: a body of 10,000 of them is not echoed back. */
const KEYS_SHOWN = 3;
const KEY_CHARS = 40;

/** Parses untrusted input with `schema`; the first problem becomes a 400 naming its field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || undefined;
  if (issue.code === 'unrecognized_keys') return fail(field, unknownKeys(issue.keys));
  return fail(field, { vi: issue.message, en: issue.message });
}

function unknownKeys(keys: readonly string[]): { vi: string; en: string } {
  const shown = keys
    .slice(0, KEYS_SHOWN)
    .map((key) => JSON.stringify(key.length > KEY_CHARS ? `${key.slice(0, KEY_CHARS)}…` : key))
    .join(', ');
  const more = keys.length - KEYS_SHOWN;
  return {
    vi: `khóa không được phép ${shown}${more > 0 ? ` và ${more} khóa khác` : ''}`,
    en: `unrecognized key(s) ${shown}${more > 0 ? ` and ${more} more` : ''}`,
  };
}

function fail(field: string | undefined, detail: { vi: string; en: string }): never {
  const where = field ? `"${field}"` : 'nội dung';
  throw new ApiError(
    400,
    'VALIDATION_FAILED',
    {
      vi: `Dữ liệu không hợp lệ ở ${where}: ${detail.vi}`,
      en: `Invalid ${field ? `field "${field}"` : 'request'}: ${detail.en}`,
    },
    field,
  );
}
