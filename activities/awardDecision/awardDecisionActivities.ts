import { prepareDecisionDraft } from './prepareDecisionDraft';
import { recordDecisionStep } from './recordDecisionStep';
import {
  applyRevocation,
  prepareRevocation,
  rejectRevocation,
} from '../revocation/revocationActivities';
import { signDecision } from './signDecision';

/** The award decision's and the revocation's activities (issueDecisionNumber is shared). */
export const awardDecisionActivities = {
  prepareDecisionDraft,
  recordDecisionStep,
  signDecision,
  prepareRevocation,
  applyRevocation,
  rejectRevocation,
};
