import type { Role } from '../../domain/process/roles';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { routeGroup } from '../http/routeDefinition';
import { validate } from '../http/validate';
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
    {
      method: 'get',
      path: '/',
      summary: 'List award decisions (paginated)',
      descriptionVi: 'Danh sách quyết định khen thưởng.',
      callers: 'signed-in',
      query: listDecisionsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: async (req, res, service) => {
        res.json(await service.list(currentActor(req), validate(listDecisionsQuery, req.query)));
      },
    },
    {
      method: 'post',
      path: '/',
      summary: 'Draft an award decision for accepted nominations',
      descriptionVi: 'Thường trực dự thảo quyết định khen thưởng.',
      callers: ['secretariat'],
      body: draftDecisionBody,
      success: { status: 201, description: '`{ decision, ... }` the drafted decision' },
      errors: [409, 422],
      idempotent: true,
      handle: async (req, res, service) => {
        const body = validate(draftDecisionBody, req.body);
        const drafted = await service.draft(currentActor(req), body, idempotencyKey(req));
        res.status(201).json(drafted);
      },
    },
    {
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
      handle: async (req, res, service) => {
        const actor = currentActor(req);
        const decision = await service.get(actor, req.params.id!);
        const nominationIds = decision.annex.map((item) => item.nominationId);
        res.json({ ...decision, councilResults: await councilTalliesFor(actor, nominationIds) });
      },
    },
    {
      method: 'post',
      path: '/:id/ruling',
      summary: 'Sign (approve all or some) or refuse a drafted decision; a number is issued',
      descriptionVi: 'Bộ trưởng (hoặc Thứ trưởng được uỷ quyền) ký hoặc không ký quyết định.',
      callers: LEADERS,
      body: ruleDecisionBody,
      success: { status: 200, description: 'The decision after the ruling' },
      errors: [409, 422],
      idempotent: true,
      handle: async (req, res, service) => {
        const body = validate(ruleDecisionBody, req.body);
        res.json(await service.rule(currentActor(req), req.params.id!, body, idempotencyKey(req)));
      },
    },
  ],
});

/** The public register of issued decisions: no sign-in, published decisions only. */
export const publicDecisionRoutes = routeGroup<DecisionService>({
  mount: '/api/public/decisions',
  tag: 'Public register',
  signInAtMount: false,
  routes: [
    {
      method: 'get',
      path: '/',
      summary: 'Published award decisions, without sign-in (paginated)',
      descriptionVi: 'Công khai các quyết định đã ban hành.',
      callers: 'public',
      query: listPublicDecisionsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: async (req, res, service) => {
        res.json(await service.listPublic(validate(listPublicDecisionsQuery, req.query)));
      },
    },
    {
      method: 'get',
      path: '/:id',
      summary: 'A published award decision',
      descriptionVi: 'Quyết định đã ban hành.',
      callers: 'public',
      success: { status: 200, description: 'The decision' },
      handle: async (req, res, service) => {
        res.json(await service.getPublic(req.params.id!));
      },
    },
  ],
});
