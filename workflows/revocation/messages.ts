import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Delegation } from '../../domain/delegation';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import type { Actor } from '../../domain/process/roles';
import type { Refusal } from '../../domain/messages/refusal';

/**
 * Grounds for revoking an award (Law 06/2022/QH15, Art. 93(2)): a) false declaration of
 * achievements; b) false information or forged dossier; c) appraisal or approval contrary to
 * law; d) a competent authority's conclusion that the standard was not met.
 */
type RevocationGroundCode =
  | 'false_declaration'
  | 'false_information'
  | 'unlawful_appraisal'
  | 'authority_conclusion';

export interface RevocationStart {
  revocationId: string;
  nominationId: string;
  ground: RevocationGroundCode;
  reason: string;
  requestedBy: Actor;
}

export interface RevocationRulingAction {
  actor: Actor;
  outcome: 'approve' | 'reject';
  /** Required to reject. */
  reason?: string;
  delegation?: Delegation;
}

export interface RevocationStatus {
  revocationId: string;
  nominationId: string;
  phase: 'preparing' | 'refused' | 'awaiting_ruling' | 'applying' | 'done';
  result?: 'revoked' | 'rejected';
  refusal?: Refusal;
  decision?: IssuedDecision & { signedOn: string };
  signatureLines?: string[];
  /** ID of the update that ruled, so a repeated request can be recognised. */
  rulingUpdateId?: string;
}

export const revocationReadyUpdate = defineUpdate<RevocationStatus, []>('revocationReady');
export const ruleRevocationUpdate = defineUpdate<RevocationStatus, [RevocationRulingAction]>(
  'ruleRevocation',
);
export const revocationStatusQuery = defineQuery<RevocationStatus>('revocationStatus');

/** One open revocation per nomination: the workflow ID is the nomination's. */
export function revocationWorkflowId(nominationId: string): string {
  return `revocation-${nominationId}`;
}
