import { z } from 'zod';
import { REVOCATION_GROUNDS } from '../../data/revocation/revocationModel';
import { textField as text } from '../http/textField';

export const requestRevocationBody = z.strictObject({
  nominationId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an ID'),
  /** Law 06/2022/QH15, Art. 93(2) a–d. */
  ground: z.enum(REVOCATION_GROUNDS),
  reason: text(2000),
});

export const ruleRevocationBody = z.strictObject({
  outcome: z.enum(['approve', 'reject']),
  reason: text(2000).optional(),
});

export const listRevocationsQuery = z.strictObject({
  status: z.enum(['requested', 'approved', 'rejected']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
