import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { StepDecision } from '../../domain/process/stepDecision';
import type { IssuedDecision } from '../../domain/process/issuedDecision';

/** What a nomination workflow is started with: IDs and facts, never the dossier itself. */
export interface NominationStart {
  nominationId: string;
  unitId: string;
  awardCode: string;
  year: number;
  submittedBy: Actor;
}

/** The answer to every human action and to the status query. */
export interface NominationStatus {
  nominationId: string;
  stage: Stage;
  /** Number of transitions recorded so far. */
  seq: number;
  decision?: IssuedDecision;
}

export const appraisalUpdate = defineUpdate<NominationStatus, [StepDecision]>('appraisal');
export const councilReviewUpdate = defineUpdate<NominationStatus, [StepDecision]>('councilReview');
export const ministerDecisionUpdate = defineUpdate<NominationStatus, [StepDecision]>(
  'ministerDecision',
);
export const statusQuery = defineQuery<NominationStatus>('status');

export function nominationWorkflowId(nominationId: string): string {
  return `nomination-${nominationId}`;
}
