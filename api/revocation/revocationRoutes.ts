import { listRoute } from '../http/listRoute';
import { route, routeGroup } from '../http/routeDefinition';
import type { RevocationService } from './revocationService';
import {
  listRevocationsQuery,
  requestRevocationBody,
  ruleRevocationBody,
} from './revocationSchemas';

/** Revocation of granted awards (Law 06/2022/QH15, Art. 93(2)). */
export const revocationRoutes = routeGroup<RevocationService>({
  mount: '/api/revocations',
  tag: 'Revocations',
  signInAtMount: true,
  routes: [
    listRoute({
      summary: 'List revocation requests (paginated)',
      descriptionVi: 'Danh sách đề nghị huỷ bỏ khen thưởng.',
      query: listRevocationsQuery,
      take: (service, actor, query) => service.list(actor, query),
    }),
    route({
      method: 'post',
      path: '/',
      summary: 'Request the revocation of an award',
      descriptionVi: 'Đề nghị huỷ bỏ quyết định khen thưởng.',
      callers: ['secretariat'],
      body: requestRevocationBody,
      success: { status: 201, description: 'The revocation request' },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, body, idempotencyKey }, service) =>
        service.request(actor, body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/:id',
      summary: 'A revocation request',
      descriptionVi: 'Chi tiết đề nghị huỷ bỏ.',
      callers: 'signed-in',
      success: { status: 200, description: 'The revocation request' },
      handle: ({ actor, params }, service) => service.get(actor, params.id),
    }),
    route({
      method: 'post',
      path: '/:id/ruling',
      summary: 'Rule on a revocation request',
      descriptionVi: 'Quyết định huỷ bỏ hoặc giữ nguyên khen thưởng.',
      callers: ['minister', 'deputy_minister'],
      body: ruleRevocationBody,
      success: { status: 200, description: 'The revocation after the ruling' },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, params, body, idempotencyKey }, service) =>
        service.rule(actor, params.id, body, idempotencyKey),
    }),
  ],
});
