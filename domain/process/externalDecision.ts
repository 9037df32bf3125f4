// File imports, not the calendar's index: the web app loads this module in the browser,
// which cannot resolve a folder (and needs none of the lunar tables).
import { displayDate } from '../calendar/displayDate';
import { isIsoDate, parseIsoDate } from '../calendar/isoDate';
import { isAwardCode } from '../catalogue/awardCodes';
import { CATALOGUE } from '../catalogue/awards';
import { DECIDER_TEXT, type Decider } from '../catalogue/awardDefinition';
import type { LocalizedText } from '../ruleSets/text';
import type { Refusal } from '../messages/refusal';
import { invalidAction } from './actionRefusal';
import type { Actor } from './roles';

/** Who decides the awards the minister proposes upward (domain.md §4). */
export const UPWARD_DECIDERS = ['prime_minister', 'president'] as const satisfies Decider[];
export type UpwardDecider = (typeof UPWARD_DECIDERS)[number];

/** The higher authority's decision as the secretariat enters it (domain.md §7.6). */
export interface ExternalDecisionInput {
  outcome: 'granted' | 'refused';
  /** Its number, e.g. "1234/QĐ-TTg". */
  number: string;
  /** Its date, YYYY-MM-DD. */
  decidedOn: string;
  issuer: UpwardDecider;
  reason?: string;
}

/** …and as the nomination's record keeps it: who entered it. */
export interface ExternalDecision extends ExternalDecisionInput {
  recordedBy: Actor;
}

/** What a refusal needs to know of the nomination. */
interface ExternalDecisionContext {
  awardCode?: string;
  /** The day the minister signed the submission upward (YYYY-MM-DD). */
  proposedOn?: string;
  /** Today in Vietnam (YYYY-MM-DD). */
  today: string;
}

const shown = (date: string): string => displayDate(parseIsoDate(date));

/**
 * What is wrong with an external decision, if anything. The Prime Minister or the President
 * decides on the ministry's submission — the first item of the dossier sent up (Law
 * 06/2022/QH15, Art. 84) — so the decision cannot be dated before the submission was signed,
 * nor after today; and it is issued by the authority the law gives the award (e.g. Art. 73:
 * the Prime Minister's Certificate of Merit; the Orders: the President).
 */
export function refuseExternalDecision(
  input: Pick<ExternalDecisionInput, 'number' | 'decidedOn' | 'issuer'>,
  context: ExternalDecisionContext,
): Refusal | undefined {
  if (input.number.trim().length === 0) {
    return invalidAction('number', {
      vi: 'Phải nêu số quyết định của cấp trên (ví dụ 1234/QĐ-TTg).',
      en: "The higher authority's decision number is required (e.g. 1234/QĐ-TTg).",
    });
  }
  if (!isIsoDate(input.decidedOn)) {
    return invalidAction('decidedOn', {
      vi: 'Ngày quyết định phải là một ngày có thật, dạng YYYY-MM-DD.',
      en: 'The decision date must be an existing day, as YYYY-MM-DD.',
    });
  }
  if (input.decidedOn > context.today) {
    return invalidAction('decidedOn', {
      vi: `Ngày quyết định (${shown(input.decidedOn)}) không được sau ngày hôm nay (${shown(context.today)}).`,
      en: `The decision date (${shown(input.decidedOn)}) cannot be after today (${shown(context.today)}).`,
    });
  }
  if (context.proposedOn !== undefined && input.decidedOn < context.proposedOn) {
    return invalidAction('decidedOn', {
      vi: `Quyết định của cấp trên (ngày ${shown(input.decidedOn)}) không thể trước Tờ trình đề nghị của Bộ (ngày ${shown(context.proposedOn)}).`,
      en: `The higher authority's decision (${shown(input.decidedOn)}) cannot precede the ministry's submission (${shown(context.proposedOn)}).`,
    });
  }
  const deciders: readonly Decider[] =
    context.awardCode && isAwardCode(context.awardCode)
      ? CATALOGUE[context.awardCode].deciders
      : UPWARD_DECIDERS;
  return (deciders as readonly string[]).includes(input.issuer) ? undefined : wrongIssuer(deciders);
}

function wrongIssuer(deciders: readonly Decider[]): Refusal {
  const names = (lang: 'vi' | 'en') => deciders.map((d) => DECIDER_TEXT[d][lang]).join(', ');
  return invalidAction('issuer', {
    vi: `Danh hiệu, hình thức này do ${names('vi')} quyết định.`,
    en: `This award is decided by: ${names('en')}.`,
  });
}

/** "Quyết định số 1234/QĐ-TTg ngày 10/03/2026 của Thủ tướng Chính phủ", for the timeline. */
export function externalDecisionText(
  decision: Pick<ExternalDecisionInput, 'number' | 'decidedOn'> & { issuer?: UpwardDecider },
): LocalizedText {
  const issuer = decision.issuer && DECIDER_TEXT[decision.issuer];
  return {
    vi: `Quyết định số ${decision.number} ngày ${shown(decision.decidedOn)}${issuer ? ` của ${issuer.vi}` : ''}`,
    en: `Decision ${decision.number} of ${shown(decision.decidedOn)}${issuer ? ` by the ${issuer.en}` : ''}`,
  };
}
