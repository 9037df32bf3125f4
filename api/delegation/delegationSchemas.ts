import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { isIsoDate } from '../../domain/calendar';

const isoDate = z.string().refine(isIsoDate, 'a date YYYY-MM-DD');

export const grantDelegationBody = z
  .strictObject({
    deputyUserId: z.string().regex(/^[\w.-]{1,64}$/),
    scope: z
      .strictObject({
        awardCodes: z.array(z.enum(AWARD_CODES)).max(AWARD_CODES.length).default([]),
        kinds: z.array(z.enum(COMMENDATION_KINDS)).max(COMMENDATION_KINDS.length).default([]),
      })
      .refine((s) => s.awardCodes.length + s.kinds.length > 0, {
        message: 'name at least one award code or commendation kind',
      }),
    validFrom: isoDate,
    validTo: isoDate,
    basis: z.string().trim().min(1).max(300).optional(),
  })
  .refine((d) => d.validFrom <= d.validTo, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  });

export const listDelegationsQuery = z.strictObject({
  deputyUserId: z
    .string()
    .regex(/^[\w.-]{1,64}$/)
    .optional(),
  activeOn: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
