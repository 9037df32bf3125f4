import { z } from 'zod';
import { STAGES } from '../../domain/process/stages';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters have no place in a dossier and break generated documents.
    .refine((value) => !hasControlCharacter(value), { message: 'contains control characters' });

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if ((code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f) {
      return true;
    }
  }
  return false;
}

export const createNominationBody = z.strictObject({
  nominee: z.strictObject({
    kind: z.enum(['individual', 'collective']),
    name: text(200),
    position: text(200).optional(),
    personId: text(64).optional(),
  }),
  awardCode: z.string().regex(/^[A-Z][A-Z0-9]{1,15}$/, 'an award code such as LDTT or CSTDCS'),
  year: z.number().int().min(2000).max(2100),
  achievements: text(20000),
});

export const stepDecisionBody = z.strictObject({
  outcome: z.enum(['approve', 'reject']),
  reason: text(2000).optional(),
});

export const listNominationsQuery = z.strictObject({
  stage: z.enum(STAGES).optional(),
  unitId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(['createdAt', '-createdAt', 'updatedAt', '-updatedAt']).default('-createdAt'),
});

export const idempotencyKeyHeader = z
  .string()
  .regex(/^[\w.:-]{8,128}$/, '8–128 characters: letters, digits, _ . : -');
