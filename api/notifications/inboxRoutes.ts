import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { validate } from '../http/validate';
import { inboxQuery, notificationIdParam } from './inboxSchemas';
import type { InboxService } from './inboxService';

/**
 * `/api/inbox` — the signed-in person's inbox. Marking read is idempotent by nature; an
 * `Idempotency-Key` is accepted (validated) like on every write.
 */
export function inboxRoutes(inbox: InboxService): Router {
  const router = apiRouter();

  router.get('/', async (req, res) => {
    res.json(await inbox.inbox(currentActor(req), validate(inboxQuery, req.query)));
  });

  router.post('/read-all', async (req, res) => {
    idempotencyKey(req);
    res.json(await inbox.markAllRead(currentActor(req)));
  });

  router.post('/:id/read', async (req, res) => {
    idempotencyKey(req);
    const id = validate(notificationIdParam, req.params.id);
    res.json(await inbox.markRead(currentActor(req), id));
  });

  return router;
}
