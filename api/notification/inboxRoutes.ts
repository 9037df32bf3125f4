import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { routeGroup } from '../http/routeDefinition';
import { validate } from '../http/validate';
import { inboxQuery, notificationIdParam } from './inboxSchemas';
import type { InboxService } from './inboxService';

/**
 * `/api/inbox` — the signed-in person's inbox. Marking read is idempotent by nature; an
 * `Idempotency-Key` is accepted (validated) like on every write.
 */
export const inboxRoutes = routeGroup<InboxService>({
  mount: '/api/inbox',
  tag: 'Inbox',
  signInAtMount: true,
  routes: [
    {
      method: 'get',
      path: '/',
      summary: "The caller's to-do list and notifications (paginated)",
      descriptionVi: 'Việc cần làm và thông báo của người dùng.',
      callers: 'signed-in',
      query: inboxQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total, ... }`' },
      handle: async (req, res, inbox) => {
        res.json(await inbox.inbox(currentActor(req), validate(inboxQuery, req.query)));
      },
    },
    {
      method: 'post',
      path: '/read-all',
      summary: 'Mark every notification read',
      descriptionVi: 'Đánh dấu đã đọc tất cả.',
      callers: 'signed-in',
      bodyOptional: true,
      success: { status: 200, description: 'How many were marked' },
      idempotent: true,
      handle: async (req, res, inbox) => {
        idempotencyKey(req);
        res.json(await inbox.markAllRead(currentActor(req)));
      },
    },
    {
      method: 'post',
      path: '/:id/read',
      summary: 'Mark one notification read',
      descriptionVi: 'Đánh dấu đã đọc một thông báo.',
      callers: 'signed-in',
      params: { id: notificationIdParam },
      bodyOptional: true,
      success: { status: 200, description: 'The notification' },
      idempotent: true,
      handle: async (req, res, inbox) => {
        idempotencyKey(req);
        const id = validate(notificationIdParam, req.params.id);
        res.json(await inbox.markRead(currentActor(req), id));
      },
    },
  ],
});
