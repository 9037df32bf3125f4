import type { IsoDateText } from '../calendar/isoDate';

/** When a rule set applies: from its first day to its last, open-ended when `validTo` is null. */
interface ValidityPeriod {
  validFrom: IsoDateText;
  validTo: IsoDateText | null;
}

/** Kept apart from the rule sets' data so the browser can pick one without loading them. */
export function isInForce(period: ValidityPeriod, date: IsoDateText): boolean {
  return period.validFrom <= date && (period.validTo === null || date <= period.validTo);
}
