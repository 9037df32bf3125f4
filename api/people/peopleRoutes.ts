import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import { peopleSearchQuery, searchPeople } from './peopleSearch';

/** Mounted at /api/people: find a person by name (their eligibility is `/:id/eligibility`). */
export function peopleRoutes(): Router {
  const router = apiRouter();
  router.get('/', async (req, res) => {
    res.json(await searchPeople(currentActor(req), validate(peopleSearchQuery, req.query)));
  });
  return router;
}
