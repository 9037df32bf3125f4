import { ApplicationFailure } from '@temporalio/common';
import { AWARD_CODES, type AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import { parseIsoDate } from '../../domain/calendar';
import { DEFAULT_PROCESS_TIMINGS, type Procedure } from '../../domain/process/procedure';
import { RuleSetNotFoundError } from '../../domain/ruleSets';
import { ruleSetForReceipt } from '../../data/configuration/ruleSetsInForce';

export interface ProcedureRequest {
  awardCode: string;
  kind: CommendationKind;
  /** Receipt date: the rule set in force that day judges the dossier. */
  receivedOn: string;
}

/**
 * The procedure a nomination follows, fixed once at submission so that its workflow
 * keeps the same deadlines even if an administrator later changes a value. Ad hoc
 * awards take the simplified procedure: their own appraisal SLA and no public comment.
 */
export async function loadProcedure(request: ProcedureRequest): Promise<Procedure> {
  if (!(AWARD_CODES as readonly string[]).includes(request.awardCode)) {
    throw ApplicationFailure.nonRetryable(`Unknown award ${request.awardCode}`, 'UNKNOWN_AWARD');
  }
  let ruleSet;
  try {
    ruleSet = await ruleSetForReceipt(parseIsoDate(request.receivedOn));
  } catch (error) {
    if (error instanceof RuleSetNotFoundError) {
      throw ApplicationFailure.nonRetryable(error.message, 'NO_RULE_SET');
    }
    throw error;
  }
  const rules = ruleSet.values.awardRules[request.awardCode as AwardCode];
  const adHoc = request.kind === 'ad_hoc' && rules.adHocAppraisalSlaWorkingDays !== null;
  return {
    ruleSetId: ruleSet.id,
    councilVote: rules.council !== null,
    appraisalWorkingDays: adHoc
      ? rules.adHocAppraisalSlaWorkingDays!
      : rules.appraisalSlaWorkingDays,
    publicComment: {
      required: rules.publicComment.required && !adHoc,
      workingDays: rules.publicComment.workingDays,
      postingDay: rules.publicComment.postingDay,
    },
    upwardAppraisalWorkingDays: rules.upwardAppraisal?.workingDays ?? null,
    timings: DEFAULT_PROCESS_TIMINGS,
  };
}
