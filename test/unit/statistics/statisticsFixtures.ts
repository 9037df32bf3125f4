import type { StatisticsEntry } from '../../../data/statistics/statisticsEntry';

/** A submitted individual nomination's entry, with `over` changed. */
export const entry = (over: Partial<StatisticsEntry> = {}): StatisticsEntry => ({
  year: 2025,
  unitId: 'VCSDT',
  awardCode: 'LDTT',
  kind: 'merit',
  gender: 'female',
  ethnicity: '03',
  outcome: 'inProgress',
  personId: 'P-1',
  ...over,
});
