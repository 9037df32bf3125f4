import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { routeGroup } from '../http/routeDefinition';
import { validate } from '../http/validate';
import type { DelegationService } from './delegationService';
import { grantDelegationBody, listDelegationsQuery } from './delegationSchemas';

/** The minister grants and revokes delegated signing (ký thay); who may sign what is listed. */
export const delegationRoutes = routeGroup<DelegationService>({
  mount: '/api/delegations',
  tag: 'Delegations',
  signInAtMount: true,
  routes: [
    {
      method: 'get',
      path: '/',
      summary: "List the minister's delegations of signing authority",
      descriptionVi: 'Danh sách uỷ quyền ký.',
      callers: 'signed-in',
      query: listDelegationsQuery,
      success: { status: 200, description: '`{ items, ... }`' },
      handle: async (req, res, service) => {
        res.json(await service.list(currentActor(req), validate(listDelegationsQuery, req.query)));
      },
    },
    {
      method: 'post',
      path: '/',
      summary: 'Delegate signing authority to a deputy minister for a period',
      descriptionVi: 'Bộ trưởng uỷ quyền cho Thứ trưởng ký trong một thời hạn.',
      callers: ['minister'],
      body: grantDelegationBody,
      success: { status: 201, description: 'The delegation' },
      errors: [409, 422],
      idempotent: true,
      handle: async (req, res, service) => {
        const body = validate(grantDelegationBody, req.body);
        res.status(201).json(await service.grant(currentActor(req), body, idempotencyKey(req)));
      },
    },
    {
      method: 'post',
      path: '/:id/revoke',
      summary: 'Revoke a delegation',
      descriptionVi: 'Thu hồi uỷ quyền.',
      callers: ['minister'],
      bodyOptional: true,
      success: { status: 200, description: 'The revoked delegation' },
      errors: [409],
      handle: async (req, res, service) => {
        res.json(await service.revoke(currentActor(req), req.params.id!));
      },
    },
  ],
});
