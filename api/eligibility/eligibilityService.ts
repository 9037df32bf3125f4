import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { vietnamDateOf } from '../../domain/calendar/vietnamTime';
import {
  REVIEW_OCCASIONS,
  checkEligibility,
  formatResult,
  isoDateSchema,
} from '../../domain/eligibility';
import type { Actor } from '../../domain/process/roles';
import { explainRegime, yearsCounted } from '../../domain/ruleSets/regime';
import { RuleSetNotFoundError } from '../../domain/ruleSets/selectRuleSet';
import { ruleSetForReceipt } from '../../data/configuration/ruleSetsInForce';
import { loadPersonWithHistory, StoredHistoryInvalidError } from '../../data/history/loadHistory';
import { ApiError, notFound } from '../errors/apiError';
import { canRead } from '../nomination/nominationAccess';
import { reasonsShownTo } from './reasonVisibility';

export const eligibilityQuery = z.object({
  award: z.enum(AWARD_CODES),
  year: z.coerce.number().int().min(1945).max(2200),
  /** Receipt date of the dossier: picks the rule set and the date holds are judged on. */
  receivedOn: isoDateSchema.optional(),
  /** The ministry's proposal upward (to the Prime Minister): the CSTĐTQ window is counted to it. */
  proposedUpwardOn: isoDateSchema.optional(),
  /** The review the proposal comes from (Hero titles: the emulation congress). */
  reviewOccasion: z.enum(REVIEW_OCCASIONS).optional(),
  kind: z.enum(COMMENDATION_KINDS).optional(),
});

const PERSON = { vi: 'cá nhân', en: 'Person' };

/**
 * "Is this person eligible for award X in year Y, and why": the stored history (two queries),
 * the rule set in force on the receipt date (today in Vietnam when not given), the pure rules.
 */
export async function personEligibility(
  actor: Actor,
  personId: string,
  query: z.infer<typeof eligibilityQuery>,
) {
  let loaded;
  try {
    loaded = await loadPersonWithHistory(personId);
  } catch (error) {
    if (error instanceof StoredHistoryInvalidError) {
      throw new ApiError(409, 'STORED_HISTORY_INVALID', {
        vi: 'Dữ liệu lịch sử thi đua, khen thưởng đã lưu của cá nhân này không hợp lệ; cần nhập lại.',
        en: "This person's stored history is invalid and must be imported again.",
      });
    }
    throw error;
  }
  // Another unit's person answers exactly like a missing one: existence is not disclosed.
  if (!loaded || !canRead(actor, loaded.profile.unitId)) {
    throw notFound(PERSON, 'PERSON_NOT_FOUND');
  }
  const receivedOn = query.receivedOn ?? vietnamDateOf(new Date());
  let ruleSet;
  try {
    ruleSet = await ruleSetForReceipt(receivedOn);
  } catch (error) {
    if (error instanceof RuleSetNotFoundError) {
      throw new ApiError(
        422,
        'RULE_SET_NOT_FOUND',
        {
          vi: `Không có bộ quy tắc nào có hiệu lực ngày ${receivedOn}.`,
          en: `No rule set is in force on ${receivedOn}.`,
        },
        'receivedOn',
      );
    }
    throw error;
  }
  const checked = checkEligibility(loaded.history, query.award, query.year, ruleSet, {
    asOf: receivedOn,
    nominatingUnitId: loaded.profile.unitId,
    ...(query.kind && { kind: query.kind }),
    ...(query.proposedUpwardOn && { upwardProposalDate: query.proposedUpwardOn }),
    ...(query.reviewOccasion && { reviewOccasion: query.reviewOccasion }),
  });
  const result = { ...checked, reasons: reasonsShownTo(actor, checked.reasons) };
  return {
    person: {
      id: loaded.profile.id,
      fullName: loaded.profile.fullName,
      unitId: loaded.profile.unitId,
    },
    receivedOn,
    ruleSet: {
      id: ruleSet.id,
      name: ruleSet.name,
      validFrom: ruleSet.validFrom,
      validTo: ruleSet.validTo,
      configRevision: ruleSet.configRevision,
    },
    regime: explainRegime(ruleSet, receivedOn, yearsCounted(query.award, query.year, ruleSet)),
    ...result,
    summary: { vi: formatResult(result, 'vi'), en: formatResult(result, 'en') },
  };
}
