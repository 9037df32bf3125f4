import { z } from 'zod';
import { AWARD_CODES } from '../catalogue/awardCodes';
import { CATALOGUE } from '../catalogue/awards';
import { councilRuleSchema } from '../council/councilRule';
import {
  CONFIGURABLE_KEYS,
  configurableValuesSchema,
  type ConfigurableKey,
  type ConfigurableValues,
} from './configurableValues';
import type { ConfigChange, RuleSet } from './ruleSet';

/**
 * An administrator's override of a rule set's configurable values, as stored in the database:
 * any subset of top-level keys; record-valued keys (per-award rules, per-unit council rules)
 * are merged entry by entry, each entry replaced whole. Unknown keys — including values fixed
 * by law — are rejected, and the merged result is validated again as a whole.
 */
const configOverrideSchema = configurableValuesSchema
  .extend({
    awardRules: configurableValuesSchema.shape.awardRules.partial(),
    cstdcsCouncilRuleByUnit: z.record(z.string().min(1), councilRuleSchema),
  })
  .partial()
  .strict();

interface ConfigIssue {
  path: string;
  message: string;
}

type ConfigOverrideResult =
  | { ok: true; values: ConfigurableValues; changes: ConfigChange[] }
  | { ok: false; issues: ConfigIssue[] };

function toIssues(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** JSON with sorted keys, so that equal values compare equal whatever their key order. */
function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** Where the law requires a secret ballot, configuration may tune thresholds but not open the vote. */
function secretBallotIssues(values: ConfigurableValues): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const code of AWARD_CODES) {
    if (!CATALOGUE[code].secretBallotRequired) continue;
    const council = values.awardRules[code].council;
    if (council === null || council.ballot !== 'secret') {
      issues.push({
        path: `awardRules.${code}.council`,
        message: 'The law requires a secret ballot',
      });
    }
  }
  for (const [unitId, rule] of Object.entries(values.cstdcsCouncilRuleByUnit)) {
    if (rule.ballot !== 'secret') {
      issues.push({
        path: `cstdcsCouncilRuleByUnit.${unitId}`,
        message: 'The law requires a secret ballot',
      });
    }
  }
  return issues;
}

const RECORD_KEYS = new Set<ConfigurableKey>(['awardRules', 'cstdcsCouncilRuleByUnit']);

/** Validate an override against a rule set and compute the merged values and the audit diff. */
export function validateConfigOverride(ruleSet: RuleSet, input: unknown): ConfigOverrideResult {
  const parsed = configOverrideSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const override = parsed.data as Record<string, unknown>;

  const notAllowed = Object.keys(override).filter(
    (key) => !ruleSet.configurableKeys.includes(key as ConfigurableKey),
  );
  if (notAllowed.length > 0) {
    return {
      ok: false,
      issues: notAllowed.map((key) => ({
        path: key,
        message: 'Not configurable in this rule set',
      })),
    };
  }

  const merged: Record<string, unknown> = { ...ruleSet.values };
  const changes: ConfigChange[] = [];
  // Walk keys in their declared order so the audit diff is deterministic.
  for (const configKey of CONFIGURABLE_KEYS.filter((k) => k in override)) {
    const key: string = configKey;
    const value = override[key];
    const before = (ruleSet.values as Record<string, unknown>)[key];
    if (RECORD_KEYS.has(configKey)) {
      const beforeRecord = before as Record<string, unknown>;
      const afterRecord: Record<string, unknown> = { ...beforeRecord };
      for (const [entry, entryValue] of Object.entries(value as Record<string, unknown>)) {
        if (stableStringify(beforeRecord[entry]) !== stableStringify(entryValue)) {
          changes.push({
            key: configKey,
            entry,
            from: beforeRecord[entry] ?? null,
            to: entryValue,
          });
        }
        afterRecord[entry] = entryValue;
      }
      merged[key] = afterRecord;
    } else {
      if (stableStringify(before) !== stableStringify(value)) {
        changes.push({ key: configKey, from: before, to: value });
      }
      merged[key] = value;
    }
  }

  const full = configurableValuesSchema.safeParse(merged);
  if (!full.success) return { ok: false, issues: toIssues(full.error) };
  const legalIssues = secretBallotIssues(full.data);
  if (legalIssues.length > 0) return { ok: false, issues: legalIssues };
  return { ok: true, values: full.data, changes };
}

export class ConfigOverrideError extends Error {
  readonly code = 'CONFIG_OVERRIDE_INVALID';
  constructor(readonly issues: ConfigIssue[]) {
    super(
      `Invalid configuration override: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
    this.name = 'ConfigOverrideError';
  }
}

/**
 * The rule set with an override merged in; `revision` identifies the stored override so that
 * every eligibility result can name exactly which configuration it was judged by.
 */
export function applyConfigOverride(ruleSet: RuleSet, input: unknown, revision: string): RuleSet {
  const result = validateConfigOverride(ruleSet, input);
  if (!result.ok) throw new ConfigOverrideError(result.issues);
  return {
    ...ruleSet,
    values: result.values,
    configRevision: revision,
    overrides: [...ruleSet.overrides, ...result.changes],
  };
}
