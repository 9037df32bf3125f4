import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import type { Client } from '@temporalio/client';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import { idempotencyKey } from '../http/idempotencyKey';
import { RevocationService } from './revocationService';
import {
  listRevocationsQuery,
  requestRevocationBody,
  ruleRevocationBody,
} from './revocationSchemas';

/** Revocation of granted awards (Law 06/2022/QH15, Art. 93(2)). */
export function revocationRoutes(temporal: Client, taskQueue: string): Router {
  const service = new RevocationService(temporal, taskQueue);
  const router = apiRouter();
  router.get('/', async (req, res) => {
    res.json(await service.list(currentActor(req), validate(listRevocationsQuery, req.query)));
  });
  router.post('/', async (req, res) => {
    const body = validate(requestRevocationBody, req.body);
    res.status(201).json(await service.request(currentActor(req), body, idempotencyKey(req)));
  });
  router.get('/:id', async (req, res) => {
    res.json(await service.get(currentActor(req), req.params.id));
  });
  router.post('/:id/ruling', async (req, res) => {
    const body = validate(ruleRevocationBody, req.body);
    res.json(await service.rule(currentActor(req), req.params.id, body, idempotencyKey(req)));
  });
  return router;
}
