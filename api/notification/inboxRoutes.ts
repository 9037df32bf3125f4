import { listRoute } from '../http/listRoute';
import { route, routeGroup } from '../http/routeDefinition';
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
    listRoute({
      summary: "The caller's to-do list and notifications (paginated)",
      descriptionVi: 'Việc cần làm và thông báo của người dùng.',
      query: inboxQuery,
      answer: '`{ items, page, pageSize, total, ... }`',
      take: (inbox, actor, query) => inbox.inbox(actor, query),
    }),
    route({
      method: 'post',
      path: '/read-all',
      summary: 'Mark every notification read',
      descriptionVi: 'Đánh dấu đã đọc tất cả.',
      callers: 'signed-in',
      bodyOptional: true,
      success: { status: 200, description: 'How many were marked' },
      idempotent: true,
      handle: ({ actor }, inbox) => inbox.markAllRead(actor),
    }),
    route({
      method: 'post',
      path: '/:id/read',
      summary: 'Mark one notification read',
      descriptionVi: 'Đánh dấu đã đọc một thông báo.',
      callers: 'signed-in',
      params: { id: notificationIdParam },
      bodyOptional: true,
      success: { status: 200, description: 'The notification' },
      idempotent: true,
      handle: ({ actor, params }, inbox) => inbox.markRead(actor, params.id),
    }),
  ],
});
