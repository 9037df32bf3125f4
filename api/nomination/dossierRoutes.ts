import { z } from 'zod';
import { route, routeGroup } from '../http/routeDefinition';
import { textField } from '../http/textField';
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
    route({
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
      handle: ({ actor, body, idempotencyKey }, process) =>
        process.submitDossier(actor, [...new Set(body.nominationIds)], body.title, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/:id',
      summary: 'A dossier with its nominations',
      descriptionVi: 'Tờ trình và danh sách hồ sơ, kèm số hồ sơ.',
      callers: 'signed-in',
      success: {
        status: 200,
        description: 'The dossier with its `number` and its `nominations`, each with its `number`',
      },
      handle: ({ actor, params }, process) => process.dossier(actor, params.id),
    }),
  ],
});
