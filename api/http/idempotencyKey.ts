import type { Request } from 'express';
import { z } from 'zod';
import { validate } from './validate';

const idempotencyKeyHeader = z
  .string()
  .regex(/^[\w.:-]{8,128}$/, '8–128 characters: letters, digits, _ . : -');

/** The request's `Idempotency-Key` header, validated; the same key means the same effect. */
export function idempotencyKey(req: Request): string | undefined {
  const header = req.get('idempotency-key');
  return header === undefined ? undefined : validate(idempotencyKeyHeader, header);
}
