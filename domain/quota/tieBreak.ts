import { meetsShare } from '../council/threshold';
import type { RuleSet } from '../ruleSets/ruleSet';

/** Who a tie-break looks at: a person, or a collective with its women share. */
type TieBreakSubject =
  | { kind: 'individual'; gender: 'female' | 'male' }
  | { kind: 'collective'; womenCount: number; headcount: number };

/**
 * Decree principle: with equal achievements, prefer women, and collectives where women are
 * at or above 70% of the members.
 */
export function isWomenPreferred(subject: TieBreakSubject, ruleSet: RuleSet): boolean {
  if (subject.kind === 'individual') return subject.gender === 'female';
  const rule = ruleSet.law.womenPreferredCollectiveShare;
  return meetsShare(subject.womenCount, subject.headcount, rule.share, rule.comparison);
}
