import { CATALOGUE } from '../../../../domain/catalogue/awards';
import type { AwardCode } from '../../../../domain/catalogue/awardCodes';
import { plannedShape, shapeSeen, type PathShape } from '../../../../domain/process/nominationPath';
import type { AwardRules } from '../../../../domain/ruleSets/awardRules';
import { isInForce } from '../../../../domain/ruleSets/inForce';
import { todayInVietnam } from '../../shell/dates';
import { useResource } from '../../shell/useResource';
import type { Nomination } from './nominationTypes';

/** `GET /api/configuration/rule-sets`: the rule sets with the administrator's values in force. */
interface RuleSetsInForce {
  items: Array<{
    validFrom: string;
    validTo: string | null;
    values: { awardRules: Record<string, AwardRules> };
  }>;
}

/**
 * The stages this nomination goes through: its award's procedure under the rule set that
 * judges it (the one of its receipt date, or today's before it is received), corrected by
 * the stages it has been through. Undefined while the rule sets load.
 */
export function useProcedureShape(nomination: Nomination): PathShape | undefined {
  const ruleSets = useResource<RuleSetsInForce>('/api/configuration/rule-sets');
  if (!ruleSets.data && !ruleSets.problem) return undefined;
  const on = nomination.receivedOn ?? todayInVietnam();
  const rules = ruleSets.data?.items.find((r) => isInForce(r, on))?.values.awardRules[
    nomination.awardCode
  ];
  const forwardedUpward = CATALOGUE[nomination.awardCode as AwardCode]?.forwardedUpward ?? false;
  // Without the rules (unreachable), the usual path: a council vote, no public comment.
  const planned = rules
    ? plannedShape(rules, nomination.kind, forwardedUpward)
    : { publicComment: false, councilVote: true, forwardedUpward };
  return shapeSeen(planned, new Set(nomination.history.map((h) => h.stage)));
}
