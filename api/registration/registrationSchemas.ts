import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { textField } from '../http/textField';

const code = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'a code such as VCSDT');
export const yearField = z.coerce.number().int().min(2000).max(2100);

export const registerBody = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    subjectKind: z.enum(['unit', 'individual']),
    unitId: code.optional(),
    personId: z
      .string()
      .regex(/^[\w.:-]{1,64}$/)
      .optional(),
    titles: z.array(z.enum(AWARD_CODES)).max(10).default([]),
    pledges: z.array(textField(1000)).max(50).default([]),
  })
  .refine((b) => b.subjectKind === 'unit' || b.personId !== undefined, {
    message: 'an individual registration names the person',
    path: ['personId'],
  })
  // Otherwise a unit's registration would store any person's id, unchecked.
  .refine((b) => b.subjectKind === 'individual' || b.personId === undefined, {
    message: "a unit's registration names no person",
    path: ['personId'],
  });

export const listQuery = z.strictObject({
  year: yearField,
  unitId: code.optional(),
  subjectKind: z.enum(['unit', 'individual']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const statusQuery = z.strictObject({ year: yearField, unitId: code.optional() });

const points = z.number().min(0).max(1000);
export const templateBody = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        code,
        title: textField(300),
        criteria: z
          .array(z.strictObject({ code, title: textField(500), maxPoints: points.positive() }))
          .min(1)
          .max(50),
      }),
    )
    .min(1)
    .max(20),
  bonusMax: points,
  deductionMax: points,
});

export const scoreBody = z.strictObject({
  scores: z.record(code, points),
  bonus: points.optional(),
  deduction: points.optional(),
  note: textField(2000).optional(),
});
