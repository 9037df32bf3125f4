import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { MAX_EXTENSION_WORKING_DAYS } from '../../domain/process/nominationActions';
import { ROLES } from '../../domain/process/roles';
import { WAITING_STAGES } from '../../domain/process/stages';
import { textField } from '../http/textField';

const code = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'a code such as VCSDT');

export const stalledQuery = z.strictObject({
  unitId: code.optional(),
  awardCode: z.enum(AWARD_CODES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  stage: z.enum(WAITING_STAGES).optional(),
  holder: z.enum(ROLES).optional(),
  /** late: past due; at_risk: late or projected to be (see domain/desk/projection.ts). */
  risk: z.enum(['late', 'at_risk']).optional(),
  /**
   * The `next` of the page before: the page begins after that row, wherever rows moved
   * meanwhile (`page` then only numbers it). Without it, `page` skips the pages before.
   */
  after: z
    .string()
    .regex(/^(due|waiting):[\w.:-]{1,120}$/, 'the `next` of the page before')
    .optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type StalledQuery = z.infer<typeof stalledQuery>;

export const pipelineQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  weeks: z.coerce.number().int().min(1).max(104).default(12),
});

export const remindBody = z.strictObject({ note: textField(2000).optional() });
const escalateBody = z.strictObject({ note: textField(2000) });
export const extendBody = z.strictObject({
  workingDays: z.number().int().min(1).max(MAX_EXTENSION_WORKING_DAYS),
  reason: textField(2000),
});
export const reassignBody = z.strictObject({
  assigneeUserId: z.string().regex(/^[\w.-]{1,64}$/),
  reason: textField(2000).optional(),
});

export const DESK_ACTIONS = ['remind', 'escalate', 'extend', 'reassign'] as const;
export type DeskActionName = (typeof DESK_ACTIONS)[number];
export const DESK_ACTION_BODIES = {
  remind: remindBody,
  escalate: escalateBody,
  extend: extendBody,
  reassign: reassignBody,
} as const;

export const bulkBody = z.strictObject({
  action: z.enum(DESK_ACTIONS),
  nominationIds: z
    .array(z.string().regex(/^[\w.:-]{1,100}$/))
    .min(1)
    .max(200),
  params: z.record(z.string(), z.unknown()).default({}),
});
