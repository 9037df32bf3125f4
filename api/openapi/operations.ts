import { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { CSV_TYPE, XLSX_TYPE } from '../../data/history/import/spreadsheetFiles';
import {
  councilSeatBody,
  createBlocBody,
  createUnitBody,
  createUserBody,
  idParam,
  leaveCouncilBody,
  listActionsQuery,
  listUsersQuery,
  reasonBody as adminReasonBody,
  renameBlocBody,
  resetPasswordBody,
  updateUnitBody,
  updateUserBody,
  usernameField,
} from '../admin/adminSchemas';
import { AUDIT_READERS, AUDIT_VERIFIERS, listAuditQuery } from '../audit/auditRoutes';
import {
  TIMELINE_EXPORTERS,
  exportQuery as timelineExportQuery,
  idSchema as nominationIdParam,
} from '../audit/timelineRoutes';
import { changePasswordBody, loginBody } from '../auth/authRoutes';
import { overrideBody, scheduleBody, yearParam } from '../configuration/configurationRoutes';
import {
  addNominationsBody,
  attendanceBody,
  ballotBody,
  createRoundBody,
  emptyBody,
  idSchema as councilIdParam,
  listRoundsQuery,
  recuseBody,
  tieBreakBody,
  writtenVoteBody,
} from '../council/councilSchemas';
import { ROSTER_READERS, rosterQuery } from '../council/councilRoster';
import {
  draftDecisionBody,
  listDecisionsQuery,
  listPublicDecisionsQuery,
  ruleDecisionBody,
} from '../decisions/decisionSchemas';
import { grantDelegationBody, listDelegationsQuery } from '../delegations/delegationSchemas';
import {
  DESK_ACTIONS,
  DESK_ACTION_BODIES,
  bulkBody,
  pipelineQuery,
  stalledQuery,
} from '../desk/deskSchemas';
import { eligibilityQuery } from '../eligibility/eligibilityService';
import { EXPORT_ROLES, IMPORT_ROLES } from '../history/historyAccess';
import { exportQuery as historyExportQuery, importQuery } from '../history/historyRoutes';
import { submitDossierBody } from '../nominations/dossierRoutes';
import { ACTIONS as NOMINATION_ACTIONS } from '../nominations/nominationActionRoutes';
import { resubmitBody } from '../nominations/nominationRoutes';
import {
  editNominationBody,
  listNominationsQuery,
  nominationContentBody,
} from '../nominations/nominationSchemas';
import { inboxQuery, notificationIdParam } from '../notifications/inboxSchemas';
import { PEOPLE_SEARCHERS, peopleSearchQuery } from '../people/peopleSearch';
import {
  listQuery as listRegistrationsQuery,
  registerBody,
  scoreBody,
  statusQuery,
  templateBody,
  yearField as registrationYear,
} from '../registrations/registrationSchemas';
import {
  listRevocationsQuery,
  requestRevocationBody,
  ruleRevocationBody,
} from '../revocations/revocationSchemas';
import {
  breakdownQuery,
  format as statisticsFormat,
  yearField as statisticsYear,
} from '../statistics/statisticsRoutes';
import type { Operation } from './operationTypes';

const UNIT: readonly Role[] = ['unit_officer', 'unit_head'];
const SECRETARIAT: readonly Role[] = ['secretariat'];
const ADMIN: readonly Role[] = ['admin'];
const ADMIN_READERS: readonly Role[] = ['admin', 'inspector'];
const DESK_READERS: readonly Role[] = ['secretariat', 'inspector', 'admin'];
const COUNCIL: readonly Role[] = ['council_member', 'council_chair'];
/** The round's own chair: the workflow refuses anyone else (even another chair). */
const CHAIR: readonly Role[] = ['council_chair'];
const LEADERS: readonly Role[] = ['minister', 'deputy_minister'];

const PDF = 'application/pdf';
const TABLE_FILES = [XLSX_TYPE, `${CSV_TYPE}; charset=utf-8`] as const;

/** Per nomination action: who takes it, and what it means. */
const NOMINATION_ACTION_DOCS: Record<
  string,
  { callers: readonly Role[]; summary: string; vi: string }
> = {
  appraisal: {
    callers: SECRETARIAT,
    summary: 'Appraise a submitted nomination: accept, return with reasons per item, or reject',
    vi: 'Thường trực Hội đồng thẩm định: chấp nhận, trả lại (nêu lý do từng mục) hoặc từ chối.',
  },
  objections: {
    callers: SECRETARIAT,
    summary: 'Record an objection received during the public comment period',
    vi: 'Ghi nhận ý kiến phản ánh trong thời gian công khai lấy ý kiến.',
  },
  'rapporteur-opinion': {
    callers: COUNCIL,
    summary: "Record the rapporteur's opinion (support or oppose) before the council votes",
    vi: 'Ý kiến của thành viên Hội đồng được phân công thẩm định.',
  },
  withdraw: {
    callers: UNIT,
    summary: 'Withdraw a submitted nomination (the unit that proposed it)',
    vi: 'Đơn vị rút hồ sơ đề nghị đã trình.',
  },
  cancel: {
    callers: SECRETARIAT,
    summary: 'Cancel a nomination with a reason',
    vi: 'Huỷ hồ sơ đề nghị, nêu lý do.',
  },
  'external-outcome': {
    callers: SECRETARIAT,
    summary:
      'Record the outcome decided by a higher authority (granted or refused): its decision number, date (not before the ministry’s submission, not in the future: 422 naming `decidedOn`) and issuer (the award’s own: 422 naming `issuer`), stored as `externalDecision`',
    vi: 'Ghi nhận kết quả do cấp trên quyết định (được khen thưởng hoặc không): số, ngày (không trước Tờ trình của Bộ, không sau hôm nay) và cấp quyết định của quyết định.',
  },
};

const DESK_ACTION_SUMMARIES: Record<(typeof DESK_ACTIONS)[number], string> = {
  remind: 'Send a reminder to whoever holds the nomination',
  escalate:
    'Escalate a nomination to the holder’s superior, overdue or early (a note is required; the notice says which)',
  extend: 'Extend the deadline of the current stage',
  reassign: 'Reassign the nomination to another handler',
};

const nominationActions: Operation[] = Object.entries(NOMINATION_ACTIONS).map(
  ([action, { body }]) => {
    const docs = NOMINATION_ACTION_DOCS[action];
    if (!docs) throw new Error(`OpenAPI: nomination action "${action}" is not described`);
    return {
      method: 'post',
      path: `/api/nominations/{id}/${action}`,
      tag: 'Nominations',
      summary: docs.summary,
      descriptionVi: docs.vi,
      callers: docs.callers,
      body,
      success: { status: 200, description: "The nomination's status after the action" },
      errors: [409, 422],
      idempotent: true,
    };
  },
);

const deskActions: Operation[] = DESK_ACTIONS.map((action) => ({
  method: 'post',
  path: `/api/desk/nominations/{id}/${action}`,
  tag: 'Secretariat desk',
  summary: DESK_ACTION_SUMMARIES[action],
  descriptionVi: 'Bàn làm việc của Thường trực: một thao tác gửi tới quy trình của hồ sơ.',
  callers: SECRETARIAT,
  body: DESK_ACTION_BODIES[action],
  bodyOptional: true,
  success: { status: 200, description: 'The outcome of the action on the nomination' },
  errors: [409, 422],
  idempotent: true,
}));

const scoreSheets: Operation[] = (['self', 'council'] as const).map((side) => ({
  method: 'put',
  path: `/api/registrations/score-sheets/{year}/{unitId}/${side}`,
  tag: 'Registrations',
  summary:
    side === 'self'
      ? "The unit head's self-assessment score sheet for the year"
      : "The council's score sheet for a unit in the year",
  descriptionVi: side === 'self' ? 'Bảng tự chấm điểm của đơn vị.' : 'Bảng chấm điểm của Hội đồng.',
  callers: side === 'self' ? ['unit_head'] : SECRETARIAT,
  params: { year: registrationYear },
  body: scoreBody,
  success: { status: 200, description: 'The stored score sheet' },
  errors: [422],
}));

/** Every route of the API. `test/integration/openapi.test.ts` proves it matches the app. */
export const OPERATIONS: readonly Operation[] = [
  // System
  {
    method: 'get',
    path: '/api/health',
    tag: 'System',
    summary: 'Liveness check: the process answers (a balancer restarts it when it does not)',
    descriptionVi: 'Kiểm tra dịch vụ còn chạy.',
    callers: 'public',
    success: { status: 200, description: '`{ "status": "ok" }`' },
  },
  {
    method: 'get',
    path: '/api/health/ready',
    tag: 'System',
    summary:
      'Readiness check: the database, the Temporal frontend and a worker polling the task queue (each check bounded by 2 s; a worker counts when Temporal saw its poll in the last 75 s). 503 `NOT_READY` names the first dependency down; `checks` gives each with `ok`, `ms` and `error`',
    descriptionVi:
      'Kiểm tra dịch vụ sẵn sàng phục vụ: cơ sở dữ liệu, máy chủ quy trình Temporal và tiến trình xử lý (worker).',
    callers: 'public',
    success: {
      status: 200,
      description: '`{ "status": "ready", "checks": { "database": { "ok": true, "ms": 3 }, … } }`',
    },
    errors: [503],
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'System',
    summary:
      "Prometheus metrics of this API process: `tdkt_http_request_duration_seconds` (by method, route template and status), `tdkt_http_requests_in_flight`, `tdkt_http_refusals_total` (by status and error code), `tdkt_http_rate_limit_hits_total` (by route), the nominations' gauges (`tdkt_nominations_open` by stage and holder role, `tdkt_nominations_overdue` and `tdkt_nominations_oldest_wait_seconds` by stage, read at most once a minute) and Node's own `process_*` / `nodejs_*`",
    descriptionVi:
      'Số liệu vận hành theo định dạng Prometheus: lưu lượng HTTP, lỗi theo mã, số hồ sơ đang mở theo bước và người đang giữ, quá hạn, thời gian chờ lâu nhất.',
    callers: 'public',
    success: {
      status: 200,
      description: 'Prometheus text exposition format',
      files: ['text/plain; version=0.0.4; charset=utf-8'],
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'System',
    summary: 'This OpenAPI 3.1 document',
    descriptionVi: 'Tài liệu OpenAPI của API.',
    callers: 'public',
    success: { status: 200, description: 'The OpenAPI document' },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'System',
    summary: 'Readable API documentation (HTML)',
    descriptionVi: 'Trang tài liệu API.',
    callers: 'public',
    success: { status: 200, description: 'An HTML page', files: ['text/html; charset=utf-8'] },
  },

  // Sign-in
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'Sign-in',
    summary:
      'Sign in: httpOnly cookies for browsers, or with `tokenType: "bearer"` a token in the body and no cookie',
    descriptionVi:
      'Đăng nhập. Không khoá tài khoản: sau nhiều lần sai, các lần thử tiếp theo từ cùng địa chỉ bị chậm dần và được trả lời như sai mật khẩu; chủ tài khoản được báo.',
    callers: 'public',
    body: loginBody,
    success: {
      status: 200,
      description:
        '`{ csrfToken, expiresAt, user, mustChangePassword }` and the session cookies, or with `tokenType: "bearer"` `{ token, expiresAt, user, mustChangePassword }` and no cookie; with `mustChangePassword` (an administrator set the password) every other route answers 403 `PASSWORD_CHANGE_REQUIRED` until `POST /api/auth/password`',
    },
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'Sign-in',
    summary: 'Sign out of this session',
    descriptionVi: 'Đăng xuất phiên hiện tại.',
    callers: 'signed-in',
    bodyOptional: true,
    success: { status: 204, description: 'Signed out; cookies cleared' },
  },
  {
    method: 'post',
    path: '/api/auth/logout-everywhere',
    tag: 'Sign-in',
    summary: 'End every session of the signed-in user, this one included',
    descriptionVi: 'Đăng xuất khỏi mọi thiết bị.',
    callers: 'signed-in',
    bodyOptional: true,
    success: { status: 204, description: 'Every session ended; cookies cleared' },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'Sign-in',
    summary: 'Who am I',
    descriptionVi: 'Người dùng đang đăng nhập.',
    callers: 'signed-in',
    success: {
      status: 200,
      description: '`{ user: { userId, name, role, unitId }, mustChangePassword }`',
    },
  },
  {
    method: 'post',
    path: '/api/auth/password',
    tag: 'Sign-in',
    summary:
      'Change my password (every other session ends); ends the change an administrator’s password requires',
    descriptionVi:
      'Đổi mật khẩu; các phiên khác kết thúc. Bắt buộc trước mọi việc khác khi quản trị viên đã đặt mật khẩu.',
    callers: 'signed-in',
    body: changePasswordBody,
    success: { status: 200, description: '`{ passwordChangedAt }`' },
    errors: [422],
  },

  // Nominations
  {
    method: 'get',
    path: '/api/nominations',
    tag: 'Nominations',
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
  },
  {
    method: 'post',
    path: '/api/nominations',
    tag: 'Nominations',
    summary:
      "Draft a nomination (kept in the database only until submitted). `nominee.personId` / `collectiveId` must name one of the unit's people (or someone in the unit during `year`) or collectives: else 422 NOMINEE_OUTSIDE_UNIT, the same answer as for a code that names nothing. `reviewOccasion` (`annual`, `emulation_congress`, `ad_hoc`; null clears it on PATCH) is the review the proposal comes from: the appraisal judges Hero titles with it",
    descriptionVi:
      'Lập hồ sơ đề nghị khen thưởng (bản nháp). Mã cán bộ, mã tập thể phải thuộc đơn vị mình (hoặc người công tác tại đơn vị trong năm xét); nếu không: 422 NOMINEE_OUTSIDE_UNIT. `reviewOccasion`: dịp xét (tổng kết năm, Đại hội thi đua yêu nước, đột xuất), căn cứ để thẩm định danh hiệu Anh hùng.',
    callers: UNIT,
    body: nominationContentBody,
    success: { status: 201, description: 'The drafted nomination' },
    errors: [422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/api/nominations/{id}',
    tag: 'Nominations',
    summary:
      'A nomination with its stage, the document the minister signed (`decision`: a decision, or a submission upward), the higher authority’s decision (`externalDecision`) and timeline',
    descriptionVi: 'Chi tiết hồ sơ: số hồ sơ, giai đoạn, quyết định, lịch sử xử lý.',
    callers: 'signed-in',
    success: {
      status: 200,
      description:
        'The nomination; `number`: `<unit>-<year>-<NNNN>/<place>`, its dossier’s number and its place in the dossier’s list, from submission on (a draft has none). Unit staff see hold and discipline reasons of `checks` without their facts (kind, dates, level, decision). In public comment, `dueOn` is the period’s last day and `publicCommentPostingDay` how it was counted (`posting_day_not_counted` or `posting_day_counted`, as the rule set configures)',
    },
  },
  {
    method: 'patch',
    path: '/api/nominations/{id}',
    tag: 'Nominations',
    summary:
      'Edit a draft or returned nomination (the nominee link is checked as on drafting: 422 NOMINEE_OUTSIDE_UNIT)',
    descriptionVi:
      'Sửa hồ sơ nháp hoặc hồ sơ bị trả lại; mã cán bộ, mã tập thể được kiểm tra như khi lập.',
    callers: UNIT,
    body: editNominationBody,
    success: { status: 200, description: 'The edited nomination' },
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/api/nominations/{id}/changes',
    tag: 'Nominations',
    summary: "A nomination's content changes, revision by revision",
    descriptionVi: 'Các lần sửa nội dung hồ sơ.',
    callers: 'signed-in',
    success: { status: 200, description: 'The list of changes' },
  },
  {
    method: 'post',
    path: '/api/nominations/{id}/submit',
    tag: 'Nominations',
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
  },
  {
    method: 'post',
    path: '/api/nominations/{id}/resubmit',
    tag: 'Nominations',
    summary: 'Resubmit a nomination returned for completion',
    descriptionVi: 'Trình lại hồ sơ đã bổ sung theo yêu cầu.',
    callers: ['unit_head'],
    body: resubmitBody,
    bodyOptional: true,
    success: { status: 200, description: "The nomination's status" },
    errors: [409, 422],
    idempotent: true,
  },
  ...nominationActions,
  {
    method: 'get',
    path: '/api/nominations/{id}/timeline/export',
    tag: 'Nominations',
    summary: "Export a nomination's merged timeline and audit entries (CSV or JSON)",
    descriptionVi: 'Xuất toàn bộ lịch sử xử lý hồ sơ để thanh tra.',
    callers: TIMELINE_EXPORTERS,
    params: { id: nominationIdParam },
    query: timelineExportQuery,
    success: {
      status: 200,
      description: 'The timeline',
      files: ['application/json', 'text/csv; charset=utf-8'],
    },
  },
  {
    method: 'get',
    path: '/api/nominations/{id}/certificate.pdf',
    tag: 'Documents',
    summary: 'The certificate of an awarded nomination (PDF)',
    descriptionVi: 'Bằng khen/Giấy khen (PDF).',
    callers: 'signed-in',
    success: { status: 200, description: 'A PDF file', files: [PDF] },
    errors: [409],
  },

  // Dossiers
  {
    method: 'post',
    path: '/api/dossiers',
    tag: 'Dossiers',
    summary: 'Submit several nominations at once under one submission letter',
    descriptionVi: 'Trình một tờ trình kèm danh sách nhiều hồ sơ.',
    callers: ['unit_head'],
    body: submitDossierBody,
    success: {
      status: 202,
      description:
        '`{ dossierId, dossierNumber, nominations: [{ nominationId, number, workflowId }] }`: the dossier gets the next number of its unit and year (`VCSDT-2025-0012`, never reused; a repeated submission keeps it), each nominee its place in the list (`VCSDT-2025-0012/2`); answered once the workflows have recorded them (at most 5 s later)',
    },
    errors: [409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/api/dossiers/{id}',
    tag: 'Dossiers',
    summary: 'A dossier with its nominations',
    descriptionVi: 'Tờ trình và danh sách hồ sơ, kèm số hồ sơ.',
    callers: 'signed-in',
    success: {
      status: 200,
      description: 'The dossier with its `number` and its `nominations`, each with its `number`',
    },
  },
  {
    method: 'get',
    path: '/api/dossiers/{id}/submission-letter.pdf',
    tag: 'Documents',
    summary: 'The submission letter of a dossier (PDF)',
    descriptionVi: 'Tờ trình đề nghị khen thưởng (PDF).',
    callers: 'signed-in',
    success: { status: 200, description: 'A PDF file', files: [PDF] },
  },

  // Decisions
  {
    method: 'get',
    path: '/api/decisions',
    tag: 'Decisions',
    summary: 'List award decisions (paginated)',
    descriptionVi: 'Danh sách quyết định khen thưởng.',
    callers: 'signed-in',
    query: listDecisionsQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total }`' },
  },
  {
    method: 'post',
    path: '/api/decisions',
    tag: 'Decisions',
    summary: 'Draft an award decision for accepted nominations',
    descriptionVi: 'Thường trực dự thảo quyết định khen thưởng.',
    callers: SECRETARIAT,
    body: draftDecisionBody,
    success: { status: 201, description: '`{ decision, ... }` the drafted decision' },
    errors: [409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/api/decisions/{id}',
    tag: 'Decisions',
    summary: 'An award decision, with the council round tally of each nominee in its annex',
    descriptionVi:
      'Chi tiết quyết định khen thưởng, kèm kết quả bỏ phiếu của Hội đồng cho từng người trong danh sách.',
    callers: 'signed-in',
    success: {
      status: 200,
      description:
        'The decision; `councilResults`: per nominee voted on in a closed round, `{ nominationId, roundId, roundTitle, ballot, counts, percent, passed, outcome, explanation }` (a council member sees only rounds they sat on)',
    },
  },
  {
    method: 'post',
    path: '/api/decisions/{id}/ruling',
    tag: 'Decisions',
    summary: 'Sign (approve all or some) or refuse a drafted decision; a number is issued',
    descriptionVi: 'Bộ trưởng (hoặc Thứ trưởng được uỷ quyền) ký hoặc không ký quyết định.',
    callers: LEADERS,
    body: ruleDecisionBody,
    success: { status: 200, description: 'The decision after the ruling' },
    errors: [409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/api/decisions/{id}/decision.pdf',
    tag: 'Documents',
    summary: 'The award decision (PDF)',
    descriptionVi: 'Quyết định khen thưởng (PDF).',
    callers: 'signed-in',
    success: { status: 200, description: 'A PDF file', files: [PDF] },
  },
  {
    method: 'get',
    path: '/api/decisions/{id}/annex.xlsx',
    tag: 'Documents',
    summary: "The decision's annex: the list of those awarded (XLSX)",
    descriptionVi: 'Danh sách kèm theo quyết định (Excel).',
    callers: 'signed-in',
    success: { status: 200, description: 'An XLSX file', files: [XLSX_TYPE] },
  },

  // Public register
  {
    method: 'get',
    path: '/api/public/decisions',
    tag: 'Public register',
    summary: 'Published award decisions, without sign-in (paginated)',
    descriptionVi: 'Công khai các quyết định đã ban hành.',
    callers: 'public',
    query: listPublicDecisionsQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total }`' },
  },
  {
    method: 'get',
    path: '/api/public/decisions/{id}',
    tag: 'Public register',
    summary: 'A published award decision',
    descriptionVi: 'Quyết định đã ban hành.',
    callers: 'public',
    success: { status: 200, description: 'The decision' },
  },
  {
    method: 'get',
    path: '/api/public/decisions/{id}/decision.pdf',
    tag: 'Public register',
    summary: 'A published award decision (PDF)',
    descriptionVi: 'Quyết định đã ban hành (PDF).',
    callers: 'public',
    success: { status: 200, description: 'A PDF file', files: [PDF] },
  },
  {
    method: 'get',
    path: '/api/public/decisions/{id}/annex.xlsx',
    tag: 'Public register',
    summary: "A published decision's annex (XLSX)",
    descriptionVi: 'Danh sách kèm theo quyết định đã ban hành (Excel).',
    callers: 'public',
    success: { status: 200, description: 'An XLSX file', files: [XLSX_TYPE] },
  },

  // Council rounds
  {
    method: 'get',
    path: '/api/council-rounds',
    tag: 'Council rounds',
    summary: 'List council rounds (paginated)',
    descriptionVi: 'Danh sách phiên họp Hội đồng.',
    callers: 'signed-in',
    query: listRoundsQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total }`' },
  },
  {
    method: 'get',
    path: '/api/council/members',
    tag: 'Council rounds',
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
  },
  {
    method: 'post',
    path: '/api/council-rounds',
    tag: 'Council rounds',
    summary: 'Create a council round',
    descriptionVi: 'Tạo phiên họp Hội đồng.',
    callers: SECRETARIAT,
    body: createRoundBody,
    success: { status: 201, description: 'The round' },
    errors: [409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/api/council-rounds/{id}',
    tag: 'Council rounds',
    summary: 'A council round (secret ballots never show who voted what)',
    descriptionVi: 'Chi tiết phiên họp; phiếu kín không lộ người bỏ phiếu.',
    callers: 'signed-in',
    params: { id: councilIdParam },
    success: { status: 200, description: 'The round' },
  },
  {
    method: 'get',
    path: '/api/council-rounds/{id}/minutes',
    tag: 'Council rounds',
    summary: 'The minutes of a closed round',
    descriptionVi: 'Biên bản họp Hội đồng.',
    callers: 'signed-in',
    params: { id: councilIdParam },
    success: { status: 200, description: 'The minutes' },
    errors: [409],
  },
  {
    method: 'get',
    path: '/api/council-rounds/{id}/minutes.pdf',
    tag: 'Documents',
    summary: 'The minutes of a closed council round (PDF)',
    descriptionVi: 'Biên bản họp Hội đồng (PDF).',
    callers: 'signed-in',
    success: { status: 200, description: 'A PDF file', files: [PDF] },
  },
  ...(
    [
      [
        'nominations',
        addNominationsBody,
        'Add nominations to the round',
        'Đưa hồ sơ vào phiên họp.',
        SECRETARIAT,
      ],
      [
        'attendance',
        attendanceBody,
        "Record who attends (the round's chair)",
        'Chủ tịch Hội đồng của phiên họp điểm danh thành viên dự họp.',
        CHAIR,
      ],
      [
        'recusals',
        recuseBody,
        'Recuse myself from voting on a nomination (a member of the round)',
        'Thành viên của phiên họp xin không tham gia biểu quyết một hồ sơ.',
        COUNCIL,
      ],
      [
        'open',
        emptyBody,
        "Open voting (the round's chair)",
        'Chủ tịch Hội đồng của phiên họp mở bỏ phiếu.',
        CHAIR,
      ],
      ['ballot', ballotBody, 'Cast my secret ballot', 'Bỏ phiếu kín.', COUNCIL],
      [
        'written-votes',
        writtenVoteBody,
        'Record a written vote of an absent member',
        'Ghi nhận phiếu bằng văn bản của thành viên vắng mặt.',
        SECRETARIAT,
      ],
      [
        'close',
        emptyBody,
        "Close voting and tally (the round's chair)",
        'Chủ tịch Hội đồng của phiên họp kết thúc bỏ phiếu và kiểm phiếu.',
        CHAIR,
      ],
      [
        'tie-break',
        tieBreakBody,
        "The chair keeps exactly the places left among the nominees tied at a quota's last place",
        'Chủ tịch Hội đồng chọn đúng số suất còn lại trong số những người đồng hạng ở vị trí cuối của chỉ tiêu.',
        CHAIR,
      ],
    ] as const
  ).map(
    ([action, body, summary, vi, callers]): Operation => ({
      method: 'post',
      path: `/api/council-rounds/{id}/${action}`,
      tag: 'Council rounds',
      summary,
      descriptionVi: vi,
      callers,
      params: { id: councilIdParam },
      body,
      success: { status: 200, description: 'The round after the step' },
      errors: [409, 422],
      idempotent: true,
    }),
  ),

  // Delegations
  {
    method: 'get',
    path: '/api/delegations',
    tag: 'Delegations',
    summary: "List the minister's delegations of signing authority",
    descriptionVi: 'Danh sách uỷ quyền ký.',
    callers: 'signed-in',
    query: listDelegationsQuery,
    success: { status: 200, description: '`{ items, ... }`' },
  },
  {
    method: 'post',
    path: '/api/delegations',
    tag: 'Delegations',
    summary: 'Delegate signing authority to a deputy minister for a period',
    descriptionVi: 'Bộ trưởng uỷ quyền cho Thứ trưởng ký trong một thời hạn.',
    callers: ['minister'],
    body: grantDelegationBody,
    success: { status: 201, description: 'The delegation' },
    errors: [409, 422],
    idempotent: true,
  },
  {
    method: 'post',
    path: '/api/delegations/{id}/revoke',
    tag: 'Delegations',
    summary: 'Revoke a delegation',
    descriptionVi: 'Thu hồi uỷ quyền.',
    callers: ['minister'],
    bodyOptional: true,
    success: { status: 200, description: 'The revoked delegation' },
    errors: [409],
  },

  // Configuration
  {
    method: 'get',
    path: '/api/configuration/rule-sets',
    tag: 'Configuration',
    summary: 'The rule sets in force, with their configured values',
    descriptionVi: 'Các bộ quy tắc đang áp dụng.',
    callers: 'signed-in',
    success: { status: 200, description: '`{ items }`' },
  },
  {
    method: 'put',
    path: '/api/configuration/rule-sets/{id}',
    tag: 'Configuration',
    summary: 'Change configurable values of a rule set (kept as a revision)',
    descriptionVi: 'Thay đổi giá trị cấu hình của bộ quy tắc (lưu thành phiên bản).',
    callers: ADMIN,
    body: overrideBody,
    success: {
      status: 200,
      description:
        'The rule set with its new revision (`configRevision`) and `inForceFrom`: every check that starts from then on, in every API and worker process, uses it and records the revision',
    },
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/api/configuration/calendar/{year}',
    tag: 'Configuration',
    summary: 'The official working-day calendar of a year',
    descriptionVi: 'Lịch làm việc chính thức của năm (ngày nghỉ, ngày làm bù).',
    callers: 'signed-in',
    params: { year: yearParam },
    success: {
      status: 200,
      description:
        'Days off and swapped working days, the official schedule in force (entered or shipped) to edit, who entered it and when, and the calendar `revision` deadlines now use',
    },
  },
  {
    method: 'put',
    path: '/api/configuration/calendar/{year}',
    tag: 'Configuration',
    summary: 'Set the official calendar of a year',
    descriptionVi: 'Cập nhật lịch làm việc chính thức của năm.',
    callers: ADMIN,
    params: { year: yearParam },
    body: scheduleBody,
    success: {
      status: 200,
      description:
        'The new calendar `revision` and `inForceFrom`: every deadline planned from then on, in every API and worker process, counts on it and records the revision',
    },
    errors: [409, 422],
  },

  // Revocations
  {
    method: 'get',
    path: '/api/revocations',
    tag: 'Revocations',
    summary: 'List revocation requests (paginated)',
    descriptionVi: 'Danh sách đề nghị huỷ bỏ khen thưởng.',
    callers: 'signed-in',
    query: listRevocationsQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total }`' },
  },
  {
    method: 'post',
    path: '/api/revocations',
    tag: 'Revocations',
    summary: 'Request the revocation of an award',
    descriptionVi: 'Đề nghị huỷ bỏ quyết định khen thưởng.',
    callers: SECRETARIAT,
    body: requestRevocationBody,
    success: { status: 201, description: 'The revocation request' },
    errors: [409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/api/revocations/{id}',
    tag: 'Revocations',
    summary: 'A revocation request',
    descriptionVi: 'Chi tiết đề nghị huỷ bỏ.',
    callers: 'signed-in',
    success: { status: 200, description: 'The revocation request' },
  },
  {
    method: 'post',
    path: '/api/revocations/{id}/ruling',
    tag: 'Revocations',
    summary: 'Rule on a revocation request',
    descriptionVi: 'Quyết định huỷ bỏ hoặc giữ nguyên khen thưởng.',
    callers: LEADERS,
    body: ruleRevocationBody,
    success: { status: 200, description: 'The revocation after the ruling' },
    errors: [409, 422],
    idempotent: true,
  },

  // History
  {
    method: 'post',
    path: '/api/history/import',
    tag: 'History',
    summary:
      'Import past awards and disciplinary records from an XLSX or CSV file (all or nothing)',
    descriptionVi: 'Nhập dữ liệu khen thưởng, kỷ luật trước đây từ tệp Excel/CSV.',
    callers: IMPORT_ROLES,
    rawBody: [XLSX_TYPE, CSV_TYPE],
    query: importQuery,
    success: { status: 200, description: 'What was imported' },
    errors: [413, 415, 422],
  },
  {
    method: 'get',
    path: '/api/history/export',
    tag: 'History',
    summary: 'Export the stored history as XLSX or CSV',
    descriptionVi: 'Xuất dữ liệu lịch sử khen thưởng, kỷ luật.',
    callers: EXPORT_ROLES,
    query: historyExportQuery,
    success: { status: 200, description: 'The file', files: [XLSX_TYPE, CSV_TYPE] },
  },
  {
    method: 'get',
    path: '/api/history/template',
    tag: 'History',
    summary:
      'A blank import file: XLSX with every sheet (or `kind`), each header noting what it takes, or the CSV header of one kind; columns in docs/history-import.md',
    descriptionVi: 'Tệp mẫu để nhập lịch sử khen thưởng, kỷ luật (Excel hoặc CSV).',
    callers: 'signed-in',
    query: historyExportQuery,
    success: { status: 200, description: 'The template', files: [XLSX_TYPE, CSV_TYPE] },
  },

  // People
  {
    method: 'get',
    path: '/api/people',
    tag: 'People',
    summary:
      'Find people by name, marks optional ("Lo Van" finds "Lò Văn Púa"); unit staff their own unit only (paginated)',
    descriptionVi:
      'Tìm cán bộ theo tên (gõ có dấu hoặc không dấu); cán bộ đơn vị chỉ tìm trong đơn vị mình.',
    callers: PEOPLE_SEARCHERS,
    query: peopleSearchQuery,
    success: {
      status: 200,
      description: '`{ items: [{ id, fullName, unitId, position? }], page, pageSize, total }`',
    },
  },
  {
    method: 'get',
    path: '/api/people/{id}/eligibility',
    tag: 'People',
    summary: "A person's eligibility for an award in a year, rule by rule",
    descriptionVi: 'Điều kiện, tiêu chuẩn khen thưởng của một người, theo từng quy định.',
    callers: 'signed-in',
    query: eligibilityQuery,
    success: {
      status: 200,
      description:
        'The eligibility assessment, with `regime`: which rule set judged it (the one in force on `receivedOn`; the 2003 Law before 01/01/2024) and why, citing its basis; unit staff see hold and discipline reasons without their facts',
    },
    errors: [409, 422],
  },

  // Inbox
  {
    method: 'get',
    path: '/api/inbox',
    tag: 'Inbox',
    summary: "The caller's to-do list and notifications (paginated)",
    descriptionVi: 'Việc cần làm và thông báo của người dùng.',
    callers: 'signed-in',
    query: inboxQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total, ... }`' },
  },
  {
    method: 'post',
    path: '/api/inbox/read-all',
    tag: 'Inbox',
    summary: 'Mark every notification read',
    descriptionVi: 'Đánh dấu đã đọc tất cả.',
    callers: 'signed-in',
    bodyOptional: true,
    success: { status: 200, description: 'How many were marked' },
    idempotent: true,
  },
  {
    method: 'post',
    path: '/api/inbox/{id}/read',
    tag: 'Inbox',
    summary: 'Mark one notification read',
    descriptionVi: 'Đánh dấu đã đọc một thông báo.',
    callers: 'signed-in',
    params: { id: notificationIdParam },
    bodyOptional: true,
    success: { status: 200, description: 'The notification' },
    idempotent: true,
  },

  // Administration
  ...adminOperations(),

  // Audit
  {
    method: 'get',
    path: '/api/audit',
    tag: 'Audit',
    summary:
      'The audit log, filtered by nomination, actor or kind (`kind=security`: refused requests) (paginated)',
    descriptionVi:
      'Nhật ký kiểm tra, lọc theo hồ sơ, người thực hiện hoặc loại (`kind=security`: các yêu cầu bị từ chối).',
    callers: AUDIT_READERS,
    query: listAuditQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total }`' },
  },
  {
    method: 'get',
    path: '/api/audit/verify',
    tag: 'Audit',
    summary: "Verify the audit log's hash chain",
    descriptionVi:
      'Kiểm tra tính toàn vẹn của nhật ký (chuỗi HMAC có khoá, đối chiếu các điểm kiểm tra đã công bố).',
    callers: AUDIT_VERIFIERS,
    success: {
      status: 200,
      description:
        '`{ ok, entries, lastSeq, lastHash, keyedFrom?, checkpointSeq?, firstBrokenSeq?, reason?, explanation?, invalidCheckpointLines? }`: links checked with `AUDIT_HMAC_KEYS` from `keyedFrom` on, and the log against every checkpoint in `AUDIT_CHECKPOINT_FILE` (`reason` `truncated` when it ends before the last one)',
    },
  },

  // Secretariat desk
  {
    method: 'get',
    path: '/api/desk/stalled',
    tag: 'Secretariat desk',
    summary: 'Open nominations by urgency (overdue first)',
    descriptionVi: 'Hồ sơ đang mở, xếp theo mức khẩn (quá hạn trước).',
    callers: DESK_READERS,
    query: stalledQuery,
    success: {
      status: 200,
      description:
        '`{ items, page, pageSize, total, totalIsLowerBound, next }`; each item names its nomination’s `number`. `next` (null on the last page) is the `after` of the next page, which begins after this one’s last row wherever rows moved meanwhile. `total` counts up to three pages from this one on; beyond, `totalIsLowerBound` is true and it means at least',
    },
  },
  {
    method: 'get',
    path: '/api/desk/pipeline',
    tag: 'Secretariat desk',
    summary: 'How many nominations wait at each stage',
    descriptionVi: 'Số hồ sơ ở từng giai đoạn.',
    callers: DESK_READERS,
    query: pipelineQuery,
    success: {
      status: 200,
      description:
        '`{ byStage, closed, byUnit, medianWorkingDays, trend, sample }`: open nominations per stage and per unit, the closed ones by outcome (`awarded`, `notAwarded`, `revoked`), and per week (Monday, `weekOf`) those received (by receipt date), approved and closed otherwise (by the week of the step that closed them). Counted by each step in a small summary document per unit, so it reads no nomination.',
    },
  },
  {
    method: 'get',
    path: '/api/desk/units',
    tag: 'Secretariat desk',
    summary: 'Open nominations per unit',
    descriptionVi: 'Hồ sơ đang mở theo đơn vị.',
    callers: DESK_READERS,
    success: { status: 200, description: 'Counts per unit' },
  },
  ...deskActions,
  {
    method: 'post',
    path: '/api/desk/bulk',
    tag: 'Secretariat desk',
    summary: 'One desk action on many nominations at once',
    descriptionVi: 'Thực hiện một thao tác cho nhiều hồ sơ cùng lúc.',
    callers: SECRETARIAT,
    body: bulkBody,
    success: { status: 200, description: 'The outcome for each nomination' },
    errors: [422],
    idempotent: true,
  },

  // Statistics
  {
    method: 'get',
    path: '/api/statistics/breakdown',
    tag: 'Statistics',
    summary:
      "The year's awards broken down by dimension (JSON, XLSX or CSV); without `year`, the latest year with a submitted nomination (one read down the `{ year, stage }` index; this year when there is none)",
    descriptionVi:
      'Thống kê khen thưởng trong năm theo tiêu chí; không nêu năm: năm gần nhất có hồ sơ đã trình.',
    callers: 'signed-in',
    query: breakdownQuery,
    success: {
      status: 200,
      description: 'The tables; `year`: the year they are for (the one asked, or the latest)',
      files: ['application/json', ...TABLE_FILES],
    },
  },
  {
    method: 'get',
    path: '/api/statistics/annual-return',
    tag: 'Statistics',
    summary: 'The annual statistical return (form 0603.N)',
    descriptionVi: 'Biểu thống kê 0603.N.',
    callers: 'signed-in',
    // The route builds this very object from the same two fields.
    query: z.strictObject({ year: statisticsYear, format: statisticsFormat }),
    success: {
      status: 200,
      description: 'The return',
      files: ['application/json', ...TABLE_FILES],
    },
  },
  {
    method: 'get',
    path: '/api/statistics/decisions/{id}/annex',
    tag: 'Statistics',
    summary: "A decision's list of those awarded (JSON, XLSX or CSV)",
    descriptionVi: 'Danh sách khen thưởng kèm quyết định.',
    callers: 'signed-in',
    query: z.strictObject({ format: statisticsFormat }),
    success: { status: 200, description: 'The list', files: ['application/json', ...TABLE_FILES] },
  },

  // Registrations
  {
    method: 'post',
    path: '/api/registrations',
    tag: 'Registrations',
    summary: "Register for the year's emulation movement",
    descriptionVi: 'Đăng ký thi đua.',
    callers: UNIT,
    body: registerBody,
    success: { status: 201, description: 'The registration' },
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/api/registrations',
    tag: 'Registrations',
    summary: 'List registrations (paginated)',
    descriptionVi: 'Danh sách đăng ký thi đua.',
    callers: 'signed-in',
    query: listRegistrationsQuery,
    success: { status: 200, description: '`{ items, page, pageSize, total }`' },
  },
  {
    method: 'get',
    path: '/api/registrations/status',
    tag: 'Registrations',
    summary: 'Which units have registered in a year',
    descriptionVi: 'Tình hình đăng ký thi đua của các đơn vị.',
    callers: 'signed-in',
    query: statusQuery,
    success: { status: 200, description: 'Registration status per unit' },
  },
  {
    method: 'get',
    path: '/api/registrations/templates/{year}',
    tag: 'Registrations',
    summary: "The year's score-sheet template",
    descriptionVi: 'Mẫu bảng chấm điểm thi đua của năm.',
    callers: 'signed-in',
    params: { year: registrationYear },
    success: { status: 200, description: 'The template' },
  },
  {
    method: 'put',
    path: '/api/registrations/templates/{year}',
    tag: 'Registrations',
    summary: "Set the year's score-sheet template",
    descriptionVi: 'Ban hành mẫu bảng chấm điểm của năm.',
    callers: SECRETARIAT,
    params: { year: registrationYear },
    body: templateBody,
    success: { status: 200, description: 'The stored template' },
    errors: [422],
  },
  ...scoreSheets,
  {
    method: 'get',
    path: '/api/registrations/blocs/{blocId}/ranking',
    tag: 'Registrations',
    summary: "The ranking of an emulation bloc's units in a year",
    descriptionVi: 'Xếp hạng các đơn vị trong khối thi đua.',
    callers: 'signed-in',
    query: statusQuery.pick({ year: true }),
    success: { status: 200, description: 'The ranking' },
  },
];

function adminOperations(): Operation[] {
  const tag = 'Administration';
  const op = (o: Omit<Operation, 'tag' | 'callers'>): Operation => ({
    tag,
    callers: o.method === 'get' ? ADMIN_READERS : ADMIN,
    ...(o.method === 'get' ? {} : { idempotent: true }),
    ...o,
  });
  const user = { id: usernameField };
  const plain = { id: idParam };
  return [
    op({
      method: 'get',
      path: '/api/admin/users',
      summary: 'List users (paginated)',
      descriptionVi: 'Danh sách tài khoản.',
      query: listUsersQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
    }),
    op({
      method: 'post',
      path: '/api/admin/users',
      summary: 'Create a user',
      descriptionVi: 'Tạo tài khoản.',
      body: createUserBody,
      success: { status: 201, description: 'The user' },
      errors: [409, 422],
    }),
    op({
      method: 'get',
      path: '/api/admin/users/{id}',
      summary: 'A user',
      descriptionVi: 'Chi tiết tài khoản.',
      params: user,
      success: { status: 200, description: 'The user' },
    }),
    op({
      method: 'patch',
      path: '/api/admin/users/{id}',
      summary: "Change a user's name, role, unit or e-mail",
      descriptionVi: 'Sửa thông tin, vai trò, đơn vị của tài khoản.',
      params: user,
      body: updateUserBody,
      success: { status: 200, description: 'The user' },
      errors: [409, 422],
    }),
    ...(
      [
        ['deactivate', 'Deactivate a user (every session ends)', 'Khoá tài khoản.'],
        ['reactivate', 'Reactivate a user', 'Mở lại tài khoản.'],
        [
          'unlock',
          'Unlock a user locked after wrong passwords',
          'Mở khoá tài khoản bị khoá do nhập sai mật khẩu.',
        ],
      ] as const
    ).map(([action, summary, vi]) =>
      op({
        method: 'post',
        path: `/api/admin/users/{id}/${action}`,
        summary,
        descriptionVi: vi,
        params: user,
        body: adminReasonBody,
        success: { status: 200, description: 'The user' },
        errors: [409],
      }),
    ),
    op({
      method: 'post',
      path: '/api/admin/users/{id}/password',
      summary: "Reset a user's password",
      descriptionVi: 'Đặt lại mật khẩu.',
      params: user,
      body: resetPasswordBody,
      success: { status: 200, description: 'When the password was changed' },
      errors: [409, 422],
    }),
    op({
      method: 'get',
      path: '/api/admin/council',
      summary: 'The council: its chair and members',
      descriptionVi: 'Thành phần Hội đồng Thi đua – Khen thưởng.',
      success: { status: 200, description: '`{ chair, members }`' },
    }),
    op({
      method: 'put',
      path: '/api/admin/council/members/{id}',
      summary: 'Seat a user on the council (as member or chair)',
      descriptionVi: 'Bổ nhiệm thành viên / Chủ tịch Hội đồng.',
      params: user,
      body: councilSeatBody,
      success: { status: 200, description: 'The council' },
      errors: [409, 422],
    }),
    op({
      method: 'delete',
      path: '/api/admin/council/members/{id}',
      summary: 'Remove a user from the council, giving their new role',
      descriptionVi: 'Miễn nhiệm thành viên Hội đồng.',
      params: user,
      body: leaveCouncilBody,
      success: { status: 200, description: 'The council' },
      errors: [409, 422],
    }),
    op({
      method: 'get',
      path: '/api/admin/units',
      summary: 'List units',
      descriptionVi: 'Danh sách đơn vị.',
      success: { status: 200, description: '`{ items }`' },
    }),
    op({
      method: 'post',
      path: '/api/admin/units',
      summary: 'Create a unit',
      descriptionVi: 'Tạo đơn vị.',
      body: createUnitBody,
      success: { status: 201, description: 'The unit' },
      errors: [409, 422],
    }),
    op({
      method: 'patch',
      path: '/api/admin/units/{id}',
      summary: 'Change a unit (name, bloc, symbol)',
      descriptionVi: 'Sửa thông tin đơn vị.',
      params: plain,
      body: updateUnitBody,
      success: { status: 200, description: 'The unit' },
      errors: [409, 422],
    }),
    op({
      method: 'get',
      path: '/api/admin/blocs',
      summary: 'List emulation blocs',
      descriptionVi: 'Danh sách khối thi đua.',
      success: { status: 200, description: '`{ items }`' },
    }),
    op({
      method: 'post',
      path: '/api/admin/blocs',
      summary: 'Create an emulation bloc',
      descriptionVi: 'Tạo khối thi đua.',
      body: createBlocBody,
      success: { status: 201, description: 'The bloc' },
      errors: [409, 422],
    }),
    op({
      method: 'patch',
      path: '/api/admin/blocs/{id}',
      summary: 'Rename an emulation bloc',
      descriptionVi: 'Đổi tên khối thi đua.',
      params: plain,
      body: renameBlocBody,
      success: { status: 200, description: 'The bloc' },
      errors: [409],
    }),
    op({
      method: 'get',
      path: '/api/admin/actions',
      summary: 'The log of administrative actions (paginated)',
      descriptionVi: 'Nhật ký thao tác quản trị.',
      query: listActionsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
    }),
  ];
}
