import { z } from 'zod';

const page = z.coerce.number().int().min(1).max(100000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

/** `GET /api/inbox`: one page of notifications and one page of what awaits the user. */
export const inboxQuery = z.strictObject({
  page,
  pageSize,
  unreadOnly: z.enum(['true', 'false']).default('false'),
  awaitingPage: page,
  awaitingPageSize: pageSize,
});

export type InboxQuery = z.infer<typeof inboxQuery>;

export const notificationIdParam = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[\w.:/-]+$/, 'a notification id');
