import type { Role } from '../../domain/process/roles';
import { listRoute } from '../http/listRoute';
import { route, routeGroup } from '../http/routeDefinition';
import { councilTalliesFor } from './councilTallies';
import type { DecisionService } from './decisionService';
import {
  draftDecisionBody,
  listDecisionsQuery,
  listPublicDecisionsQuery,
  ruleDecisionBody,
} from './decisionSchemas';

const LEADERS: readonly Role[] = ['minister', 'deputy_minister'];

/** Award decisions: the secretariat drafts, the minister (or a covered deputy) rules. */
export const decisionRoutes = routeGroup<DecisionService>({
  mount: '/api/decisions',
  tag: 'Decisions',
  signInAtMount: true,
  routes: [
    listRoute({
      summary: 'List award decisions (paginated)',
      descriptionVi: 'Danh sách quyết định khen thưởng.',
      query: listDecisionsQuery,
      take: (service, actor, query) => service.list(actor, query),
    }),
    route({
      method: 'post',
      path: '/',
      summary: 'Draft an award decision for accepted nominations',
      descriptionVi: 'Thường trực dự thảo quyết định khen thưởng.',
      callers: ['secretariat'],
      body: draftDecisionBody,
      success: { status: 201, description: '`{ decision, ... }` the drafted decision' },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, body, idempotencyKey }, service) =>
        service.draft(actor, body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/:id',
      summary: 'An award decision, with the council round tally of each nominee in its annex',
      descriptionVi:
        'Chi tiết quyết định khen thưởng, kèm kết quả bỏ phiếu của Hội đồng cho từng người trong danh sách.',
      callers: 'signed-in',
      success: {
        status: 200,
        description:
          'The decision; `councilResults`: per nominee voted on in a closed round, `{ nominationId, roundId, roundTitle, ballot, counts, percent, passed, outcome, explanation }` (a council member sees only rounds they sat on)',
      },
      handle: async ({ actor, params }, service) => {
        const decision = await service.get(actor, params.id);
        const nominationIds = decision.annex.map((item) => item.nominationId);
        return { ...decision, councilResults: await councilTalliesFor(actor, nominationIds) };
      },
    }),
    route({
      method: 'post',
      path: '/:id/ruling',
      summary: 'Sign (approve all or some) or refuse a drafted decision; a number is issued',
      descriptionVi: 'Bộ trưởng (hoặc Thứ trưởng được uỷ quyền) ký hoặc không ký quyết định.',
      callers: LEADERS,
      body: ruleDecisionBody,
      success: { status: 200, description: 'The decision after the ruling' },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, params, body, idempotencyKey }, service) =>
        service.rule(actor, params.id, body, idempotencyKey),
    }),
  ],
});

/** The public register of issued decisions: no sign-in, published decisions only. */
export const publicDecisionRoutes = routeGroup<DecisionService>({
  mount: '/api/public/decisions',
  tag: 'Public register',
  signInAtMount: false,
  routes: [
    route({
      method: 'get',
      path: '/',
      summary: 'Published award decisions, without sign-in (paginated)',
      descriptionVi: 'Công khai các quyết định đã ban hành.',
      callers: 'public',
      query: listPublicDecisionsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: ({ query }, service) => service.listPublic(query),
    }),
    route({
      method: 'get',
      path: '/:id',
      summary: 'A published award decision',
      descriptionVi: 'Quyết định đã ban hành.',
      callers: 'public',
      success: { status: 200, description: 'The decision' },
      handle: ({ params }, service) => service.getPublic(params.id),
    }),
  ],
});
