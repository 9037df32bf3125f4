import type { ExternalDecision } from '../../domain/process/externalDecision';
import type { SignedDocument } from '../../domain/process/issuedDecision';
import type { Actor, Role } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { ReturnReason } from '../../domain/process/returnReason';
import type { EligibilityResult, Reason } from '../../domain/eligibility/reason';
import type { StatisticsEntry } from '../../data/statistics/statisticsEntry';
import type { DossierNameSource } from '../notification/dossierName';

/** One step of a nomination, as the workflow hands it to the read model. */
export interface Transition {
  nominationId: string;
  /** 1, 2, 3… per nomination; a retried write with a seen seq is a no-op. */
  seq: number;
  stage: Stage;
  action: string;
  actor: Actor;
  reason?: string;
  reasons?: ReturnReason[];
  detail?: LocalizedText;
  /** ISO instant, workflow time of the action. */
  at: string;
  /** Who must act next and by when; absent for a final stage or a stage without deadline. */
  holder?: { role: Role; dueAt?: string; dueOn?: string };
  /** Facts the stage change establishes in the read model. */
  facts?: { receivedOn?: string; ruleSetId?: string; roundId?: string; decisionId?: string };
  decision?: SignedDocument & { signedBy: Actor };
  /** The higher authority's decision entered on this step. */
  externalDecision?: ExternalDecision;
  /** What was (re)submitted, written by this step (`recordSubmission` prepared it). */
  submission?: SubmissionWrite;
  /** The automatic checks this step records (`runAppraisalChecks` ran them). */
  checks?: AppraisalChecks;
}

/** The automatic checks as the nomination keeps them for the secretariat (less `ranAt`). */
export type AppraisalChecks =
  | EligibilityResult
  | (Pick<EligibilityResult, 'verdict' | 'ruleSetId' | 'configRevision'> & {
      reasons: readonly Pick<Reason, 'code' | 'severity' | 'message'>[];
    });

/**
 * A (re)submission as the step that follows it writes it: the content as sent, the first
 * time its dossier, number and workflow, and the statistics entry it counts as where that
 * changes (with the one counted before, so the summary takes it away).
 */
export interface SubmissionWrite {
  first?: { dossierId: string; workflowId: string; number?: string };
  version: number;
  content: SubmittedContent;
  statistics?: { counted: StatisticsEntry; previous?: StatisticsEntry };
}

/** What `recordTransition` read of the nomination as it recorded a step: enough to tell its unit. */
export interface RecordedStep extends DossierNameSource {
  unitId: string;
  /** Its stage before the step ('draft' before the submission). */
  previousStage: Stage;
}

/** A nomination's content as (re)submitted, kept with each submission for the diff. */
export interface SubmittedContent {
  nominee: {
    kind: 'individual' | 'collective';
    name: string;
    position?: string | null;
    personId?: string | null;
    collectiveId?: string | null;
  };
  awardCode: string;
  kind: string;
  year: number;
  reviewOccasion?: string;
  achievements: string;
  documents: { code?: string | null; title?: string | null; reference?: string | null }[];
}
