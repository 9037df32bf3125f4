import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import {
  listQuery,
  registerBody,
  scoreBody,
  statusQuery,
  templateBody,
  yearField,
} from './registrationSchemas';
import { RegistrationService } from './registrationService';

/** Registration for the year's movement, and bloc score sheets with their ranking. */
export function registrationRoutes(service = new RegistrationService()): Router {
  const router = apiRouter();
  router.post('/', async (req, res) => {
    res
      .status(201)
      .json(await service.register(currentActor(req), validate(registerBody, req.body)));
  });
  router.get('/', async (req, res) => {
    res.json(await service.list(currentActor(req), validate(listQuery, req.query)));
  });
  router.get('/status', async (req, res) => {
    const q = validate(statusQuery, req.query);
    res.json(await service.status(currentActor(req), q.year, q.unitId));
  });
  router.get('/templates/:year', async (req, res) => {
    currentActor(req);
    res.json(await service.template(validate(yearField, req.params.year)));
  });
  router.put('/templates/:year', async (req, res) => {
    res.json(
      await service.setTemplate(
        currentActor(req),
        validate(yearField, req.params.year),
        validate(templateBody, req.body),
      ),
    );
  });
  for (const side of ['self', 'council'] as const) {
    router.put(`/score-sheets/:year/:unitId/${side}`, async (req, res) => {
      res.json(
        await service.score(
          currentActor(req),
          validate(yearField, req.params.year),
          req.params.unitId,
          side,
          validate(scoreBody, req.body),
        ),
      );
    });
  }
  router.get('/blocs/:blocId/ranking', async (req, res) => {
    const { year } = validate(statusQuery.pick({ year: true }), req.query);
    res.json(await service.ranking(currentActor(req), year, req.params.blocId));
  });
  return router;
}
