import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import { eligibilityQuery, personEligibility } from './eligibilityService';

/** Mounted at /api/people. */
export function personEligibilityRoutes(): Router {
  const router = apiRouter();
  router.get('/:id/eligibility', async (req, res) => {
    const query = validate(eligibilityQuery, req.query);
    res.json(await personEligibility(currentActor(req), req.params.id, query));
  });
  return router;
}
