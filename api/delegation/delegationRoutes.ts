import { listRoute } from '../http/listRoute';
import { route, routeGroup } from '../http/routeDefinition';
import type { DelegationService } from './delegationService';
import { grantDelegationBody, listDelegationsQuery } from './delegationSchemas';

/** The minister grants and revokes delegated signing (ký thay); who may sign what is listed. */
export const delegationRoutes = routeGroup<DelegationService>({
  mount: '/api/delegations',
  tag: 'Delegations',
  signInAtMount: true,
  routes: [
    listRoute({
      summary: "List the minister's delegations of signing authority",
      descriptionVi: 'Danh sách uỷ quyền ký.',
      query: listDelegationsQuery,
      answer: '`{ items, ... }`',
      take: (service, actor, query) => service.list(actor, query),
    }),
    route({
      method: 'post',
      path: '/',
      summary: 'Delegate signing authority to a deputy minister for a period',
      descriptionVi: 'Bộ trưởng uỷ quyền cho Thứ trưởng ký trong một thời hạn.',
      callers: ['minister'],
      body: grantDelegationBody,
      success: { status: 201, description: 'The delegation' },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, body, idempotencyKey }, service) =>
        service.grant(actor, body, idempotencyKey),
    }),
    route({
      method: 'post',
      path: '/:id/revoke',
      summary: 'Revoke a delegation',
      descriptionVi: 'Thu hồi uỷ quyền.',
      callers: ['minister'],
      bodyOptional: true,
      success: { status: 200, description: 'The revoked delegation' },
      errors: [409],
      handle: ({ actor, params }, service) => service.revoke(actor, params.id),
    }),
  ],
});
