import type { Request } from 'express';
import { ApiError } from '../errors/apiError';

const KEY = /^[\w.:-]{8,128}$/;

/** The request's `Idempotency-Key` header, validated; the same key means the same effect. */
export function idempotencyKey(req: Request): string | undefined {
  const header = req.get('idempotency-key');
  if (header === undefined || KEY.test(header)) return header;
  throw new ApiError(
    400,
    'INVALID_IDEMPOTENCY_KEY',
    {
      vi: 'Tiêu đề Idempotency-Key không hợp lệ: 8–128 ký tự gồm chữ, số, _ . : -',
      en: 'Invalid Idempotency-Key header: 8–128 characters of letters, digits, _ . : -',
    },
    'Idempotency-Key',
  );
}
