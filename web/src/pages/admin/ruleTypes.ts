import type { Text } from '../../shell/i18n';

/** `GET /api/configuration/rule-sets`: each rule set in force and what may be configured. */
export interface RuleSetSummary {
  id: string;
  name: Text;
  validFrom: string;
  validTo: string | null;
  configRevision: string | null;
  values: Record<string, unknown>;
  configurable: { key: string; meaning: Text }[];
}
