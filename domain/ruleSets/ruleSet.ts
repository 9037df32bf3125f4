import type { Citation } from './citation';
import type { CitationKey } from './citationKeys';
import type { ConfigurableKey, ConfigurableValues } from './configurableValues';
import type { IsoDateText } from '../calendar/isoDate';
import type { LegalParameters } from './legalParameters';
import type { LocalizedText } from './text';

export interface LegalInstrument {
  /** e.g. 'Luật 06/2022/QH15'. */
  symbol: string;
  title: LocalizedText;
  kind: 'law' | 'decree' | 'circular' | 'guidance';
  effectiveFrom: IsoDateText;
  /** null while still in force. */
  effectiveTo: IsoDateText | null;
  /** Where the dates were checked against the text; absent: not confirmed. */
  datesCheckedAgainst?: string;
}

/** One administrator change to a configurable value, for the audit trail. */
export interface ConfigChange {
  key: ConfigurableKey;
  /** For record-valued keys (awardRules, cstdcsCouncilRuleByUnit), the entry changed. */
  entry?: string;
  from: unknown;
  to: unknown;
}

/**
 * The rules in force for dossiers received between `validFrom` and `validTo` (inclusive).
 * A dossier is judged by the rule set in force on its receipt date, and every result names
 * the rule set (and the configuration revision) that produced it.
 */
export interface RuleSet {
  id: string;
  name: LocalizedText;
  validFrom: IsoDateText;
  /** null: open-ended. */
  validTo: IsoDateText | null;
  instruments: readonly LegalInstrument[];
  law: LegalParameters;
  values: ConfigurableValues;
  /** Which keys of `values` an administrator may override (all of them today). */
  configurableKeys: readonly ConfigurableKey[];
  citations: Readonly<Record<CitationKey, Citation>>;
  /** Identifier of the stored override revision merged in; null for the shipped defaults. */
  configRevision: string | null;
  /** The overrides merged into `values`, newest last. */
  overrides: readonly ConfigChange[];
}
