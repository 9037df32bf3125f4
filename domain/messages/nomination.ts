import { displayDate } from '../calendar/displayDate';
import { parseIsoDate } from '../calendar/isoDate';
import { APPRAISAL_DATE_LABELS } from '../process/nominationActions';
import { STAGE_LABELS, isFinalStage, type Stage } from '../process/stages';
import type { LocalizedText } from '../ruleSets/text';
import { refusalsOf, type CatalogueEntry } from './refusal';

/**
 * What the nomination workflow says to people (Vietnamese first, then English). The workflow
 * and the rules it asks emit a key and its parameters; the text is rendered here.
 */

const text = (vi: string, en: string) => (): LocalizedText => ({ vi, en });
/** A stage as people read it; a stage unknown to this version is shown by its code. */
const stageShown = (stage: Stage): LocalizedText => STAGE_LABELS[stage] ?? { vi: stage, en: stage };

const NOMINATION_REFUSALS = {
  supplementNotYourUnit: {
    code: 'NOT_YOUR_UNIT',
    text: text(
      'Chỉ đơn vị lập hồ sơ được bổ sung hồ sơ.',
      'Only the nominating unit may supplement the dossier.',
    ),
  },
  notEditable: {
    code: 'NOT_EDITABLE',
    text: text(
      'Chỉ sửa được hồ sơ đang là dự thảo hoặc đã bị trả lại để bổ sung.',
      'Only a draft or a returned nomination can be edited.',
    ),
  },
  editedElsewhere: {
    code: 'STALE_VIEW',
    text: text(
      'Hồ sơ vừa được sửa ở nơi khác; hãy tải lại rồi sửa tiếp.',
      'The dossier was just edited elsewhere; reload it and edit again.',
    ),
  },
  notHeldByGroup: {
    code: 'NOT_HELD_BY_GROUP',
    text: ({ nominationId, holder }: { nominationId: string; holder: string }) => ({
      vi: `Hồ sơ ${nominationId} đang thuộc ${holder}; chỉ nơi đã nhận hồ sơ mới trả lại được.`,
      en: `Nomination ${nominationId} is held by ${holder}; only the group that took it may release it.`,
    }),
  },
  notInCouncilReview: {
    code: 'NOT_IN_COUNCIL_REVIEW',
    text: ({ nominationId, stage }: { nominationId: string; stage: Stage }) => ({
      vi: `Hồ sơ ${nominationId} không ở bước Hội đồng xét (đang ở "${stageShown(stage).vi}").`,
      en: `Nomination ${nominationId} is not at council review (it is at "${stageShown(stage).en}").`,
    }),
  },
  notAwaitingDecision: {
    code: 'NOMINATION_NOT_AWAITING_DECISION',
    text: ({ nominationId, stage }: { nominationId: string; stage: Stage }) => ({
      vi: `Hồ sơ ${nominationId} không ở bước chờ dự thảo quyết định (đang ở "${stageShown(stage).vi}").`,
      en: `Nomination ${nominationId} is not awaiting a decision (it is at "${stageShown(stage).en}").`,
    }),
  },
} satisfies Record<string, CatalogueEntry<never>>;

export const nominationRefusal = refusalsOf(NOMINATION_REFUSALS);

/**
 * Why a queued action was dropped after its validator accepted it: the message of the
 * ALREADY_DONE failure its caller gets (the API puts its own Vietnamese text first).
 */
export const DROPPED_ACTION_REASONS = {
  rapporteurAlreadyGiven: 'the rapporteur has already given an opinion',
  noDeadline: 'the current stage has no deadline',
  movedOn: 'someone else acted first; the nomination has moved on',
  processEnded: 'the nomination’s process has ended',
} as const;

export type DroppedActionReason = keyof typeof DROPPED_ACTION_REASONS;

/** The details of the nomination's timeline steps, from their parameters. */
export const TIMELINE_TEXTS = {
  /** The date the secretariat gave its outcome (e.g. the return letter's). */
  appraisalDate: (outcome: keyof typeof APPRAISAL_DATE_LABELS, on: string): LocalizedText => {
    const what = APPRAISAL_DATE_LABELS[outcome];
    const shown = displayDate(parseIsoDate(on));
    return { vi: `${what.vi}: ${shown}`, en: `${what.en}: ${shown}` };
  },
  supplementDeadlineMissed: text(
    'Đơn vị không bổ sung hồ sơ trong thời hạn; hồ sơ không được xét tiếp.',
    'The unit did not supplement the dossier in time; the nomination is closed.',
  ),
  objectionBy: (author: string): LocalizedText => ({
    vi: `Ý kiến của: ${author}`,
    en: `Objection by: ${author}`,
  }),
  assignedTo: (name: string): LocalizedText => ({
    vi: `Giao xử lý: ${name}`,
    en: `Assigned to: ${name}`,
  }),
  /** `dueBefore` and `dueAfter` are ISO dates. */
  deadlineExtended: (n: { workingDays: number; dueBefore: string; dueAfter: string }) => {
    const before = displayDate(parseIsoDate(n.dueBefore));
    const after = displayDate(parseIsoDate(n.dueAfter));
    return {
      vi: `Gia hạn thêm ${n.workingDays} ngày làm việc: hạn ${before} → ${after}`,
      en: `Extended by ${n.workingDays} working days: due ${before} → ${after}`,
    };
  },
  /** Why the duplicate checks ran again, before their result: which twin arrived or left. */
  twinRecheck: (twin: { unitId: string; stage: Stage }, summary: LocalizedText): LocalizedText => {
    if (isFinalStage(twin.stage)) {
      const ended = STAGE_LABELS[twin.stage];
      return {
        vi: `Kiểm tra lại: hồ sơ trùng của đơn vị ${twin.unitId} đã kết thúc (${ended.vi}). ${summary.vi}`,
        en: `Checked again: the duplicate nomination from unit ${twin.unitId} has ended (${ended.en}). ${summary.en}`,
      };
    }
    return {
      vi: `Kiểm tra lại: đơn vị ${twin.unitId} vừa trình hồ sơ đề nghị cùng đối tượng, cùng danh hiệu, cùng năm. ${summary.vi}`,
      en: `Checked again: unit ${twin.unitId} has just submitted a nomination of the same subject for the same award and year. ${summary.en}`,
    };
  },
};
