import { PersonModel } from '../../data/history/personModel';
import { parseSheets, type RawSheet } from '../../data/history/import/parseSheets';
import { kindSpec, type RecordKind } from '../../data/history/import/recordKinds';
import { writeImport } from '../../data/history/import/writeImport';

type Cell = string | number | null;

/** A sheet in the import format: Vietnamese headers of `kind`, then `rows`. */
function sheet(kind: RecordKind, rows: Cell[][]): RawSheet {
  const spec = kindSpec(kind);
  return {
    name: spec.sheet.vi,
    rows: [spec.columns.map((c) => c.vi), ...rows].map((cells, i) => ({ rowNumber: i + 1, cells })),
  };
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/**
 * Five officers of the demo units with seven years of history, chosen so the eligibility page
 * shows every kind of answer: eligible for CSTĐCS (Lò Văn Púa), three consecutive CSTĐCS toward
 * the ministry title (Nguyễn Thị Hằng), a reprimand in 2025 (Trần Quốc Việt), a recent recruit
 * (Y Blúp Êban), and an open complaint that holds any award (Lê Thị Thanh Tâm).
 */
const PEOPLE: Cell[][] = [
  [
    'DEMO-VCSDT-01',
    'Lò Văn Púa',
    '14/09/1982',
    'Nam',
    'Thái',
    'VCSDT',
    'Chuyên viên chính',
    'Không',
    '01/04/2009',
    null,
  ],
  [
    'DEMO-VCSDT-02',
    'Nguyễn Thị Hằng',
    '02/02/1986',
    'Nữ',
    'Kinh',
    'VCSDT',
    'Phó Vụ trưởng',
    'Có',
    '15/09/2010',
    null,
  ],
  [
    'DEMO-VCSDT-03',
    'Trần Quốc Việt',
    '21/12/1979',
    'Nam',
    'Tày',
    'VCSDT',
    'Chuyên viên',
    'Không',
    '01/03/2006',
    null,
  ],
  [
    'DEMO-TTTT-01',
    'Y Blúp Êban',
    '10/10/1996',
    'Nam',
    'Ê-đê',
    'TTTT',
    'Biên tập viên',
    'Không',
    '01/09/2025',
    null,
  ],
  [
    'DEMO-TTTT-02',
    'Lê Thị Thanh Tâm',
    '30/06/1988',
    'Nữ',
    'Mường',
    'TTTT',
    'Phó Giám đốc',
    'Có',
    '01/07/2012',
    null,
  ],
];

function grade(id: string, year: number): [string, number] {
  if (id === 'DEMO-VCSDT-03' && year === 2025) return ['Hoàn thành nhiệm vụ', 65];
  if (id === 'DEMO-VCSDT-02' || year >= 2023) return ['Hoàn thành xuất sắc nhiệm vụ', 92];
  return ['Hoàn thành tốt nhiệm vụ', 82];
}

/** Every year's grade of each officer but the recent recruit, who has only 2025. */
const EVALUATIONS: Cell[][] = [
  ...PEOPLE.filter(([id]) => id !== 'DEMO-TTTT-01').flatMap(([id]) =>
    YEARS.map((y) => [id, y, ...grade(String(id), y)]),
  ),
  ['DEMO-TTTT-01', 2025, 'Hoàn thành tốt nhiệm vụ', 78],
];

function award(id: string, code: string, year: number, level: string): Cell[] {
  return [
    'Cá nhân',
    id,
    code,
    year,
    level,
    'Công trạng',
    `${(year * 7) % 300}/QĐ-UBDT`,
    `20/01/${year + 1}`,
    null,
  ];
}

const AWARDS: Cell[][] = [
  ...YEARS.slice(0, -1).flatMap((y) => [
    award('DEMO-VCSDT-01', 'LDTT', y, 'Đơn vị'),
    award('DEMO-VCSDT-02', 'LDTT', y, 'Đơn vị'),
    award('DEMO-TTTT-02', 'LDTT', y, 'Đơn vị'),
  ]),
  award('DEMO-VCSDT-02', 'CSTDCS', 2022, 'Bộ, ngành'),
  award('DEMO-VCSDT-02', 'CSTDCS', 2023, 'Bộ, ngành'),
  award('DEMO-VCSDT-02', 'CSTDCS', 2024, 'Bộ, ngành'),
  award('DEMO-VCSDT-02', 'BKBO', 2021, 'Bộ, ngành'),
];

const INITIATIVES: Cell[][] = [
  [
    'DEMO-VCSDT-01',
    'SK-PUA-2025',
    'Sáng kiến',
    'Bộ chỉ số theo dõi chính sách hỗ trợ đồng bào vùng cao',
    2025,
    'Cấp cơ sở',
    '12/QĐ-VCSDT',
    null,
  ],
  [
    'DEMO-VCSDT-02',
    'SK-HANG-2022',
    'Sáng kiến',
    'Quy trình số hoá hồ sơ dân tộc thiểu số',
    2022,
    'Cấp cơ sở',
    '5/QĐ-VCSDT',
    'CSTDCS/2022',
  ],
  [
    'DEMO-VCSDT-02',
    'DT-HANG-2024',
    'Đề tài nghiên cứu',
    'Đánh giá tác động Chương trình mục tiêu quốc gia 1719',
    2024,
    'Toàn Bộ',
    '210/QĐ-UBDT',
    'CSTDCS/2024',
  ],
  [
    'DEMO-VCSDT-02',
    'SK-HANG-2025',
    'Sáng kiến',
    'Cổng tra cứu chính sách dân tộc',
    2025,
    'Toàn Bộ',
    '98/QĐ-BDTTG',
    null,
  ],
];

function demoHistorySheets(): RawSheet[] {
  return [
    sheet('people', PEOPLE),
    sheet('evaluations', EVALUATIONS),
    sheet('awards', AWARDS),
    sheet('initiatives', INITIATIVES),
    sheet('discipline', [
      ['DEMO-VCSDT-03', 'Khiển trách', '12/05/2025', '11/05/2026', '77/QĐ-BDTTG'],
    ]),
    sheet('holds', [
      [
        'Cá nhân',
        'DEMO-TTTT-02',
        'Đang giải quyết khiếu nại, tố cáo',
        '03/11/2025',
        null,
        'Đơn ngày 28/10/2025',
      ],
    ]),
    sheet('absences', [['DEMO-VCSDT-02', 'Nghỉ thai sản', '01/03/2020', '31/08/2020', 128]]),
    sheet('unitAssignments', [
      ['DEMO-VCSDT-01', 'VP', '01/04/2009', '31/12/2017', 'Có'],
      ['DEMO-VCSDT-01', 'VCSDT', '01/01/2018', null, null],
      ['DEMO-VCSDT-02', 'VCSDT', '15/09/2010', null, null],
      ['DEMO-VCSDT-03', 'VCSDT', '01/03/2006', null, null],
      ['DEMO-TTTT-01', 'TTTT', '01/09/2025', null, null],
      ['DEMO-TTTT-02', 'TTTT', '01/07/2012', null, null],
    ]),
  ];
}

/**
 * Adds the demo people's history through the importer's own validation and idempotent writes.
 * Runs only while the demo people are missing, so it never overwrites what someone changed.
 */
export async function seedDemoHistory(): Promise<void> {
  if (await PersonModel.exists({ _id: 'DEMO-VCSDT-01' })) return;
  const { rows, errors } = parseSheets(demoHistorySheets());
  if (errors.length > 0) {
    throw new Error(`demo history is invalid: ${JSON.stringify(errors.slice(0, 5))}`);
  }
  await writeImport(rows);
}
