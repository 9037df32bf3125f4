import type { Request } from 'express';
import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { DECISION_STATUSES } from '../../data/decision/awardDecisionModel';
import { validate } from '../http/validate';

/** Free text: trimmed, bounded, no control characters (they break generated documents). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => ![...value].some(isControl), { message: 'contains control characters' });

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
}

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an ID');

export const draftDecisionBody = z.strictObject({
  awardCode: z.enum(AWARD_CODES),
  /** Defaults to the kind the nominations share. */
  kind: z.enum(COMMENDATION_KINDS).optional(),
  year: z.number().int().min(2000).max(2100),
  nominationIds: z.array(id).min(1).max(500),
});

export const ruleDecisionBody = z.strictObject({
  outcome: z.enum([
    'approve_all',
    'approve_some',
    'reject',
    'return_to_council',
    'return_to_secretariat',
  ]),
  struck: z
    .array(z.strictObject({ nominationId: id, reason: text(2000) }))
    .max(500)
    .optional(),
  reason: text(2000).optional(),
});

const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const listDecisionsQuery = z.strictObject({
  status: z.enum(DECISION_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ...page,
});

export const listPublicDecisionsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ...page,
});

const idempotencyKeyHeader = z
  .string()
  .regex(/^[\w.:-]{8,128}$/, '8–128 characters: letters, digits, _ . : -');

export function idempotencyKey(req: Request): string | undefined {
  const header = req.get('idempotency-key');
  return header === undefined ? undefined : validate(idempotencyKeyHeader, header);
}
