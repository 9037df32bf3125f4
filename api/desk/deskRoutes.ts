import type { Role } from '../../domain/process/roles';
import { route, routeGroup, type RouteDefinition } from '../http/routeDefinition';
import { validate } from '../http/validate';
import {
  DESK_ACTIONS,
  DESK_ACTION_BODIES,
  bulkBody,
  pipelineQuery,
  stalledQuery,
} from './deskSchemas';
import type { DeskActions } from './deskActions';
import type { DeskService } from './deskService';

const READERS: readonly Role[] = ['secretariat', 'inspector', 'admin'];
const SECRETARIAT: readonly Role[] = ['secretariat'];

const ACTION_SUMMARIES: Record<(typeof DESK_ACTIONS)[number], string> = {
  remind: 'Send a reminder to whoever holds the nomination',
  escalate:
    'Escalate a nomination to the holder’s superior, overdue or early (a note is required; the notice says which)',
  extend: 'Extend the deadline of the current stage',
  reassign: 'Reassign the nomination to another handler',
};

function deskAction(action: (typeof DESK_ACTIONS)[number]): RouteDefinition<DeskServices> {
  return route({
    method: 'post',
    path: `/nominations/:id/${action}`,
    summary: ACTION_SUMMARIES[action],
    descriptionVi: 'Bàn làm việc của Thường trực: một thao tác gửi tới quy trình của hồ sơ.',
    callers: SECRETARIAT,
    body: DESK_ACTION_BODIES[action],
    bodyOptional: true,
    success: { status: 200, description: 'The outcome of the action on the nomination' },
    errors: [409, 422],
    idempotent: true,
    handle: ({ actor, params, body, idempotencyKey }, { actions }: DeskServices) =>
      actions.act(actor, params.id, action, body, idempotencyKey),
  });
}

/** The desk's lists, and its actions. */
interface DeskServices {
  desk: DeskService;
  actions: DeskActions;
}

/**
 * The secretariat's desk (read-only for inspectors): open nominations by urgency, the
 * pipeline, and one-click or bulk reminders, escalations, extensions and reassignments, each
 * sent to the nomination's workflow.
 */
export const deskRoutes = routeGroup<DeskServices>({
  mount: '/api/desk',
  tag: 'Secretariat desk',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/stalled',
      summary: 'Open nominations by urgency (overdue first)',
      descriptionVi: 'Hồ sơ đang mở, xếp theo mức khẩn (quá hạn trước).',
      callers: READERS,
      query: stalledQuery,
      success: {
        status: 200,
        description:
          '`{ items, page, pageSize, total, totalIsLowerBound, next }`; each item names its nomination’s `number`. `next` (null on the last page) is the `after` of the next page, which begins after this one’s last row wherever rows moved meanwhile. `total` is exact for the whole list filtered by unit, year and stage at most, and for late ones without a year; otherwise it counts up to three pages from this one on, beyond which `totalIsLowerBound` is true and it means at least',
      },
      handle: ({ actor, query }, { desk }) => desk.stalled(actor, query),
    }),
    route({
      method: 'get',
      path: '/pipeline',
      summary: 'How many nominations wait at each stage',
      descriptionVi: 'Số hồ sơ ở từng giai đoạn.',
      callers: READERS,
      query: pipelineQuery,
      success: {
        status: 200,
        description:
          '`{ byStage, closed, byUnit, medianWorkingDays, trend, sample }`: open nominations per stage and per unit, the closed ones by outcome (`awarded`, `notAwarded`, `revoked`), and per week (Monday, `weekOf`) those received (by receipt date), approved and closed otherwise (by the week of the step that closed them). Counted by each step in a small summary document per unit, so it reads no nomination.',
      },
      handle: ({ actor, query }, { desk }) => desk.pipeline(actor, query),
    }),
    route({
      method: 'get',
      path: '/units',
      summary: 'Open nominations per unit',
      descriptionVi: 'Hồ sơ đang mở theo đơn vị.',
      callers: READERS,
      success: { status: 200, description: 'Counts per unit' },
      handle: ({ actor }, { desk }) => desk.units(actor),
    }),
    ...DESK_ACTIONS.map(deskAction),
    route({
      method: 'post',
      path: '/bulk',
      summary: 'One desk action on many nominations at once',
      descriptionVi: 'Thực hiện một thao tác cho nhiều hồ sơ cùng lúc.',
      callers: SECRETARIAT,
      body: bulkBody,
      success: { status: 200, description: 'The outcome for each nomination' },
      errors: [422],
      idempotent: true,
      handle: ({ actor, body, idempotencyKey }, { actions }) => {
        // Each action's parameters have their own schema: checked once the action is known.
        const params = validate(DESK_ACTION_BODIES[body.action], body.params);
        return actions.bulk(actor, body.action, body.nominationIds, params, idempotencyKey);
      },
    }),
  ],
});
