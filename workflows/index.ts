export { nominationWorkflow } from './nomination/nominationWorkflow';
export { awardDecisionWorkflow } from './awardDecision/awardDecisionWorkflow';
export { revocationWorkflow } from './revocation/revocationWorkflow';
export { councilRoundWorkflow } from './councilRound/councilRoundWorkflow';
