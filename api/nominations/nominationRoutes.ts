import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { z } from 'zod';
import { currentActor } from '../auth/authenticate';
import { checksShownTo } from '../eligibility/reasonVisibility';
import { idempotencyKey } from '../http/idempotencyKey';
import { textField } from '../http/textField';
import { validate } from '../http/validate';
import type { NominationProcessService } from './nominationProcessService';
import type { NominationService } from './nominationService';
import {
  editNominationBody,
  listNominationsQuery,
  nominationContentBody,
} from './nominationSchemas';

export const resubmitBody = z.strictObject({ note: textField(2000).optional() });

export function nominationRoutes(
  nominations: NominationService,
  process: NominationProcessService,
): Router {
  const router = apiRouter();

  router.get('/', async (req, res) => {
    res.json(await nominations.list(currentActor(req), validate(listNominationsQuery, req.query)));
  });

  router.post('/', async (req, res) => {
    const body = validate(nominationContentBody, req.body);
    res
      .status(201)
      .json(await nominations.createDraft(currentActor(req), body, idempotencyKey(req)));
  });

  router.get('/:id', async (req, res) => {
    const actor = currentActor(req);
    res.json(checksShownTo(actor, await nominations.get(actor, req.params.id)));
  });

  router.patch('/:id', async (req, res) => {
    const actor = currentActor(req);
    const changes = validate(editNominationBody, req.body);
    res.json(checksShownTo(actor, await nominations.edit(actor, req.params.id, changes)));
  });

  router.get('/:id/changes', async (req, res) => {
    res.json(await nominations.changes(currentActor(req), req.params.id));
  });

  /** A dossier of one: the common case of submitting a single nomination. */
  router.post('/:id/submit', async (req, res) => {
    const actor = currentActor(req);
    const result = await process.submitDossier(
      actor,
      [req.params.id],
      'Tờ trình đề nghị khen thưởng',
      idempotencyKey(req),
    );
    const { dossierId, dossierNumber } = result;
    res.status(202).json({ dossierId, dossierNumber, ...result.nominations[0] });
  });

  router.post('/:id/resubmit', async (req, res) => {
    const { note } = validate(resubmitBody, req.body ?? {});
    res.json(await process.resubmit(currentActor(req), req.params.id, note, idempotencyKey(req)));
  });

  return router;
}
