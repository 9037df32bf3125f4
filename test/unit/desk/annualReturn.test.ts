import { buildAnnualReturn, leadershipLevel } from '../../../domain/desk/annualReturn';

/** Form 0603.N/BNV-TĐKT (Circular 02/2023/TT-BNV): rows 05–10 split individuals by position. */
describe('annual return to the Ministry of Home Affairs', () => {
  test.each([
    ['Thứ trưởng, Phó Chủ nhiệm', '06'],
    ['Vụ trưởng', '07'],
    ['Phó Vụ trưởng', '07'],
    ['Giám đốc Trung tâm Thông tin', '07'],
    ['Phó Trưởng phòng', '09'],
    ['Chuyên viên chính', '10'],
    [undefined, '10'],
  ])('%s → row %s', (position, row) => {
    expect(leadershipLevel(position)).toBe(row);
  });

  test('columns by award, rows by subject and method; other awards are not on this form', () => {
    const rows = buildAnnualReturn([
      { awardCode: 'BKBO', nomineeKind: 'individual', kind: 'merit', position: 'Vụ trưởng' },
      { awardCode: 'BKBO', nomineeKind: 'collective', kind: 'ad_hoc' },
      { awardCode: 'CSTDBO', nomineeKind: 'individual', kind: 'merit', position: 'Chuyên viên' },
      { awardCode: 'COBO', nomineeKind: 'collective', kind: 'merit' },
      { awardCode: 'KNC', nomineeKind: 'individual', kind: 'long_service' },
      { awardCode: 'LDTT', nomineeKind: 'individual', kind: 'merit' },
    ]);
    const byCode = Object.fromEntries(rows.filter((r) => r.code).map((r) => [r.code, r.values]));
    expect(byCode['01']).toEqual({ total: 5, byAward: [2, 1, 1, 1] });
    expect(byCode['02']).toEqual({ total: 2, byAward: [1, 0, 1, 0] });
    expect(byCode['05']!.total).toBe(3);
    expect(byCode['07']).toEqual({ total: 1, byAward: [1, 0, 0, 0] });
    expect(byCode['10']!.total).toBe(2);
    expect(byCode['11']!.total).toBe(3);
    expect(byCode['13']!.total).toBe(1);
    expect(byCode['16']).toEqual({ total: 1, byAward: [0, 0, 0, 1] });
    expect(rows.filter((r) => r.code).map((r) => r.code)).toEqual(
      Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });
});
