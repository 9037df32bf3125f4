import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { z } from 'zod';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { textField } from '../http/textField';
import { validate } from '../http/validate';
import type { NominationProcessService } from './nominationProcessService';

export const submitDossierBody = z.strictObject({
  title: textField(300),
  nominationIds: z
    .array(z.string().regex(/^[a-f0-9]{32}$/, 'a nomination ID'))
    .min(1)
    .max(200),
});

/** A unit's submission letter and its list: submit several nominations at once. */
export function dossierRoutes(process: NominationProcessService): Router {
  const router = apiRouter();
  router.post('/', async (req, res) => {
    const body = validate(submitDossierBody, req.body);
    const ids = [...new Set(body.nominationIds)];
    res
      .status(202)
      .json(await process.submitDossier(currentActor(req), ids, body.title, idempotencyKey(req)));
  });
  router.get('/:id', async (req, res) => {
    res.json(await process.dossier(currentActor(req), req.params.id));
  });
  return router;
}
