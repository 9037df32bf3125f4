import type { z } from 'zod';
import { ApiError } from '../errors/apiError';

/** Parses untrusted input with `schema`; the first problem becomes a 400 naming its field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || undefined;
  return fail(field, issue.message);
}

function fail(field: string | undefined, detail: string): never {
  const where = field ? `"${field}"` : 'nội dung';
  throw new ApiError(
    400,
    'VALIDATION_FAILED',
    {
      vi: `Dữ liệu không hợp lệ ở ${where}: ${detail}`,
      en: `Invalid ${field ? `field "${field}"` : 'request'}: ${detail}`,
    },
    field,
  );
}
