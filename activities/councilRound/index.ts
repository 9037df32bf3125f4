import { applyRoundQuotas } from './applyRoundQuotas';
import { assignQuotaPlaces } from './assignQuotaPlaces';
import { openBallotBox, sealBallotBox } from './ballotBox';
import { loadAgendaItems } from './loadAgendaItems';
import { recordCouncilMinutes } from './recordCouncilMinutes';
import { recordCouncilRound } from './recordCouncilRound';
import { resolveLdttCounts } from './resolveLdttCounts';

/** The council round's activities: all I/O of the round workflow, each idempotent. */
export const councilActivities = {
  loadAgendaItems,
  recordCouncilRound,
  openBallotBox,
  sealBallotBox,
  resolveLdttCounts,
  applyRoundQuotas,
  assignQuotaPlaces,
  recordCouncilMinutes,
};
