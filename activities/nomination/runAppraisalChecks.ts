import { ApplicationFailure } from '@temporalio/common';
import { parseIsoDate } from '../../domain/calendar';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import {
  checkEligibility,
  twinNominations,
  type NominationRef,
  type ReviewOccasion,
  type SubjectHistory,
} from '../../domain/eligibility';
import type { LocalizedText } from '../../domain/ruleSets/text';
import { withinUnit } from '../../domain/people/unitReach';
import { loadCollectiveHistory, loadNomineeHistory } from '../../data/history/loadHistory';
import { subjectPlacement } from '../../data/history/subjectPlacement';
import { NominationModel } from '../../data/nomination/nominationModel';
import { ruleSetById, ruleSetForReceipt } from '../../data/configuration/ruleSetsInForce';
import { STAGES, isFinalStage } from '../../domain/process/stages';
import type { AppraisalChecks, SubmittedContent } from './transition';

/** Stages in which a nomination still competes for its award (for duplicate checks). */
const LIVE_STAGES = STAGES.filter(
  (stage) => stage === 'approved' || (stage !== 'draft' && !isFinalStage(stage)),
);

/** What the checks judge of a nomination. */
export type CheckedNomination = Pick<
  SubmittedContent,
  'nominee' | 'awardCode' | 'kind' | 'year' | 'reviewOccasion'
> & { unitId: string; receivedOn: string; ruleSetId?: string };

export interface AppraisalChecksSummary {
  verdict: 'eligible' | 'not_eligible' | 'needs_judgement';
  summary: LocalizedText;
  /** Live nominations of the same subject for the same award and year (its duplicates). */
  twins: string[];
  /** The full result, for the step that records the checks to write (asked `withStep`). */
  checks?: AppraisalChecks;
}

const VERDICT_TEXT: Record<AppraisalChecksSummary['verdict'], LocalizedText> = {
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  not_eligible: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  needs_judgement: { vi: 'Cần xem xét', en: 'Needs judgement' },
};

const NO_HISTORY = {
  code: 'NO_HISTORY',
  severity: 'needs_judgement',
  message: {
    vi: 'Chưa liên kết được hồ sơ cá nhân/tập thể trong cơ sở dữ liệu khen thưởng; Thường trực cần kiểm tra thủ công.',
    en: 'The nominee is not linked to a stored history; the secretariat must check by hand.',
  },
} as const;

const OUTSIDE_UNIT = {
  code: 'NOMINEE_OUTSIDE_UNIT',
  severity: 'needs_judgement',
  message: {
    vi: 'Đối tượng được liên kết không thuộc đơn vị đề nghị trong năm xét; hồ sơ khen thưởng của đối tượng không được đọc. Thường trực cần kiểm tra thủ công.',
    en: "The linked nominee was not in the nominating unit in the award's year; their stored history was not read. The secretariat must check by hand.",
  },
} as const;

/**
 * §7.2 The automatic part of appraisal: eligibility against the stored history and the
 * rule set of the receipt date, and duplicates among the live nominations of the same
 * subject and year. The full result is attached to the nomination for the secretariat;
 * the workflow keeps only the verdict. With `withStep` the step that records the checks on
 * the timeline writes the result (returned, not written here); workflows from before leave it
 * out, and it is written here. Idempotent: it overwrites the same field.
 */
export async function runAppraisalChecks(input: {
  nominationId: string;
  withStep?: boolean;
  /** What the checks read of it, when the workflow has just read it (a submission): no read. */
  nomination?: CheckedNomination;
}): Promise<AppraisalChecksSummary> {
  const nomination =
    (input.nomination && { _id: input.nominationId, ...input.nomination }) ??
    (await NominationModel.findById(input.nominationId).lean());
  if (!nomination) {
    throw ApplicationFailure.nonRetryable(
      `Nomination ${input.nominationId} is not in the database`,
      'NOMINATION_NOT_FOUND',
    );
  }
  const { nominee } = nomination;
  const subjectId = nominee.kind === 'individual' ? nominee.personId : nominee.collectiveId;
  // Defence in depth behind the API's check: another unit's person or collective (moved
  // since drafting, or written past the API) has its history left unread.
  const placement = subjectId ? await subjectPlacement(nominee.kind, subjectId) : null;
  const outside = !!placement && !withinUnit(placement, nomination.unitId, nomination.year);
  const history: SubjectHistory | null =
    !subjectId || outside
      ? null
      : nominee.kind === 'individual'
        ? await loadNomineeHistory(subjectId)
        : await loadCollectiveHistory(subjectId);

  const receivedOn = parseIsoDate(nomination.receivedOn ?? `${nomination.year + 1}-01-01`);
  // The configuration as saved when this check starts; the check names its revision.
  const ruleSet =
    (nomination.ruleSetId && (await ruleSetById(nomination.ruleSetId))) ||
    (await ruleSetForReceipt(receivedOn));

  let checks: AppraisalChecks;
  let twins: string[] = [];
  if (!history || !subjectId) {
    checks = {
      verdict: 'needs_judgement' as const,
      ruleSetId: ruleSet.id,
      configRevision: ruleSet.configRevision,
      reasons: [outside ? OUTSIDE_UNIT : NO_HISTORY],
    };
  } else {
    const others = await NominationModel.find(
      {
        _id: { $ne: nomination._id },
        year: nomination.year,
        stage: { $in: LIVE_STAGES },
        ...(nominee.kind === 'individual'
          ? { 'nominee.personId': subjectId }
          : { 'nominee.collectiveId': subjectId }),
      },
      { awardCode: 1, kind: 1, year: 1, unitId: 1 },
    ).lean();
    const otherNominations: NominationRef[] = others.map((o) => ({
      nominationId: o._id,
      subjectId,
      award: o.awardCode as AwardCode,
      year: o.year,
      unitId: o.unitId,
      kind: o.kind as CommendationKind,
    }));
    twins = twinNominations(otherNominations, {
      subjectId,
      award: nomination.awardCode as AwardCode,
      year: nomination.year,
    }).map((t) => t.nominationId);
    checks = checkEligibility(
      history,
      nomination.awardCode as AwardCode,
      nomination.year,
      ruleSet,
      {
        asOf: receivedOn,
        nominatingUnitId: nomination.unitId,
        kind: nomination.kind as CommendationKind,
        ...(nomination.reviewOccasion && {
          reviewOccasion: nomination.reviewOccasion as ReviewOccasion,
        }),
        nominationId: nomination._id,
        otherNominations,
      },
    );
  }
  if (!input.withStep) {
    await NominationModel.updateOne(
      { _id: nomination._id },
      { $set: { checks: { ...checks, ranAt: new Date() } } },
    );
  }
  const blocking = checks.reasons.filter((r) => r.severity !== 'info').length;
  const verdict = VERDICT_TEXT[checks.verdict];
  return {
    verdict: checks.verdict,
    twins,
    summary: {
      vi: `Kiểm tra tự động: ${verdict.vi}${blocking ? ` (${blocking} vấn đề cần lưu ý)` : ''}.`,
      en: `Automatic checks: ${verdict.en}${blocking ? ` (${blocking} issue(s) to review)` : ''}.`,
    },
    ...(input.withStep && { checks }),
  };
}
