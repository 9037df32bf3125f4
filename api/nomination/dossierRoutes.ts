import { z } from 'zod';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { routeGroup } from '../http/routeDefinition';
import { textField } from '../http/textField';
import { validate } from '../http/validate';
import type { NominationProcessService } from './nominationProcessService';

const submitDossierBody = z.strictObject({
  title: textField(300),
  nominationIds: z
    .array(z.string().regex(/^[a-f0-9]{32}$/, 'a nomination ID'))
    .min(1)
    .max(200),
});

/** A unit's submission letter and its list: submit several nominations at once. */
export const dossierRoutes = routeGroup<NominationProcessService>({
  mount: '/api/dossiers',
  tag: 'Dossiers',
  signInAtMount: true,
  routes: [
    {
      method: 'post',
      path: '/',
      summary: 'Submit several nominations at once under one submission letter',
      descriptionVi: 'Trình một tờ trình kèm danh sách nhiều hồ sơ.',
      callers: ['unit_head'],
      body: submitDossierBody,
      success: {
        status: 202,
        description:
          '`{ dossierId, dossierNumber, nominations: [{ nominationId, number, workflowId }] }`: the dossier gets the next number of its unit and year (`VCSDT-2025-0012`, never reused; a repeated submission keeps it), each nominee its place in the list (`VCSDT-2025-0012/2`); answered once the workflows have recorded them (at most 5 s later)',
      },
      errors: [409, 422],
      idempotent: true,
      handle: async (req, res, process) => {
        const body = validate(submitDossierBody, req.body);
        const ids = [...new Set(body.nominationIds)];
        res
          .status(202)
          .json(
            await process.submitDossier(currentActor(req), ids, body.title, idempotencyKey(req)),
          );
      },
    },
    {
      method: 'get',
      path: '/:id',
      summary: 'A dossier with its nominations',
      descriptionVi: 'Tờ trình và danh sách hồ sơ, kèm số hồ sơ.',
      callers: 'signed-in',
      success: {
        status: 200,
        description: 'The dossier with its `number` and its `nominations`, each with its `number`',
      },
      handle: async (req, res, process) => {
        res.json(await process.dossier(currentActor(req), req.params.id!));
      },
    },
  ],
});
