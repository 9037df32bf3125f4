import type { InitiativeUse } from '../history';
import type { Reason } from '../reason';

/** What one award's rule returns before the common checks are merged in. */
export interface RuleOutcome {
  reasons: Reason[];
  path?: string | null;
  consumes?: { initiativeId: string; use: InitiativeUse }[];
}

/** "2023–2025", or "2025" for a single year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

export function listYears(years: readonly number[]): string {
  return years.length === 0 ? '—' : years.join(', ');
}
