import type { Router, Request } from 'express';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { apiRouter } from '../http/apiRouter';
import { secretPaper } from '../http/secretPaper';
import { validate } from '../http/validate';
import {
  addNominationsBody,
  attendanceBody,
  ballotBody,
  createRoundBody,
  emptyBody,
  idSchema,
  listRoundsQuery,
  recuseBody,
  tieBreakBody,
  writtenVoteBody,
} from './councilSchemas';
import type { CouncilService } from './councilService';

function roundId(req: Request): string {
  return validate(idSchema, req.params.id);
}

/**
 * /api/council-rounds. Thin: validation at the edge, rules in the service and the workflow.
 * No route logs a request body (the app has no body logger; the ballot routes' errors are
 * generic), so a secret paper exists only inside the request that carries it. The two
 * routes that carry one declare it (`secretPaper`): the middlewares that store or record a
 * request's body keep away from them.
 */
export function councilRoutes(service: CouncilService): Router {
  const router = apiRouter();

  router.get('/', async (req, res) => {
    res.json(await service.list(currentActor(req), validate(listRoundsQuery, req.query)));
  });

  router.post('/', async (req, res) => {
    const body = validate(createRoundBody, req.body);
    res.status(201).json(await service.create(currentActor(req), body, idempotencyKey(req)));
  });

  router.get('/:id', async (req, res) => {
    res.json(await service.get(currentActor(req), roundId(req)));
  });

  router.get('/:id/minutes', async (req, res) => {
    res.json(await service.minutes(currentActor(req), roundId(req)));
  });

  router.post('/:id/nominations', async (req, res) => {
    const body = validate(addNominationsBody, req.body);
    res.json(
      await service.addNominations(currentActor(req), roundId(req), body, idempotencyKey(req)),
    );
  });

  router.post('/:id/attendance', async (req, res) => {
    const body = validate(attendanceBody, req.body);
    res.json(
      await service.recordAttendance(
        currentActor(req),
        roundId(req),
        body.present,
        idempotencyKey(req),
      ),
    );
  });

  router.post('/:id/recusals', async (req, res) => {
    const body = validate(recuseBody, req.body);
    res.json(await service.recuse(currentActor(req), roundId(req), body, idempotencyKey(req)));
  });

  router.post('/:id/open', async (req, res) => {
    validate(emptyBody, req.body);
    res.json(await service.open(currentActor(req), roundId(req), idempotencyKey(req)));
  });

  router.post(secretPaper('/:id/ballot'), async (req, res) => {
    const body = validate(ballotBody, req.body);
    res.json(
      await service.vote(currentActor(req), roundId(req), body.choices, idempotencyKey(req)),
    );
  });

  router.post(secretPaper('/:id/written-votes'), async (req, res) => {
    const body = validate(writtenVoteBody, req.body);
    res.json(await service.writtenVote(currentActor(req), roundId(req), body, idempotencyKey(req)));
  });

  router.post('/:id/close', async (req, res) => {
    validate(emptyBody, req.body);
    res.json(await service.close(currentActor(req), roundId(req), idempotencyKey(req)));
  });

  router.post('/:id/tie-break', async (req, res) => {
    const body = validate(tieBreakBody, req.body);
    res.json(
      await service.resolveTie(currentActor(req), roundId(req), body.keep, idempotencyKey(req)),
    );
  });

  return router;
}
