import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import { councilRoster, rosterQuery } from './councilRoster';

/** Mounted at /api/council: the roster to pick a round's members from. */
export function councilRosterRoutes(): Router {
  const router = apiRouter();
  router.get('/members', async (req, res) => {
    res.json(await councilRoster(currentActor(req), validate(rosterQuery, req.query)));
  });
  return router;
}
