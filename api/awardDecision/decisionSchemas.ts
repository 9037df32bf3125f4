import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { DECISION_STATUSES } from '../../data/awardDecision/awardDecisionModel';
import { textField as text } from '../http/textField';

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
