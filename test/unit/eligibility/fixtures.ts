import type {
  AwardRecord,
  CollectiveHistory,
  CollectiveYear,
  Initiative,
  NomineeHistory,
} from '../../../domain/eligibility/history';
import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import type { EvaluationGrade } from '../../../domain/ruleSets/scales';

/** A long-serving officer with no awards; tests add exactly the facts they are about. */
export function person(overrides: Partial<NomineeHistory> = {}): NomineeHistory {
  return {
    subject: 'individual',
    schemaVersion: 1,
    person: {
      id: 'p1',
      fullName: 'Nguyễn Thị An',
      gender: 'female',
      recruitmentDate: '2010-03-01',
    },
    units: [{ unitId: 'VU-TCCB', from: '2010-03-01', to: null }],
    evaluations: [],
    awards: [],
    initiatives: [],
    discipline: [],
    holds: [],
    absences: [],
    achievements: [],
    ...overrides,
  };
}

export function grades(byYear: Record<number, EvaluationGrade>): NomineeHistory['evaluations'] {
  return Object.entries(byYear).map(([year, grade]) => ({ year: Number(year), grade }));
}

export function award(
  code: AwardCode,
  year: number,
  extra: Partial<AwardRecord> = {},
): AwardRecord {
  return {
    code,
    year,
    issuerLevel:
      code === 'BKTTG' ? 'state' : code === 'LDTT' || code === 'GK' ? 'unit' : 'ministry',
    basis: 'merit',
    ...extra,
  };
}

export function titles(code: AwardCode, years: number[]): AwardRecord[] {
  return years.map((y) => award(code, y));
}

export function initiative(id: string, year: number, extra: Partial<Initiative> = {}): Initiative {
  return { id, kind: 'initiative', year, scope: 'grassroots', usedFor: [], ...extra };
}

export function collective(
  year: Partial<CollectiveYear> & { year: number },
  overrides: Partial<CollectiveHistory> = {},
): CollectiveHistory {
  return {
    subject: 'collective',
    schemaVersion: 1,
    collective: { id: 'c1', name: 'Vụ Tổ chức cán bộ', unitId: 'VU-TCCB', blocId: 'B1' },
    years: [
      {
        headcount: 20,
        ldttCount: 20,
        cstdcsCount: 2,
        completedTasksCount: 20,
        womenCount: 10,
        unitGrade: 'excellent',
        ...year,
      },
    ],
    awards: [],
    holds: [],
    achievements: [],
    ...overrides,
  };
}
