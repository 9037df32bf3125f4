import type { Request } from 'express';
import type { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { routeGroup, type RouteDefinition } from '../http/routeDefinition';
import { validate } from '../http/validate';
import { ROSTER_READERS, councilRoster, rosterQuery } from './councilRoster';
import {
  addNominationsBody,
  attendanceBody,
  ballotBody,
  createRoundBody,
  emptyBody,
  idSchema,
  listRoundsQuery,
  recuseBody,
  tieBreakBody,
  writtenVoteBody,
} from './councilSchemas';
import type { CouncilService } from './councilService';

const SECRETARIAT: readonly Role[] = ['secretariat'];
const COUNCIL: readonly Role[] = ['council_member', 'council_chair'];
/** The round's own chair: the workflow refuses anyone else (even another chair). */
const CHAIR: readonly Role[] = ['council_chair'];

function roundId(req: Request): string {
  return validate(idSchema, req.params.id);
}

/** One step of a round: a body, validated, sent to the round's workflow. */
function step<B extends z.ZodType>(
  action: string,
  body: B,
  summary: string,
  vi: string,
  callers: readonly Role[],
  take: (service: CouncilService, req: Request, body: z.infer<B>) => Promise<unknown>,
  secretPaper = false,
): RouteDefinition<CouncilService> {
  return {
    method: 'post',
    path: `/:id/${action}`,
    summary,
    descriptionVi: vi,
    callers,
    params: { id: idSchema },
    body,
    success: { status: 200, description: 'The round after the step' },
    errors: [409, 422],
    idempotent: true,
    secretPaper,
    handle: async (req, res, service) => {
      const parsed = validate(body, req.body);
      res.json(await take(service, req, parsed));
    },
  };
}

/**
 * /api/council-rounds. Thin: validation at the edge, rules in the service and the workflow.
 * No route logs a request body (the app has no body logger; the ballot routes' errors are
 * generic), so a secret paper exists only inside the request that carries it. The two
 * routes that carry one declare it (`secretPaper`): the middlewares that store or record a
 * request's body keep away from them.
 */
export const councilRoutes = routeGroup<CouncilService>({
  mount: '/api/council-rounds',
  tag: 'Council rounds',
  signInAtMount: true,
  routes: [
    {
      method: 'get',
      path: '/',
      summary: 'List council rounds (paginated)',
      descriptionVi: 'Danh sách phiên họp Hội đồng.',
      callers: 'signed-in',
      query: listRoundsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: async (req, res, service) => {
        res.json(await service.list(currentActor(req), validate(listRoundsQuery, req.query)));
      },
    },
    {
      method: 'post',
      path: '/',
      summary: 'Create a council round',
      descriptionVi: 'Tạo phiên họp Hội đồng.',
      callers: SECRETARIAT,
      body: createRoundBody,
      success: { status: 201, description: 'The round' },
      errors: [409, 422],
      idempotent: true,
      handle: async (req, res, service) => {
        const body = validate(createRoundBody, req.body);
        res.status(201).json(await service.create(currentActor(req), body, idempotencyKey(req)));
      },
    },
    {
      method: 'get',
      path: '/:id',
      summary: 'A council round (secret ballots never show who voted what)',
      descriptionVi: 'Chi tiết phiên họp; phiếu kín không lộ người bỏ phiếu.',
      callers: 'signed-in',
      params: { id: idSchema },
      success: { status: 200, description: 'The round' },
      handle: async (req, res, service) => {
        res.json(await service.get(currentActor(req), roundId(req)));
      },
    },
    {
      method: 'get',
      path: '/:id/minutes',
      summary: 'The minutes of a closed round',
      descriptionVi: 'Biên bản họp Hội đồng.',
      callers: 'signed-in',
      params: { id: idSchema },
      success: { status: 200, description: 'The minutes' },
      errors: [409],
      handle: async (req, res, service) => {
        res.json(await service.minutes(currentActor(req), roundId(req)));
      },
    },
    step(
      'nominations',
      addNominationsBody,
      'Add nominations to the round',
      'Đưa hồ sơ vào phiên họp.',
      SECRETARIAT,
      (service, req, body) =>
        service.addNominations(currentActor(req), roundId(req), body, idempotencyKey(req)),
    ),
    step(
      'attendance',
      attendanceBody,
      "Record who attends (the round's chair)",
      'Chủ tịch Hội đồng của phiên họp điểm danh thành viên dự họp.',
      CHAIR,
      (service, req, body) =>
        service.recordAttendance(
          currentActor(req),
          roundId(req),
          body.present,
          idempotencyKey(req),
        ),
    ),
    step(
      'recusals',
      recuseBody,
      'Recuse myself from voting on a nomination (a member of the round)',
      'Thành viên của phiên họp xin không tham gia biểu quyết một hồ sơ.',
      COUNCIL,
      (service, req, body) =>
        service.recuse(currentActor(req), roundId(req), body, idempotencyKey(req)),
    ),
    step(
      'open',
      emptyBody,
      "Open voting (the round's chair)",
      'Chủ tịch Hội đồng của phiên họp mở bỏ phiếu.',
      CHAIR,
      (service, req) => service.open(currentActor(req), roundId(req), idempotencyKey(req)),
    ),
    step(
      'ballot',
      ballotBody,
      'Cast my secret ballot',
      'Bỏ phiếu kín.',
      COUNCIL,
      (service, req, body) =>
        service.vote(currentActor(req), roundId(req), body.choices, idempotencyKey(req)),
      true,
    ),
    step(
      'written-votes',
      writtenVoteBody,
      'Record a written vote of an absent member',
      'Ghi nhận phiếu bằng văn bản của thành viên vắng mặt.',
      SECRETARIAT,
      (service, req, body) =>
        service.writtenVote(currentActor(req), roundId(req), body, idempotencyKey(req)),
      true,
    ),
    step(
      'close',
      emptyBody,
      "Close voting and tally (the round's chair)",
      'Chủ tịch Hội đồng của phiên họp kết thúc bỏ phiếu và kiểm phiếu.',
      CHAIR,
      (service, req) => service.close(currentActor(req), roundId(req), idempotencyKey(req)),
    ),
    step(
      'tie-break',
      tieBreakBody,
      "The chair keeps exactly the places left among the nominees tied at a quota's last place",
      'Chủ tịch Hội đồng chọn đúng số suất còn lại trong số những người đồng hạng ở vị trí cuối của chỉ tiêu.',
      CHAIR,
      (service, req, body) =>
        service.resolveTie(currentActor(req), roundId(req), body.keep, idempotencyKey(req)),
    ),
  ],
});

/** Mounted at /api/council: the roster to pick a round's members from. */
export const councilRosterRoutes = routeGroup({
  mount: '/api/council',
  tag: 'Council rounds',
  signInAtMount: true,
  routes: [
    {
      method: 'get',
      path: '/members',
      summary: "The council's active members to pick a round from: username, name, seat",
      descriptionVi:
        'Danh sách thành viên Hội đồng đang hoạt động (tên đăng nhập, họ tên, vị trí) để lập phiên họp.',
      callers: ROSTER_READERS,
      query: rosterQuery,
      success: {
        status: 200,
        description:
          "`{ items: [{ userId, name, seat: 'chair' | 'member' }], page, pageSize, total }`",
      },
      handle: async (req, res) => {
        res.json(await councilRoster(currentActor(req), validate(rosterQuery, req.query)));
      },
    },
  ],
});
