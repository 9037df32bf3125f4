import { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { checksShownTo } from '../eligibility/reasonVisibility';
import { route, routeGroup } from '../http/routeDefinition';
import { textField } from '../http/textField';
import type { NominationProcessService } from './nominationProcessService';
import type { NominationService } from './nominationService';
import {
  editNominationBody,
  listNominationsQuery,
  nominationContentBody,
} from './nominationSchemas';

const resubmitBody = z.strictObject({ note: textField(2000).optional() });

const UNIT: readonly Role[] = ['unit_officer', 'unit_head'];

/** /api/nominations: drafts, their edits, and submission. */
export const nominationRoutes = routeGroup<{
  nominations: NominationService;
  process: NominationProcessService;
}>({
  mount: '/api/nominations',
  tag: 'Nominations',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/',
      summary: 'List nominations visible to the caller (paginated), or find them by number',
      descriptionVi:
        'Danh sách hồ sơ đề nghị; đơn vị chỉ thấy hồ sơ của mình. Tìm theo số hồ sơ: `number=VCSDT-2025-0012` (cả hồ sơ) hoặc `VCSDT-2025-0012/2` (một trường hợp).',
      callers: 'signed-in',
      query: listNominationsQuery,
      success: {
        status: 200,
        description:
          '`{ items, page, pageSize, total, totalIsLowerBound }`; each item carries `number` (e.g. `VCSDT-2025-0012/2`) once submitted. `total` counts up to three pages from this one on; beyond, `totalIsLowerBound` is true and it means at least. With `number`, the nominations that number names, in their dossier’s order',
      },
      handle: ({ actor, query }, { nominations }) => nominations.list(actor, query),
    }),
    route({
      method: 'post',
      path: '/',
      summary:
        "Draft a nomination (kept in the database only until submitted). `nominee.personId` / `collectiveId` must name one of the unit's people (or someone in the unit during `year`) or collectives: else 422 NOMINEE_OUTSIDE_UNIT, the same answer as for a code that names nothing. `reviewOccasion` (`annual`, `emulation_congress`, `ad_hoc`; null clears it on PATCH) is the review the proposal comes from: the appraisal judges Hero titles with it",
      descriptionVi:
        'Lập hồ sơ đề nghị khen thưởng (bản nháp). Mã cán bộ, mã tập thể phải thuộc đơn vị mình (hoặc người công tác tại đơn vị trong năm xét); nếu không: 422 NOMINEE_OUTSIDE_UNIT. `reviewOccasion`: dịp xét (tổng kết năm, Đại hội thi đua yêu nước, đột xuất), căn cứ để thẩm định danh hiệu Anh hùng.',
      callers: UNIT,
      body: nominationContentBody,
      success: { status: 201, description: 'The drafted nomination' },
      errors: [422],
      idempotent: true,
      handle: ({ actor, body, idempotencyKey }, { nominations }) =>
        nominations.createDraft(actor, body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/:id',
      summary:
        'A nomination with its stage, the document the minister signed (`decision`: a decision, or a submission upward), the higher authority’s decision (`externalDecision`) and timeline',
      descriptionVi: 'Chi tiết hồ sơ: số hồ sơ, giai đoạn, quyết định, lịch sử xử lý.',
      callers: 'signed-in',
      success: {
        status: 200,
        description:
          'The nomination; `number`: `<unit>-<year>-<NNNN>/<place>`, its dossier’s number and its place in the dossier’s list, from submission on (a draft has none). Unit staff see hold and discipline reasons of `checks` without their facts (kind, dates, level, decision). In public comment, `dueOn` is the period’s last day and `publicCommentPostingDay` how it was counted (`posting_day_not_counted` or `posting_day_counted`, as the rule set configures)',
      },
      handle: async ({ actor, params }, { nominations }) =>
        checksShownTo(actor, await nominations.get(actor, params.id)),
    }),
    route({
      method: 'patch',
      path: '/:id',
      summary:
        'Edit a draft or returned nomination (the nominee link is checked as on drafting: 422 NOMINEE_OUTSIDE_UNIT)',
      descriptionVi:
        'Sửa hồ sơ nháp hoặc hồ sơ bị trả lại; mã cán bộ, mã tập thể được kiểm tra như khi lập.',
      callers: UNIT,
      body: editNominationBody,
      success: { status: 200, description: 'The edited nomination' },
      errors: [409, 422],
      handle: async ({ actor, params, body }, { process }) =>
        checksShownTo(actor, await process.edit(actor, params.id, body)),
    }),
    route({
      method: 'get',
      path: '/:id/changes',
      summary: "A nomination's content changes, revision by revision",
      descriptionVi: 'Các lần sửa nội dung hồ sơ.',
      callers: 'signed-in',
      success: { status: 200, description: 'The list of changes' },
      handle: ({ actor, params }, { nominations }) => nominations.changes(actor, params.id),
    }),
    route({
      method: 'post',
      path: '/:id/submit',
      summary: "Submit one nomination (a dossier of one); starts the nomination's workflow",
      descriptionVi: 'Thủ trưởng đơn vị trình hồ sơ; quy trình nomination-<id> bắt đầu.',
      callers: ['unit_head'],
      bodyOptional: true,
      success: {
        status: 202,
        description:
          '`{ dossierId, dossierNumber, nominationId, number, workflowId }` the submission as accepted; answered once the workflow has recorded it (at most 5 s later), so the dossier reads as submitted',
      },
      errors: [409, 422],
      idempotent: true,
      // A dossier of one: the common case of submitting a single nomination.
      handle: async ({ actor, params, idempotencyKey }, { process }) => {
        const result = await process.submitDossier(
          actor,
          [params.id],
          'Tờ trình đề nghị khen thưởng',
          idempotencyKey,
        );
        const { dossierId, dossierNumber } = result;
        return { dossierId, dossierNumber, ...result.nominations[0] };
      },
    }),
    route({
      method: 'post',
      path: '/:id/resubmit',
      summary: 'Resubmit a nomination returned for completion',
      descriptionVi: 'Trình lại hồ sơ đã bổ sung theo yêu cầu.',
      callers: ['unit_head'],
      body: resubmitBody,
      bodyOptional: true,
      success: { status: 200, description: "The nomination's status" },
      errors: [409, 422],
      idempotent: true,
      handle: ({ actor, params, body, idempotencyKey }, { process }) =>
        process.resubmit(actor, params.id, body.note, idempotencyKey),
    }),
  ],
});
