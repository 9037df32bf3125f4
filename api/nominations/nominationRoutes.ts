import { Router, type Request } from 'express';
import type { WaitingStage } from '../../domain/process/stages';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import type { NominationService } from './nominationService';
import {
  createNominationBody,
  idempotencyKeyHeader,
  listNominationsQuery,
  stepDecisionBody,
} from './nominationSchemas';

function idempotencyKey(req: Request): string | undefined {
  const header = req.get('idempotency-key');
  return header === undefined ? undefined : validate(idempotencyKeyHeader, header);
}

const STEP_PATHS: Record<string, WaitingStage> = {
  appraisal: 'appraisal',
  'council-review': 'council_review',
  'minister-decision': 'minister_decision',
};

export function nominationRoutes(service: NominationService): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await service.list(currentActor(req), validate(listNominationsQuery, req.query)));
  });

  router.post('/', async (req, res) => {
    const body = validate(createNominationBody, req.body);
    res.status(201).json(await service.createDraft(currentActor(req), body, idempotencyKey(req)));
  });

  router.get('/:id', async (req, res) => {
    res.json(await service.get(currentActor(req), req.params.id));
  });

  router.post('/:id/submit', async (req, res) => {
    res.status(202).json(await service.submit(currentActor(req), req.params.id));
  });

  for (const [path, stage] of Object.entries(STEP_PATHS)) {
    router.post(`/:id/${path}`, async (req, res) => {
      const body = validate(stepDecisionBody, req.body);
      res.json(
        await service.decide(currentActor(req), req.params.id, stage, body, idempotencyKey(req)),
      );
    });
  }

  return router;
}
