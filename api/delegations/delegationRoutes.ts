import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import { idempotencyKey } from '../http/idempotencyKey';
import { DelegationService } from './delegationService';
import { grantDelegationBody, listDelegationsQuery } from './delegationSchemas';

/** The minister grants and revokes delegated signing (ký thay); who may sign what is listed. */
export function delegationRoutes(service = new DelegationService()): Router {
  const router = apiRouter();
  router.get('/', async (req, res) => {
    res.json(await service.list(currentActor(req), validate(listDelegationsQuery, req.query)));
  });
  router.post('/', async (req, res) => {
    const body = validate(grantDelegationBody, req.body);
    res.status(201).json(await service.grant(currentActor(req), body, idempotencyKey(req)));
  });
  router.post('/:id/revoke', async (req, res) => {
    res.json(await service.revoke(currentActor(req), req.params.id));
  });
  return router;
}
