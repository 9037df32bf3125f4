import { z } from 'zod';
import { textField as text } from '../http/textField';

/** IDs become MongoDB field names in the ballot box (`counts.<id>.approve`): no dots, no `$`. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an ID (letters, digits, _ -)');
const userIdSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'a user ID');

export const createRoundBody = z.strictObject({
  title: text(300),
  members: z.array(userIdSchema).min(1).max(100),
  chairId: userIdSchema,
  scheduledOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  deadline: z.iso.datetime({ offset: true }),
  recusalPolicy: z.enum(['same_unit', 'any_member']).default('same_unit'),
});

export const addNominationsBody = z.strictObject({
  nominations: z
    .array(
      z.strictObject({
        nominationId: idSchema,
        gender: z.enum(['female', 'male']).optional(),
        evaluationScore: z.number().min(0).max(100).optional(),
      }),
    )
    .min(1)
    .max(200),
  ldttHolders: z
    .array(
      z.strictObject({
        unitId: idSchema,
        year: z.number().int().min(2000).max(2100),
        count: z.number().int().min(0).max(100000),
      }),
    )
    .max(200)
    .optional(),
});

export const attendanceBody = z.strictObject({
  present: z.array(userIdSchema).max(100),
});

export const recuseBody = z.strictObject({
  nominationId: idSchema,
  reason: text(1000).optional(),
});

const choicesSchema = z
  .array(
    z.strictObject({
      nominationId: idSchema,
      choice: z.enum(['approve', 'reject', 'abstain']),
    }),
  )
  .min(1)
  .max(200);

export const ballotBody = z.strictObject({ choices: choicesSchema });

export const writtenVoteBody = z.strictObject({
  memberId: userIdSchema,
  choices: choicesSchema,
});

export const tieBreakBody = z.strictObject({
  keep: z.array(idSchema).max(200),
});

export const emptyBody = z.union([z.undefined(), z.strictObject({})]);

export const listRoundsQuery = z.strictObject({
  status: z.enum(['preparing', 'voting', 'awaiting_tie_break', 'closed']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
