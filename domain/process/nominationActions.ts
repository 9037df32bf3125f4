import {
  NOT_YOUR_UNIT,
  invalidAction,
  reasonRequired,
  roleNotAllowed,
  staleView,
  wrongStage,
} from './actionRefusal';
import type { Refusal } from '../messages/refusal';
// File imports: the web app loads this module in the browser (see externalDecision.ts).
import { displayDate } from '../calendar/displayDate';
import { parseIsoDate } from '../calendar/isoDate';
import type { LocalizedText } from '../ruleSets/text';
import { refuseExternalDecision, type ExternalDecisionInput } from './externalDecision';
import type { Actor, Role } from './roles';
import { WAITING_STAGES, type Stage } from './stages';

/** What the validators know about a nomination: enough to judge, nothing of the dossier. */
export interface NominationFacts {
  stage: Stage;
  seq: number;
  unitId: string;
  /** Dossier version last submitted; a resubmission must bring a newer one. */
  submittedVersion: number;
  rapporteurGiven: boolean;
  /** Today in Vietnam (YYYY-MM-DD), from workflow time. */
  today: string;
  /** The current stage has a deadline (desk actions on deadlines need one). */
  hasDeadline?: boolean;
  awardCode?: string;
  /** The day the minister signed the submission upward (YYYY-MM-DD), once forwarded. */
  proposedOn?: string;
  /** The day the dossier was received (YYYY-MM-DD): the first appraisal starts on it. */
  receivedOn?: string;
  /** The day the current stage's period began (YYYY-MM-DD): receipt, or a later return to it. */
  stageSince?: string;
}

interface Base {
  actor: Actor;
  /** The step the person saw; a different current step means their view is stale. */
  expectedSeq?: number;
}

/** Every human action on one nomination, as the workflow's updates receive them. */
export type NominationAction =
  | (Base & {
      type: 'appraise';
      outcome: 'accept' | 'return' | 'reject';
      reasonCount: number;
      effectiveOn?: string;
    })
  | (Base & { type: 'resubmit'; dossierVersion: number })
  | (Base & { type: 'objection'; content: string })
  | (Base & { type: 'rapporteurOpinion'; summary: string })
  | (Base & { type: 'withdraw'; reason: string })
  | (Base & { type: 'cancel'; reason: string })
  | (Base & { type: 'externalOutcome' } & ExternalDecisionInput)
  | (Base & { type: 'extendDeadline'; workingDays: number; reason: string })
  | (Base & { type: 'reassign'; assigneeName: string })
  | (Base & { type: 'remind' })
  | (Base & { type: 'escalate'; note: string });

/** Longest single extension (configurable default): beyond it the process itself is wrong. */
export const MAX_EXTENSION_WORKING_DAYS = 30;

const NO_DEADLINE: Refusal = invalidAction('deadline', {
  vi: 'Bước hiện tại của hồ sơ không có thời hạn.',
  en: 'The current stage has no deadline.',
});

interface ActionRule {
  stages: readonly Stage[];
  roles: readonly Role[];
  /** The actor must belong to the nomination's unit. */
  ownUnit?: boolean;
  check?: (action: never, facts: NominationFacts) => Refusal | undefined;
}

const blank = (text: string): boolean => text.trim().length === 0;

type AppraisalOutcome = Extract<NominationAction, { type: 'appraise' }>['outcome'];

/** What the date of an appraisal outcome is the date of, in the secretariat's words. */
export const APPRAISAL_DATE_LABELS: Record<AppraisalOutcome, LocalizedText> = {
  accept: { vi: 'Ngày chấp nhận hồ sơ', en: 'The date of acceptance' },
  return: { vi: 'Ngày của văn bản trả lại hồ sơ', en: 'The date of the return letter' },
  reject: { vi: 'Ngày của văn bản từ chối hồ sơ', en: 'The date of the rejection' },
};

/**
 * An appraisal outcome (domain.md §7.2) is dated within the dossier's stay in appraisal:
 * not before it was received (or came back to appraisal, for a later round), not after
 * today. A return letter's date starts the unit's supplement period, so a wrong one moves
 * a legal deadline.
 */
function refuseAppraisalDate(
  outcome: AppraisalOutcome,
  date: string,
  facts: NominationFacts,
): Refusal | undefined {
  const what = APPRAISAL_DATE_LABELS[outcome];
  const shown = displayDate(parseIsoDate(date));
  if (date > facts.today) {
    const today = displayDate(parseIsoDate(facts.today));
    return invalidAction('effectiveOn', {
      vi: `${what.vi} (${shown}) không được sau ngày hôm nay (${today}).`,
      en: `${what.en} (${shown}) cannot be after today (${today}).`,
    });
  }
  const since = [facts.receivedOn, facts.stageSince]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  if (since === undefined || date >= since) return undefined;
  const bound = displayDate(parseIsoDate(since));
  return invalidAction(
    'effectiveOn',
    since === facts.receivedOn
      ? {
          vi: `${what.vi} (${shown}) không được trước ngày tiếp nhận hồ sơ (${bound}).`,
          en: `${what.en} (${shown}) cannot be before the dossier was received (${bound}).`,
        }
      : {
          vi: `${what.vi} (${shown}) không được trước ngày hồ sơ được chuyển thẩm định lần này (${bound}).`,
          en: `${what.en} (${shown}) cannot be before the dossier came back to appraisal (${bound}).`,
        },
  );
}

/**
 * Who may do what, and when (domain.md §7). Withdrawal is the unit's right until the
 * dossier is in a draft decision or a vote is under way; cancellation is the
 * secretariat's until the minister holds it.
 */
const RULES: { [T in NominationAction['type']]: ActionRule } = {
  appraise: {
    stages: ['appraisal'],
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'appraise' }>, facts) => {
      if (a.outcome !== 'accept' && a.reasonCount === 0) return reasonRequired('reasons');
      return a.effectiveOn === undefined
        ? undefined
        : refuseAppraisalDate(a.outcome, a.effectiveOn, facts);
    },
  },
  resubmit: {
    stages: ['returned'],
    roles: ['unit_head'],
    ownUnit: true,
    check: (a: Extract<NominationAction, { type: 'resubmit' }>, facts) =>
      a.dossierVersion > facts.submittedVersion
        ? undefined
        : invalidAction('dossierVersion', {
            vi: 'Hồ sơ chưa được bổ sung, sửa đổi kể từ lần trình trước.',
            en: 'The dossier has not been changed since it was last submitted.',
          }),
  },
  objection: {
    stages: ['public_comment'],
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'objection' }>) =>
      blank(a.content) ? reasonRequired('content') : undefined,
  },
  rapporteurOpinion: {
    stages: ['council_review'],
    roles: ['council_member', 'council_chair'],
    check: (a: Extract<NominationAction, { type: 'rapporteurOpinion' }>, facts) =>
      facts.rapporteurGiven
        ? {
            code: 'ALREADY_DONE',
            message: {
              vi: 'Đã có ý kiến của thành viên báo cáo.',
              en: 'The rapporteur has already given an opinion.',
            },
          }
        : blank(a.summary)
          ? reasonRequired('summary')
          : undefined,
  },
  withdraw: {
    stages: ['appraisal', 'returned', 'public_comment', 'council_review', 'awaiting_decision'],
    roles: ['unit_head'],
    ownUnit: true,
    check: (a: Extract<NominationAction, { type: 'withdraw' }>) =>
      blank(a.reason) ? reasonRequired() : undefined,
  },
  cancel: {
    stages: ['appraisal', 'returned', 'public_comment', 'council_review', 'awaiting_decision'],
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'cancel' }>) =>
      blank(a.reason) ? reasonRequired() : undefined,
  },
  extendDeadline: {
    stages: WAITING_STAGES,
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'extendDeadline' }>, facts) => {
      if (!facts.hasDeadline) return NO_DEADLINE;
      if (
        !Number.isInteger(a.workingDays) ||
        a.workingDays < 1 ||
        a.workingDays > MAX_EXTENSION_WORKING_DAYS
      ) {
        return invalidAction('workingDays', {
          vi: `Số ngày gia hạn phải là số nguyên từ 1 đến ${MAX_EXTENSION_WORKING_DAYS} ngày làm việc.`,
          en: `An extension is a whole number of 1 to ${MAX_EXTENSION_WORKING_DAYS} working days.`,
        });
      }
      return blank(a.reason) ? reasonRequired() : undefined;
    },
  },
  reassign: {
    stages: WAITING_STAGES,
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'reassign' }>) =>
      blank(a.assigneeName)
        ? invalidAction('assignee', {
            vi: 'Phải nêu người được giao xử lý.',
            en: 'Name who is to handle the dossier.',
          })
        : undefined,
  },
  remind: {
    stages: WAITING_STAGES,
    roles: ['secretariat'],
    check: (_a: never, facts) => (facts.hasDeadline ? undefined : NO_DEADLINE),
  },
  escalate: {
    stages: WAITING_STAGES,
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'escalate' }>, facts) =>
      !facts.hasDeadline ? NO_DEADLINE : blank(a.note) ? reasonRequired('note') : undefined,
  },
  externalOutcome: {
    stages: ['forwarded'],
    roles: ['secretariat'],
    check: (a: Extract<NominationAction, { type: 'externalOutcome' }>, facts) =>
      refuseExternalDecision(a, facts),
  },
};

/** Whether `action` may be taken at `stage` at all (the web offers it only there). */
export const actionAllowedAt = (action: NominationAction['type'], stage: string): boolean =>
  (RULES[action].stages as readonly string[]).includes(stage);

/** Undefined when `action` may be taken now; otherwise why not, in both languages. */
export function refuseNominationAction(
  facts: NominationFacts,
  action: NominationAction,
): Refusal | undefined {
  const rule = RULES[action.type];
  if (action.expectedSeq !== undefined && action.expectedSeq !== facts.seq) {
    return staleView(action.expectedSeq, facts.seq);
  }
  if (!rule.stages.includes(facts.stage)) return wrongStage(facts.stage, rule.stages);
  if (!(rule.roles as readonly string[]).includes(action.actor.role))
    return roleNotAllowed(action.actor, rule.roles);
  if (rule.ownUnit && action.actor.unitId !== facts.unitId) return NOT_YOUR_UNIT;
  return rule.check?.(action as never, facts);
}
