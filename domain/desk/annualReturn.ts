import type { CommendationKind } from '../catalogue/awardDefinition';

/**
 * The annual statistical return on ministry-level commendations to the Ministry of Home
 * Affairs: form **0603.N/BNV-TĐKT** "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung
 * ương và tỉnh, thành phố trực thuộc Trung ương", issued with Circular 02/2023/TT-BNV of
 * 23/03/2023 (statistical reporting in the home-affairs sector; it replaced the 07xx forms of
 * Circular 03/2018/TT-BNV); the return is due on 15 December of the reporting year.
 * Columns: 1 = total (2+3+4+5); 2 Bằng khen; 3 Chiến sĩ thi đua cấp bộ; 4 Cờ thi đua;
 * 5 Kỷ niệm chương. Rows carry the form's codes 01–17. Rows the agency's data cannot
 * hold (enterprises, households, entrepreneurs, resistance) are reported as 0.
 */
export const ANNUAL_RETURN_FORM = {
  code: '0603.N/BNV-TĐKT',
  title:
    'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  basis: 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ',
  receivedOn: 'Ngày 15 tháng 12 năm báo cáo',
} as const;

export const RETURN_COLUMNS = [
  { award: 'BKBO', vi: 'Bằng khen' },
  { award: 'CSTDBO', vi: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh' },
  { award: 'COBO', vi: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố' },
  { award: 'KNC', vi: 'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh' },
] as const;

type RowCode = `${0 | 1}${number}`;

export interface ReturnRow {
  code: RowCode | '';
  label: string;
  unit: string;
  /** Absent on section headings. */
  values?: { total: number; byAward: number[] };
}

interface GrantedCommendation {
  awardCode: string;
  nomineeKind: 'individual' | 'collective';
  kind: CommendationKind;
  position?: string;
}

type LeadershipLevel = '06' | '07' | '09' | '10';

const LEVELS: [LeadershipLevel, RegExp][] = [
  ['06', /(bộ trưởng|thứ trưởng|chủ nhiệm ủy ban|chủ nhiệm|chủ tịch ủy ban nhân dân)/iu],
  [
    '07',
    /(vụ trưởng|cục trưởng|chánh văn phòng|chánh thanh tra|giám đốc|viện trưởng|hiệu trưởng|tổng biên tập)/iu,
  ],
  ['09', /(trưởng phòng|phó phòng|trưởng ban|phó ban)/iu],
];

/** Row of an individual by position: ministry-level leaders 06, department 07, others ≥ deputy head of division 09, staff 10. */
export function leadershipLevel(position: string | undefined): LeadershipLevel {
  const text = (position ?? '').normalize('NFC');
  return LEVELS.find(([, pattern]) => pattern.test(text))?.[0] ?? '10';
}

/** Row of the commendation's method: 11 regular … 16 seniority (the medal for service years). */
function methodRow(c: GrantedCommendation): RowCode {
  switch (c.kind) {
    case 'merit':
      return '11';
    case 'thematic':
      return '12';
    case 'ad_hoc':
      return '13';
    case 'external_affairs':
      return '14';
    default:
      return c.awardCode === 'KNC' ? '16' : '15';
  }
}

export function buildAnnualReturn(granted: readonly GrantedCommendation[]): ReturnRow[] {
  const counted = granted.filter((g) => RETURN_COLUMNS.some((c) => c.award === g.awardCode));
  const values = (match: (g: GrantedCommendation) => boolean) => {
    const byAward = RETURN_COLUMNS.map(
      (col) => counted.filter((g) => g.awardCode === col.award && match(g)).length,
    );
    return { total: byAward.reduce((a, b) => a + b, 0), byAward };
  };
  const individual = (level: LeadershipLevel) => (g: GrantedCommendation) =>
    g.nomineeKind === 'individual' && leadershipLevel(g.position) === level;
  const none = () => false;
  const row = (
    code: RowCode,
    label: string,
    unit: string,
    match: (g: GrantedCommendation) => boolean,
  ) => ({
    code,
    label,
    unit,
    values: values(match),
  });
  const method = (code: RowCode, label: string) =>
    row(code, label, '', (g) => methodRow(g) === code);
  return [
    row('01', 'Tổng số', '', () => true),
    { code: '', label: '1. Chia theo đối tượng khen thưởng', unit: '' },
    row('02', '- Tập thể', 'Tập thể', (g) => g.nomineeKind === 'collective'),
    row('03', 'Trong đó: Doanh nghiệp', 'Doanh nghiệp', none),
    row('04', '- Hộ gia đình', 'Hộ', none),
    row('05', '- Cá nhân', 'Người', (g) => g.nomineeKind === 'individual'),
    row('06', '+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên', 'Người', individual('06')),
    row('07', '+ Lãnh đạo cấp vụ, sở, ngành và tương đương', 'Người', individual('07')),
    row('08', '+ Doanh nhân', 'Người', none),
    row('09', '+ Các cấp lãnh đạo khác từ phó phòng trở lên', 'Người', individual('09')),
    row(
      '10',
      '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu',
      'Người',
      individual('10'),
    ),
    { code: '', label: '2. Chia theo phương thức khen thưởng', unit: '' },
    method('11', '- Thường xuyên'),
    method('12', '- Chuyên đề'),
    method('13', '- Đột xuất'),
    method('14', '- Đối ngoại'),
    method('15', '- Cống hiến'),
    method('16', '- Niên hạn'),
    row('17', '- Kháng chiến', '', none),
  ];
}
