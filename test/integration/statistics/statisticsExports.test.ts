import ExcelJS from 'exceljs';
import pino from 'pino';
import { vietnamDateOf } from '../../../domain/calendar';
import { AwardDecisionModel } from '../../../data/awardDecision/awardDecisionModel';
import { PersonModel } from '../../../data/history/personModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { buildStatisticsSummaries } from '../../../data/statistics/buildStatisticsSummaries';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

const system = { userId: 'system', name: 'Hệ thống', role: 'system' as const };

async function download(client: ApiClient, path: string, token: string) {
  void client;
  return fetch(path, { headers: { authorization: `Bearer ${token}` } });
}

async function sheets(buffer: ArrayBuffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return Object.fromEntries(
    workbook.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [ws.name, rows];
    }),
  );
}

/**
 * Statistics by unit, award, kind, gender and ethnicity; the MoHA return; a decision's annex.
 * One stack for the file, its nominations and decision seeded once.
 */
let stack: TestStack;
let secretariat: ApiClient;
let officer: ApiClient;
let token: string;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  const login = await new ApiClient(stack.apiUrl).post<{ token: string }>('/api/auth/login', {
    username: 'thuongtruc',
    password: 'TdktDemo@2026',
    tokenType: 'bearer',
  });
  token = login.body.token;
  secretariat = await ApiClient.signIn(stack.apiUrl, 'thuongtruc');
  officer = await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt');
  const person = (id: string, fullName: string, gender: string, ethnicityCode: string) => ({
    _id: id,
    fullName,
    gender,
    ethnicityCode,
    unitId: 'VCSDT',
    recruitmentDate: '2010-01-01',
  });
  await PersonModel.create([
    person('ST-1', 'Lò Thị Ánh', 'female', '03'),
    person('ST-2', 'Đinh Văn Mạnh', 'male', '06'),
    person('ST-3', 'Nguyễn Thị Hằng', 'female', '01'),
  ] as any[]);
  const signedAt = new Date('2025-06-10T03:00:00Z');
  const n = (
    id: string,
    awardCode: string,
    stage: string,
    nominee: Record<string, string>,
    extra: Record<string, unknown> = {},
  ) => ({
    _id: id,
    unitId: nominee.kind === 'collective' ? 'TTTT' : 'VCSDT',
    nominee,
    awardCode,
    kind: 'merit',
    year: 2025,
    achievements: '…',
    stage,
    createdBy: system,
    ...(stage === 'approved' && { decision: { number: '1/QĐ-BDTTG', sequence: 1, signedAt } }),
    ...extra,
  });
  await NominationModel.create([
    n('S1', 'BKBO', 'approved', {
      kind: 'individual',
      name: 'Lò Thị Ánh',
      personId: 'ST-1',
      position: 'Vụ trưởng',
    }),
    n('S2', 'CSTDBO', 'approved', {
      kind: 'individual',
      name: 'Đinh Văn Mạnh',
      personId: 'ST-2',
      position: 'Chuyên viên chính',
    }),
    n('S3', 'BKBO', 'rejected', {
      kind: 'individual',
      name: 'Nguyễn Thị Hằng',
      personId: 'ST-3',
    }),
    n('S4', 'COBO', 'approved', { kind: 'collective', name: 'Trung tâm Thông tin' }),
    n(
      'S5',
      'KNC',
      'approved',
      { kind: 'individual', name: 'Lò Thị Ánh', personId: 'ST-1' },
      { kind: 'long_service' },
    ),
    n('S6', 'BKBO', 'appraisal', { kind: 'individual', name: 'Chưa có hồ sơ' }),
    n('S7', 'BKBO', 'draft', { kind: 'individual', name: 'Bản nháp' }),
  ] as any[]);
  await AwardDecisionModel.create({
    _id: 'dec-st',
    workflowId: 'award-decision-dec-st',
    status: 'signed',
    awardCode: 'BKBO',
    kind: 'merit',
    year: 2025,
    forwardedUpward: false,
    annex: [
      {
        nominationId: 'S1',
        nomineeName: 'Lò Thị Ánh',
        nomineeKind: 'individual',
        position: 'Vụ trưởng',
        unitId: 'VCSDT',
        unitName: 'Vụ Chính sách Dân tộc',
      },
      { nominationId: 'SX', nomineeName: 'Bị loại', nomineeKind: 'individual', unitId: 'VP' },
    ],
    struck: [{ nominationId: 'SX', reason: 'Không đủ điều kiện' }],
    draftedBy: system,
    draftedAt: new Date(),
    number: '1/QĐ-BDTTG',
    signedOn: '2025-06-10',
  });
  // Written past the workflows, as by an earlier version: the start-up build counts them.
  await buildStatisticsSummaries(pino({ level: 'silent' }));
});
afterAll(() => stack.stop());

describe('statistics and exports: the counts', () => {
  test('nominations and results by unit, award, kind, gender and ethnicity (drafts excluded)', async () => {
    const res = await secretariat.get('/api/statistics/breakdown?year=2025');
    expect(res.status).toBe(200);
    const row = (by: string, key: string) =>
      res.body[by].find((r: { key: string }) => r.key === key);
    expect(row('unit', 'VCSDT')).toMatchObject({
      nominated: 5,
      awarded: 3,
      notAwarded: 1,
      inProgress: 1,
    });
    expect(row('award', 'BKBO')).toMatchObject({
      nominated: 3,
      awarded: 1,
      notAwarded: 1,
      inProgress: 1,
    });
    expect(row('gender', 'female')).toMatchObject({ label: 'Nữ', nominated: 3, awarded: 2 });
    expect(row('gender', 'collective')).toMatchObject({ nominated: 1 });
    expect(row('ethnicity', '03')).toMatchObject({ label: 'Thái', nominated: 2 });
    expect(row('ethnicity', '06')).toMatchObject({ label: 'Mường', awarded: 1 });
    expect(row('kind', 'long_service')).toMatchObject({ nominated: 1 });
    expect((await officer.get('/api/statistics/breakdown?year=2025')).status).toBe(403);
    const noBy = await secretariat.get('/api/statistics/breakdown?year=2025&format=csv');
    expect(noBy.status).toBe(400);
    expect(noBy.body.error.field).toBe('by');
  });

  test('without a year: the latest year with a submitted dossier, not the calendar’s', async () => {
    // Every dossier is from 2025; this year has only a draft, which is no data yet.
    const thisYear = Number(vietnamDateOf(new Date()).slice(0, 4));
    expect(thisYear).toBeGreaterThan(2025);
    await NominationModel.create({
      _id: 'S-this-year-draft',
      unitId: 'VCSDT',
      nominee: { kind: 'individual', name: 'Bản nháp năm nay' },
      awardCode: 'BKBO',
      kind: 'merit',
      year: thisYear,
      achievements: '…',
      stage: 'draft',
      createdBy: system,
    });
    const opened = await secretariat.get('/api/statistics/breakdown');
    expect(opened.status).toBe(200);
    expect(opened.body.year).toBe(2025);
    expect(opened.body).toEqual(
      (await secretariat.get('/api/statistics/breakdown?year=2025')).body,
    );
    const csv = await download(
      secretariat,
      `${stack.apiUrl}/api/statistics/breakdown?format=csv&by=unit`,
      token,
    );
    expect(csv.headers.get('content-disposition')).toContain('thong-ke-khen-thuong-2025-unit');
    expect((await officer.get('/api/statistics/breakdown')).status).toBe(403);
  });
});

describe('statistics and exports: the files', () => {
  test('XLSX reads back with Vietnamese text intact; CSV is UTF-8 with a BOM', async () => {
    const xlsx = await download(
      secretariat,
      `${stack.apiUrl}/api/statistics/breakdown?year=2025&format=xlsx`,
      token,
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = await sheets(await xlsx.arrayBuffer());
    expect(Object.keys(book)).toEqual([
      'Theo đơn vị',
      'Theo hình thức',
      'Theo loại hình',
      'Theo giới tính',
      'Theo dân tộc',
    ]);
    expect(book['Theo dân tộc']).toEqual(expect.arrayContaining([['06', 'Mường', 1, 1, 0, 0, 0]]));
    expect(book['Theo đơn vị']).toEqual(
      expect.arrayContaining([['VCSDT', 'Vụ Chính sách Dân tộc', 5, 3, 1, 1, 0]]),
    );
    const csv = await download(
      secretariat,
      `${stack.apiUrl}/api/statistics/breakdown?year=2025&format=csv&by=gender`,
      token,
    );
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Nữ,3,2,1,0,0');
    expect(text).toContain('Không được khen thưởng');
  });

  test('the annual return 0603.N/BNV-TĐKT (Circular 02/2023/TT-BNV), JSON and XLSX', async () => {
    const res = await secretariat.get('/api/statistics/annual-return?year=2025');
    expect(res.body.form.code).toBe('0603.N/BNV-TĐKT');
    const row = (code: string) =>
      res.body.rows.find((r: { code: string }) => r.code === code).values;
    expect(row('01')).toEqual({ total: 4, byAward: [1, 1, 1, 1] });
    expect(row('02')).toEqual({ total: 1, byAward: [0, 0, 1, 0] });
    expect(row('07')).toEqual({ total: 1, byAward: [1, 0, 0, 0] });
    expect(row('16')).toEqual({ total: 1, byAward: [0, 0, 0, 1] });
    expect(
      (await secretariat.get('/api/statistics/annual-return?year=2024')).body.rows[0].values.total,
    ).toBe(0);
    const xlsx = await download(
      secretariat,
      `${stack.apiUrl}/api/statistics/annual-return?year=2025&format=xlsx`,
      token,
    );
    const book = await sheets(await xlsx.arrayBuffer());
    const rows = book['0603.N']!;
    expect(rows[0]).toEqual(['Biểu số: 0603.N/BNV-TĐKT']);
    expect(rows).toEqual(expect.arrayContaining([['Tổng số', '01', '', 4, 1, 1, 1, 1]]));
  });

  test('the list annexed to a decision, struck nominees left out', async () => {
    const res = await officer.get('/api/statistics/decisions/dec-st/annex');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { nomineeName: string }) => i.nomineeName)).toEqual([
      'Lò Thị Ánh',
    ]);
    const csv = await download(
      secretariat,
      `${stack.apiUrl}/api/statistics/decisions/dec-st/annex?format=csv`,
      token,
    );
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text).toContain('Danh sách kèm theo Quyết định số 1/QĐ-BDTTG');
    expect(text).toContain('1,Lò Thị Ánh,Vụ trưởng,Vụ Chính sách Dân tộc');
    expect((await secretariat.get('/api/statistics/decisions/none/annex')).status).toBe(404);
  });
});
