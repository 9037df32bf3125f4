import ExcelJS from 'exceljs';
import { AwardRecordModel } from '../../../data/history/awardRecordModel';
import { ImportBatchModel } from '../../../data/history/importBatchModel';
import { parseSheets } from '../../../data/history/import/parseSheets';
import { KIND_SPECS } from '../../../data/history/import/recordKinds';
import { readXlsx } from '../../../data/history/import/spreadsheetFiles';
import { writeImport } from '../../../data/history/import/writeImport';
import { loadNomineeHistory } from '../../../data/history/loadHistory';
import { PersonModel } from '../../../data/history/personModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { XLSX, historySheets, readWorkbook, workbook } from './historyFixtures';

/**
 * History import and export over real HTTP and the real database.
 * One stack for the file; each describe goes on from what the ones before wrote.
 */
let stack: TestStack;
let secretariat: ApiClient;
let admin: ApiClient;
let officer: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [secretariat, admin, officer] = await Promise.all(
    ['thuongtruc', 'quantri', 'canbo.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
});
afterAll(() => stack.stop());

async function wipe(): Promise<void> {
  await Promise.all([
    PersonModel.deleteMany({}),
    AwardRecordModel.deleteMany({}),
    ImportBatchModel.deleteMany({}),
  ]);
}

const upload = (client: ApiClient, file: Buffer, type = XLSX, query = '') =>
  client.postFile(`/api/history/import${query}`, file, type);

async function download(client: ApiClient, query: string, file = 'export') {
  const response = await fetch(`${stack.apiUrl}/api/history/${file}${query}`, {
    headers: { authorization: `Bearer ${(client as any).token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe('history import: files refused', () => {
  test('a file with bad rows is refused whole: every error listed, nothing written', async () => {
    await wipe();
    const sheets = historySheets();
    sheets['Đánh giá xếp loại']!.push(['CB-001', 2019, 'Xuất sắc lắm', 95]); // row 17: unknown grade
    sheets['Cá nhân']!.push([
      'CB-004',
      'Vàng A Sùng',
      '31/02/1988',
      'Nam',
      'Kinh Bắc',
      'VCSDT',
      null,
      null,
      '01/01/2012',
      null,
    ]); // row 5
    sheets['Kỷ luật']!.push(['CB-009', 'Cảnh cáo', '01/01/2024', '31/12/2023', null]); // row 3
    const response = await upload(secretariat, await workbook(sheets));

    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('IMPORT_INVALID');
    expect(response.body.error.messageVi).toContain('chưa ghi dòng nào');
    const found = response.body.error.rows.map(
      (e: any) => `${e.sheet}!${e.row}:${e.column}:${e.code}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Đánh giá xếp loại!17:Xếp loại:INVALID_VALUE',
        'Cá nhân!5:Ngày sinh:INVALID_DATE',
        'Cá nhân!5:Dân tộc:UNKNOWN_ETHNICITY',
        'Kỷ luật!3:Hiệu lực đến:END_BEFORE_START',
      ]),
    );
    for (const error of response.body.error.rows) {
      expect(error.message.vi).toBeTruthy();
      expect(error.message.en).toBeTruthy();
    }
    expect(await PersonModel.countDocuments()).toBe(0);
    expect(await AwardRecordModel.countDocuments()).toBe(0);
    expect(await ImportBatchModel.countDocuments()).toBe(0);
  });

  test('a reference to a person who is nowhere is a row error, and nothing is written', async () => {
    await wipe();
    const sheets = historySheets();
    sheets['Sáng kiến']!.push(['CB-404', 'SK-1', 'Sáng kiến', null, 2024, 'Cấp cơ sở', null, null]);
    sheets['Cá nhân']![1]![5] = 'VU-KHONG-CO';
    const response = await upload(admin, await workbook(sheets));
    expect(response.status).toBe(422);
    const found = response.body.error.rows.map((e: any) => `${e.sheet}!${e.row}:${e.code}`);
    expect(found).toEqual(['Cá nhân!2:UNKNOWN_UNIT', 'Sáng kiến!4:UNKNOWN_PERSON']);
    expect(await PersonModel.countDocuments()).toBe(0);
  });

  test('unit staff may not import or export; the wrong content type is refused', async () => {
    const file = await workbook(historySheets());
    expect((await upload(officer, file)).body.error.code).toBe('ROLE_NOT_ALLOWED');
    expect((await download(officer, '?format=xlsx')).status).toBe(403);
    const wrongType = await upload(secretariat, file, 'application/pdf');
    expect([wrongType.status, wrongType.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const csvWithoutKind = await upload(secretariat, Buffer.from('a,b\n'), 'text/csv');
    expect([csvWithoutKind.status, csvWithoutKind.body.error.code]).toEqual([400, 'KIND_REQUIRED']);
    const corrupt = await upload(secretariat, Buffer.from('not a zip'));
    expect([corrupt.status, corrupt.body.error.code]).toEqual([400, 'UNREADABLE_FILE']);
  });
});

describe('history import: written once, converging', () => {
  test('a valid file is written; importing it again changes nothing', async () => {
    await wipe();
    const file = await workbook(historySheets());
    const first = await upload(secretariat, file);
    expect(first.status).toBe(200);
    expect(first.body.counts).toMatchObject({
      people: 3,
      evaluations: 15,
      registrations: 6,
      awards: 3,
      initiatives: 2,
    });
    const before = await loadNomineeHistory('CB-001');
    expect(before?.evaluations).toHaveLength(5);
    expect(before?.awards.map((a) => `${a.code}:${a.year}`)).toEqual(['LDTT:2023', 'CSTDCS:2024']);
    expect(before?.initiatives[0]?.usedFor).toEqual([
      { award: 'CSTDCS', year: 2024, path: 'good_completion_initiative' },
    ]);
    expect(before?.absences[0]).toEqual({
      kind: 'maternity',
      from: '2021-02-01',
      to: '2021-07-31',
      workingDays: 125,
    });

    const again = await upload(secretariat, file);
    expect(again.status).toBe(200);
    expect(again.body.batchId).toBe(first.body.batchId);
    expect(await loadNomineeHistory('CB-001')).toEqual(before);
    expect(await AwardRecordModel.countDocuments()).toBe(3);
    expect(await ImportBatchModel.findById(first.body.batchId).lean()).toMatchObject({
      status: 'done',
    });

    // A record revoked as a revoking decision marks it: the rules read it revoked.
    await AwardRecordModel.updateOne(
      { subjectId: 'CB-001', code: 'LDTT' },
      { $set: { revoked: { at: new Date(), reason: 'Thu hồi', decisionNumber: '1/QĐ-TH' } } },
    );
    expect((await loadNomineeHistory('CB-001'))?.awards).toEqual([
      { ...before!.awards[0], revoked: true },
      before!.awards[1],
    ]);
  });

  test('a write that stopped part-way converges when the same file is imported again', async () => {
    await wipe();
    const file = await workbook(historySheets());
    await upload(secretariat, file);
    const clean = await Promise.all(['CB-001', 'CB-002', 'CB-003'].map(loadNomineeHistory));

    await wipe();
    // Simulate a crash: only the first subjects' rows (the people sheet and a few evaluations) got written.
    const { rows } = parseSheets(await readXlsx(file));
    await writeImport(rows.slice(0, 6));
    expect(await PersonModel.countDocuments()).toBe(3);
    expect(await AwardRecordModel.countDocuments()).toBe(0);

    expect((await upload(secretariat, file)).status).toBe(200);
    expect(await Promise.all(['CB-001', 'CB-002', 'CB-003'].map(loadNomineeHistory))).toEqual(
      clean,
    );
  });
});

describe('history export and import round trip', () => {
  test('export → import gives the same data, and Vietnamese text survives in XLSX and CSV', async () => {
    await wipe();
    await upload(secretariat, await workbook(historySheets()));
    const histories = await Promise.all(['CB-001', 'CB-002', 'CB-003'].map(loadNomineeHistory));

    const exported = await download(secretariat, '?format=xlsx');
    expect(exported.status).toBe(200);
    expect(exported.type).toBe(XLSX);
    const sheets = await readWorkbook(exported.body);
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining([
        'Cá nhân',
        'Đánh giá xếp loại',
        'Khen thưởng',
        'Sáng kiến',
        'Quá trình công tác',
      ]),
    );
    expect(sheets['Cá nhân']![0]).toEqual(
      expect.arrayContaining(['Họ và tên', 'Dân tộc', 'Ngày sinh']),
    );
    expect(sheets['Cá nhân']![1]).toEqual(
      expect.arrayContaining([
        'CB-001',
        'Nguyễn Thị Ánh',
        'Ê-đê',
        'Nữ',
        '12/05/1985',
        'Chuyên viên chính',
      ]),
    );
    expect(sheets['Cá nhân']![3]).toEqual(expect.arrayContaining(['Hà Thị Ngọc Điệp', 'Hmông']));
    expect(sheets['Đánh giá xếp loại']![1]).toEqual([
      'CB-001',
      2021,
      'Hoàn thành xuất sắc nhiệm vụ',
      92,
    ]);
    expect(sheets['Sáng kiến']![1]).toEqual(
      expect.arrayContaining(['Số hoá hồ sơ chính sách dân tộc vùng Tây Nguyên']),
    );
    // Emulation registration both ways: "Có", and "Không" kept apart from no row at all.
    expect(sheets['Đăng ký thi đua']).toEqual([
      ['Mã cá nhân', 'Năm', 'Có đăng ký thi đua'],
      ...[2021, 2022, 2023, 2024, 2025].map((y) => ['CB-001', y, 'Có']),
      ['CB-002', 2025, 'Không'],
    ]);
    expect(histories.map((h) => h!.registrations?.length)).toEqual([5, 1, 0]);
    expect(sheets['Bản án, xử phạt']![1]).toEqual([
      'CB-003',
      'Xử phạt vi phạm hành chính',
      '15/03/2021',
      '15/09/2021',
      '12/QĐ-XPVPHC',
    ]);
    expect(histories[2]!.sanctions).toEqual([
      { kind: 'administrative_sanction', decidedOn: '2021-03-15', effectiveTo: '2021-09-15' },
    ]);
    expect(histories[2]!.awards).toContainEqual(
      expect.objectContaining({ code: 'BKBO', year: 2022, issuerLevel: 'province_mass_org' }),
    );
    expect(sheets['Khen thưởng']).toContainEqual(
      expect.arrayContaining(['CB-003', 'Đoàn thể, Mặt trận Tổ quốc cấp tỉnh']),
    );

    await wipe();
    expect((await upload(admin, exported.body)).status).toBe(200);
    expect(await Promise.all(['CB-001', 'CB-002', 'CB-003'].map(loadNomineeHistory))).toEqual(
      histories,
    );
    const reExported = await readWorkbook((await download(secretariat, '?format=xlsx')).body);
    expect(reExported).toEqual(sheets);

    const csv = await download(secretariat, '?format=csv&kind=evaluations');
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFFMã cá nhân,Năm,Xếp loại,Điểm')).toBe(true);
    expect(text).toContain('CB-002,2025,Hoàn thành nhiệm vụ,75');

    await PersonModel.updateMany({}, { $set: { evaluations: {} } });
    const reimported = await upload(secretariat, csv.body, 'text/csv', '?kind=evaluations');
    expect([reimported.status, reimported.body.counts]).toEqual([200, { evaluations: 15 }]);
    expect(await loadNomineeHistory('CB-002')).toEqual(histories[1]);
  });
});

describe('history import: the template and CSV row errors', () => {
  test('any signed-in user downloads a blank template built from the import declaration, and it imports back once filled', async () => {
    const template = await download(officer, '?format=xlsx', 'template');
    expect(template.status).toBe(200);
    expect(template.type).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(KIND_SPECS.map((k) => k.sheet.vi));
    for (const spec of KIND_SPECS) {
      const sheet = book.getWorksheet(spec.sheet.vi)!;
      expect(sheet.rowCount).toBe(1);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(spec.columns.map((c) => c.vi));
    }
    const grade = book.getWorksheet('Đánh giá xếp loại')!.getRow(1).getCell(3);
    expect(String(grade.note)).toContain('bắt buộc');
    expect(String(grade.note)).toContain('Hoàn thành tốt nhiệm vụ (good)');

    await wipe();
    const filled = historySheets();
    book.getWorksheet('Cá nhân')!.addRows(filled['Cá nhân']!.slice(1));
    book.getWorksheet('Đánh giá xếp loại')!.addRows(filled['Đánh giá xếp loại']!.slice(1));
    const imported = await upload(secretariat, Buffer.from(await book.xlsx.writeBuffer()));
    expect([imported.status, imported.body.counts]).toEqual([200, { people: 3, evaluations: 15 }]);

    const csv = await download(officer, '?format=csv&kind=initiatives', 'template');
    expect(csv.status).toBe(200);
    expect(csv.body.toString('utf8')).toBe(
      '\uFEFFMã cá nhân,Mã sáng kiến,Loại,"Tên sáng kiến, đề tài",Năm công nhận,Phạm vi công nhận,Số quyết định,Đã dùng để xét\n',
    );
    const noKind = await officer.get('/api/history/template?format=csv');
    expect([noKind.status, noKind.body.error.code]).toEqual([400, 'KIND_REQUIRED']);
    expect((await new ApiClient(stack.apiUrl).get('/api/history/template')).status).toBe(401);
  });

  test('a CSV row error names the row and column', async () => {
    const csv = Buffer.from(
      '\uFEFFMã cá nhân,Năm,Xếp loại,Điểm\nCB-001,2020,Hoàn thành tốt nhiệm vụ,80\nCB-001,20x0,Hoàn thành tốt nhiệm vụ,101\n',
    );
    const response = await upload(secretariat, csv, 'text/csv; charset=utf-8', '?kind=evaluations');
    expect(response.status).toBe(422);
    expect(response.body.error.rows).toEqual([
      expect.objectContaining({
        sheet: 'Đánh giá xếp loại',
        row: 3,
        column: 'Năm',
        code: 'INVALID_NUMBER',
      }),
      expect.objectContaining({
        sheet: 'Đánh giá xếp loại',
        row: 3,
        column: 'Điểm',
        code: 'INVALID_NUMBER',
      }),
    ]);
  });
});
