import type { AwardCode } from '../catalogue/awardCodes';
import type { Citation } from '../ruleSets/citation';
import type { LocalizedText } from '../ruleSets/text';
import type { InitiativeUse } from './history';

/**
 * blocking: the rule is not met (not eligible); needs_judgement: a person must decide
 * (ambiguous law, missing data, hold, claimed achievement); info: what was checked and met.
 */
type Severity = 'blocking' | 'needs_judgement' | 'info';

export type FactValue = string | number | boolean | null | readonly (string | number)[];

export interface Reason {
  /** Stable code, e.g. 'LDTT_RECRUITED_TOO_RECENTLY'; UI texts and statistics key on it. */
  code: string;
  severity: Severity;
  message: LocalizedText;
  /** The facts the rule used, so a clerk can verify it. */
  facts: Readonly<Record<string, FactValue>>;
  citation: Citation;
}

export type Verdict = 'eligible' | 'not_eligible' | 'needs_judgement';

export interface EligibilityResult {
  verdict: Verdict;
  ruleSetId: string;
  /** The stored configuration revision merged into the rule set (null: shipped defaults). */
  configRevision: string | null;
  award: AwardCode;
  year: number;
  subjectId: string;
  /** True when a discipline review, investigation, inspection or complaint holds the award. */
  held: boolean;
  /** The path of the award's alternatives that was met, when it has several. */
  path: string | null;
  /** Initiatives this award would use; the caller records them when the award is granted. */
  consumes: ReadonlyArray<{ initiativeId: string; use: InitiativeUse }>;
  reasons: readonly Reason[];
}

/** Any blocking reason → not eligible; else any needs_judgement → needs judgement. */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  if (reasons.some((r) => r.severity === 'blocking')) return 'not_eligible';
  if (reasons.some((r) => r.severity === 'needs_judgement')) return 'needs_judgement';
  return 'eligible';
}

export function makeReason(
  code: string,
  severity: Severity,
  citation: Citation,
  message: LocalizedText,
  facts: Record<string, FactValue> = {},
): Reason {
  return { code, severity, message, facts, citation };
}
