import type { Actor } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { IssuedDecision } from '../../domain/process/issuedDecision';

/** One step of a nomination, as the workflow hands it to the read model. */
export interface Transition {
  nominationId: string;
  /** 1, 2, 3… per nomination; a retried write with a seen seq is a no-op. */
  seq: number;
  stage: Stage;
  action: string;
  actor: Actor;
  reason?: string;
  /** ISO instant, workflow time of the action. */
  at: string;
  decision?: IssuedDecision & { signedBy: Actor };
}
