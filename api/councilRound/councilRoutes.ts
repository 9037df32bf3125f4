import type { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { listRoute } from '../http/listRoute';
import { route, routeGroup, type RouteDefinition, type RouteInput } from '../http/routeDefinition';
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

const roundParams = { id: idSchema };
type StepInput<B extends z.ZodType> = RouteInput<string, typeof roundParams, undefined, B>;

/** One step of a round: a body, validated, sent to the round's workflow. */
function step<B extends z.ZodType>(
  action: string,
  body: B,
  summary: string,
  vi: string,
  callers: readonly Role[],
  take: (service: CouncilService, input: StepInput<B>) => Promise<unknown>,
  secretPaper = false,
): RouteDefinition<CouncilService> {
  return route({
    method: 'post',
    path: `/:id/${action}`,
    summary,
    descriptionVi: vi,
    callers,
    params: roundParams,
    body,
    success: { status: 200, description: 'The round after the step' },
    errors: [409, 422],
    idempotent: true,
    secretPaper,
    handle: (input: StepInput<B>, service: CouncilService) => take(service, input),
  });
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
    listRoute({
      summary: 'List council rounds (paginated)',
      descriptionVi: 'Danh sách phiên họp Hội đồng.',
      query: listRoundsQuery,
      take: (service, actor, query) => service.list(actor, query),
    }),
    route({
      method: 'post',
      path: '/',
      summary: 'Create a council round',
      descriptionVi: 'Tạo phiên họp Hội đồng.',
      callers: SECRETARIAT,
      body: createRoundBody,
      success: { status: 201, description: 'The round' },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, body, idempotencyKey }, service) =>
        service.create(actor, body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/:id',
      summary: 'A council round (secret ballots never show who voted what)',
      descriptionVi: 'Chi tiết phiên họp; phiếu kín không lộ người bỏ phiếu.',
      callers: 'signed-in',
      params: roundParams,
      success: { status: 200, description: 'The round' },
      handle: ({ actor, params }, service) => service.get(actor, params.id),
    }),
    route({
      method: 'get',
      path: '/:id/minutes',
      summary: 'The minutes of a closed round',
      descriptionVi: 'Biên bản họp Hội đồng.',
      callers: 'signed-in',
      params: roundParams,
      success: { status: 200, description: 'The minutes' },
      errors: [409],
      handle: ({ actor, params }, service) => service.minutes(actor, params.id),
    }),
    step(
      'nominations',
      addNominationsBody,
      'Add nominations to the round',
      'Đưa hồ sơ vào phiên họp.',
      SECRETARIAT,
      (service, { actor, params, body, idempotencyKey }) =>
        service.addNominations(actor, params.id, body, idempotencyKey),
    ),
    step(
      'attendance',
      attendanceBody,
      "Record who attends (the round's chair)",
      'Chủ tịch Hội đồng của phiên họp điểm danh thành viên dự họp.',
      CHAIR,
      (service, { actor, params, body, idempotencyKey }) =>
        service.recordAttendance(actor, params.id, body.present, idempotencyKey),
    ),
    step(
      'recusals',
      recuseBody,
      'Recuse myself from voting on a nomination (a member of the round)',
      'Thành viên của phiên họp xin không tham gia biểu quyết một hồ sơ.',
      COUNCIL,
      (service, { actor, params, body, idempotencyKey }) =>
        service.recuse(actor, params.id, body, idempotencyKey),
    ),
    step(
      'open',
      emptyBody,
      "Open voting (the round's chair)",
      'Chủ tịch Hội đồng của phiên họp mở bỏ phiếu.',
      CHAIR,
      (service, { actor, params, idempotencyKey }) =>
        service.open(actor, params.id, idempotencyKey),
    ),
    step(
      'ballot',
      ballotBody,
      'Cast my secret ballot',
      'Bỏ phiếu kín.',
      COUNCIL,
      (service, { actor, params, body, idempotencyKey }) =>
        service.vote(actor, params.id, body.choices, idempotencyKey),
      true,
    ),
    step(
      'written-votes',
      writtenVoteBody,
      'Record a written vote of an absent member',
      'Ghi nhận phiếu bằng văn bản của thành viên vắng mặt.',
      SECRETARIAT,
      (service, { actor, params, body, idempotencyKey }) =>
        service.writtenVote(actor, params.id, body, idempotencyKey),
      true,
    ),
    step(
      'close',
      emptyBody,
      "Close voting and tally (the round's chair)",
      'Chủ tịch Hội đồng của phiên họp kết thúc bỏ phiếu và kiểm phiếu.',
      CHAIR,
      (service, { actor, params, idempotencyKey }) =>
        service.close(actor, params.id, idempotencyKey),
    ),
    step(
      'tie-break',
      tieBreakBody,
      "The chair keeps exactly the places left among the nominees tied at a quota's last place",
      'Chủ tịch Hội đồng chọn đúng số suất còn lại trong số những người đồng hạng ở vị trí cuối của chỉ tiêu.',
      CHAIR,
      (service, { actor, params, body, idempotencyKey }) =>
        service.resolveTie(actor, params.id, body.keep, idempotencyKey),
    ),
  ],
});

/** Mounted at /api/council: the roster to pick a round's members from. */
export const councilRosterRoutes = routeGroup({
  mount: '/api/council',
  tag: 'Council rounds',
  signInAtMount: true,
  routes: [
    route({
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
      handle: ({ query }) => councilRoster(query),
    }),
  ],
});
