import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import type { Client } from '@temporalio/client';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { validate } from '../http/validate';
import { councilTalliesFor } from './councilTallies';
import { DecisionService } from './decisionService';
import {
  draftDecisionBody,
  listDecisionsQuery,
  listPublicDecisionsQuery,
  ruleDecisionBody,
} from './decisionSchemas';

/** Award decisions: the secretariat drafts, the minister (or a covered deputy) rules. */
export function decisionRoutes(temporal: Client, taskQueue: string): Router {
  const service = new DecisionService(temporal, taskQueue);
  const router = apiRouter();
  router.get('/', async (req, res) => {
    res.json(await service.list(currentActor(req), validate(listDecisionsQuery, req.query)));
  });
  router.post('/', async (req, res) => {
    const body = validate(draftDecisionBody, req.body);
    const drafted = await service.draft(currentActor(req), body, idempotencyKey(req));
    res.status(201).json(drafted);
  });
  router.get('/:id', async (req, res) => {
    const actor = currentActor(req);
    const decision = await service.get(actor, req.params.id);
    const nominationIds = decision.annex.map((item) => item.nominationId);
    res.json({ ...decision, councilResults: await councilTalliesFor(actor, nominationIds) });
  });
  router.post('/:id/ruling', async (req, res) => {
    const body = validate(ruleDecisionBody, req.body);
    res.json(await service.rule(currentActor(req), req.params.id, body, idempotencyKey(req)));
  });
  return router;
}

/** The public register of issued decisions: no sign-in, published decisions only. */
export function publicDecisionRoutes(temporal: Client, taskQueue: string): Router {
  const service = new DecisionService(temporal, taskQueue);
  const router = apiRouter();
  router.get('/', async (req, res) => {
    res.json(await service.listPublic(validate(listPublicDecisionsQuery, req.query)));
  });
  router.get('/:id', async (req, res) => {
    res.json(await service.getPublic(req.params.id));
  });
  return router;
}
