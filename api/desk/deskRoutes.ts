import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { validate } from '../http/validate';
import {
  DESK_ACTIONS,
  DESK_ACTION_BODIES,
  bulkBody,
  pipelineQuery,
  stalledQuery,
} from './deskSchemas';
import type { DeskService } from './deskService';

/**
 * The secretariat's desk (read-only for inspectors): open nominations by urgency, the
 * pipeline, and one-click or bulk reminders, escalations, extensions and reassignments, each
 * sent to the nomination's workflow.
 */
export function deskRoutes(desk: DeskService): Router {
  const router = apiRouter();
  router.get('/stalled', async (req, res) => {
    res.json(await desk.stalled(currentActor(req), validate(stalledQuery, req.query)));
  });
  router.get('/pipeline', async (req, res) => {
    res.json(await desk.pipeline(currentActor(req), validate(pipelineQuery, req.query)));
  });
  router.get('/units', async (req, res) => {
    res.json(await desk.units(currentActor(req)));
  });
  for (const action of DESK_ACTIONS) {
    router.post(`/nominations/:id/${action}`, async (req, res) => {
      const body = validate(DESK_ACTION_BODIES[action], req.body ?? {});
      res.json(await desk.act(currentActor(req), req.params.id, action, body, idempotencyKey(req)));
    });
  }
  router.post('/bulk', async (req, res) => {
    const { action, nominationIds, params } = validate(bulkBody, req.body);
    const body = validate(DESK_ACTION_BODIES[action], params);
    res.json(await desk.bulk(currentActor(req), action, nominationIds, body, idempotencyKey(req)));
  });
  return router;
}
