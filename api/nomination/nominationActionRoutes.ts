import type { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import type { LocalizedText } from '../../domain/ruleSets/text';
import {
  appraiseUpdate,
  cancelUpdate,
  externalOutcomeUpdate,
  objectionUpdate,
  rapporteurOpinionUpdate,
  withdrawUpdate,
} from '../../workflows/nomination/messages';
import { route, routeGroup, type RouteDefinition } from '../http/routeDefinition';
import type { NominationAction, NominationProcessService } from './nominationProcessService';
import {
  appraisalBody,
  externalOutcomeBody,
  objectionBody,
  rapporteurOpinionBody,
  reasonBody,
} from './nominationSchemas';

type ReasonInput = { code: string; message: { vi: string; en?: string }; item?: string };

/** A reason typed only in Vietnamese is shown in Vietnamese to English readers too. */
const withEnglish = (reasons: ReasonInput[] | undefined) =>
  reasons?.map((r) => ({
    ...r,
    message: { vi: r.message.vi, en: r.message.en ?? r.message.vi } as LocalizedText,
  }));

const SECRETARIAT: readonly Role[] = ['secretariat'];

interface ActionDefinition {
  update: NominationAction['update'];
  body: z.ZodType;
  /** How the body becomes the update's argument; the body itself when absent. */
  args?: (body: never) => object;
  callers: readonly Role[];
  summary: string;
  vi: string;
}

/** Path → update, request schema, how the body becomes its argument, who takes it and why. */
const ACTIONS: Record<string, ActionDefinition> = {
  appraisal: {
    update: appraiseUpdate as NominationAction['update'],
    body: appraisalBody,
    args: (b: z.infer<typeof appraisalBody>) => ({ ...b, reasons: withEnglish(b.reasons) }),
    callers: SECRETARIAT,
    summary: 'Appraise a submitted nomination: accept, return with reasons per item, or reject',
    vi: 'Thường trực Hội đồng thẩm định: chấp nhận, trả lại (nêu lý do từng mục) hoặc từ chối.',
  },
  objections: {
    update: objectionUpdate as NominationAction['update'],
    body: objectionBody,
    callers: SECRETARIAT,
    summary: 'Record an objection received during the public comment period',
    vi: 'Ghi nhận ý kiến phản ánh trong thời gian công khai lấy ý kiến.',
  },
  'rapporteur-opinion': {
    update: rapporteurOpinionUpdate as NominationAction['update'],
    body: rapporteurOpinionBody,
    callers: ['council_member', 'council_chair'],
    summary: "Record the rapporteur's opinion (support or oppose) before the council votes",
    vi: 'Ý kiến của thành viên Hội đồng được phân công thẩm định.',
  },
  withdraw: {
    update: withdrawUpdate as NominationAction['update'],
    body: reasonBody,
    callers: ['unit_officer', 'unit_head'],
    summary: 'Withdraw a submitted nomination (the unit that proposed it)',
    vi: 'Đơn vị rút hồ sơ đề nghị đã trình.',
  },
  cancel: {
    update: cancelUpdate as NominationAction['update'],
    body: reasonBody,
    callers: SECRETARIAT,
    summary: 'Cancel a nomination with a reason',
    vi: 'Huỷ hồ sơ đề nghị, nêu lý do.',
  },
  'external-outcome': {
    update: externalOutcomeUpdate as NominationAction['update'],
    body: externalOutcomeBody,
    callers: SECRETARIAT,
    summary:
      'Record the outcome decided by a higher authority (granted or refused): its decision number, date (not before the ministry’s submission, not in the future: 422 naming `decidedOn`) and issuer (the award’s own: 422 naming `issuer`), stored as `externalDecision`',
    vi: 'Ghi nhận kết quả do cấp trên quyết định (được khen thưởng hoặc không): số, ngày (không trước Tờ trình của Bộ, không sau hôm nay) và cấp quyết định của quyết định.',
  },
};

function actionRoute(
  name: string,
  action: ActionDefinition,
): RouteDefinition<NominationProcessService> {
  return route({
    method: 'post',
    path: `/:id/${name}`,
    summary: action.summary,
    descriptionVi: action.vi,
    callers: action.callers,
    body: action.body,
    success: { status: 200, description: "The nomination's status after the action" },
    errors: [409, 422],
    idempotent: true,
    handle: ({ actor, params, body, idempotencyKey }, process: NominationProcessService) =>
      process.act(actor, params.id, {
        name,
        update: action.update,
        args: action.args ? action.args(body as never) : (body as object),
        idempotencyKey,
      }),
  });
}

/** /api/nominations/:id/<action>: a person's action, sent to the nomination's workflow. */
export const nominationActionRoutes = routeGroup<NominationProcessService>({
  mount: '/api/nominations',
  tag: 'Nominations',
  signInAtMount: true,
  routes: Object.entries(ACTIONS).map(([name, action]) => actionRoute(name, action)),
});
