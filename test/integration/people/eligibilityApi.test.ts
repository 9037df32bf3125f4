import { recordInitiativeUses } from '../../../data/history/initiativeUses';
import { loadNomineeHistory } from '../../../data/history/loadHistory';
import { PersonModel } from '../../../data/history/personModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { grantByDecision } from '../../harness/grantByDecision';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { XLSX, historySheets, workbook } from './historyFixtures';

/**
 * "Is this person eligible for award X in year Y, and why", from stored history, over HTTP.
 * One stack for the file, the history imported once.
 */
let stack: TestStack;
let officer: ApiClient;
let otherUnit: ApiClient;
let secretariat: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, otherUnit, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'canbo.tttt', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  const file = await workbook(historySheets());
  expect((await secretariat.postFile('/api/history/import', file, XLSX)).status).toBe(200);
});
afterAll(() => stack.stop());

const eligibility = (client: ApiClient, id: string, query: string) =>
  client.get(`/api/people/${id}/eligibility?${query}`);

const importFile = (body: Buffer, type: string, query = '') =>
  secretariat.postFile(`/api/history/import${query}`, body, type);

/** The 2026 Minister's Certificate refused, the initiative named as used (1168/BNV-BTĐKT). */
const expectBkboWithout = async (
  personId: string,
  used: { initiativeId: string; usedForYear: number },
) => {
  const response = await eligibility(
    officer,
    personId,
    'award=BKBO&year=2026&receivedOn=2026-12-20',
  );
  expect(response.status).toBe(200);
  expect(response.body.verdict).toBe('not_eligible');
  expect(response.body.consumes).toEqual([]);
  const reuse = response.body.reasons.find(
    (r: any) => r.code === 'BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS',
  );
  expect(reuse?.facts).toMatchObject(used);
  expect(reuse?.citation.instrument).toContain('1168/BNV-BTĐKT');
};

describe('GET /api/people/:id/eligibility: an initiative used for a Grassroots title', () => {
  test("an initiative the import marks as used for a Grassroots title does not count again toward the Minister's Certificate (1168/BNV-BTĐKT)", async () => {
    // Rated "good" in 2024, so the 2024 CSTĐCS rested on an initiative; excellent 2025–2026.
    const sheets = historySheets();
    const person = [
      'CB-010',
      'Đinh Thị Hoa',
      '02/09/1988',
      'Nữ',
      'Mường',
      'VCSDT',
      'Chuyên viên',
      'Không',
      '01/09/2012',
      null,
    ];
    const grades: [number, string][] = [
      [2024, 'Hoàn thành tốt nhiệm vụ'],
      [2025, 'Hoàn thành xuất sắc nhiệm vụ'],
      [2026, 'Hoàn thành xuất sắc nhiệm vụ'],
    ];
    const xlsx = await workbook({
      'Cá nhân': [sheets['Cá nhân']![0]!, person],
      'Đánh giá xếp loại': [
        sheets['Đánh giá xếp loại']![0]!,
        ...grades.map(([year, grade]) => ['CB-010', year, grade, 90]),
      ],
    });
    expect((await importFile(xlsx, XLSX)).status).toBe(200);

    // The clerk writes the title and year only, or the path in Vietnamese words.
    const initiatives = (usedFor: string) =>
      Buffer.from(
        [
          'Mã cá nhân,Mã sáng kiến,Loại,Năm công nhận,Phạm vi công nhận,Đã dùng để xét',
          `CB-010,SK-10-A,Sáng kiến,2025,Cấp cơ sở,${usedFor}`,
          'CB-010,SK-10-B,Sáng kiến,2026,Cấp cơ sở,',
        ].join('\n'),
      );
    for (const usedFor of ['CSTDCS/2024', 'CSTDCS/2024/Hoàn thành tốt nhiệm vụ và có sáng kiến']) {
      const imported = await importFile(initiatives(usedFor), 'text/csv', '?kind=initiatives');
      expect([imported.status, imported.body.counts]).toEqual([200, { initiatives: 2 }]);
      await expectBkboWithout('CB-010', { initiativeId: 'SK-10-A', usedForYear: 2024 });
    }

    // A path the rules do not know is refused, never stored where no rule would read it.
    const unknownPath = await importFile(
      initiatives('CSTDCS/2024/sang kien'),
      'text/csv',
      '?kind=initiatives',
    );
    expect(unknownPath.status).toBe(422);
    expect(unknownPath.body.error.rows).toEqual([
      expect.objectContaining({ row: 2, column: 'Đã dùng để xét', code: 'INVALID_USE_PATH' }),
    ]);
  });
});

describe('GET /api/people/:id/eligibility: an initiative a granted CSTĐCS rested on', () => {
  test("an initiative a CSTĐCS granted in TĐKT Flow rested on (good completion + initiative) no longer counts toward the Minister's Certificate, however often the signing is retried or the initiative re-imported (1168/BNV-BTĐKT)", async () => {
    const sheets = historySheets();
    const person = [
      'CB-030',
      'Lý Thị Sen',
      '15/03/1990',
      'Nữ',
      'Dao',
      'VCSDT',
      'Chuyên viên',
      'Không',
      '01/09/2014',
      null,
    ];
    expect(
      (await importFile(await workbook({ 'Cá nhân': [sheets['Cá nhân']![0]!, person] }), XLSX))
        .status,
    ).toBe(200);
    const initiatives = Buffer.from(
      [
        'Mã cá nhân,Mã sáng kiến,Loại,Năm công nhận,Phạm vi công nhận,Đã dùng để xét',
        'CB-030,SK-30-A,Sáng kiến,2025,Cấp cơ sở,',
        'CB-030,SK-30-B,Sáng kiến,2026,Cấp cơ sở,',
      ].join('\n'),
    );
    expect((await importFile(initiatives, 'text/csv', '?kind=initiatives')).status).toBe(200);

    // Nominated before the 2025 grades are in: the title rests on the initiative.
    const head = await ApiClient.signIn(stack.apiUrl, 'vutruong.vcsdt');
    const [id] = await submitToAppraisal(officer, head, [
      { name: 'Lý Thị Sen', personId: 'CB-030' },
    ]);
    const checked = await officer.get(`/api/nominations/${id!}`);
    const use = { award: 'CSTDCS', year: 2025, path: 'good_completion_initiative' };
    expect(checked.body.checks.consumes).toEqual([{ initiativeId: 'SK-30-A', use }]);
    const { number } = await grantByDecision(stack.apiUrl, {
      ids: [id],
      awardCode: 'CSTDCS',
      year: 2025,
      unitId: 'VCSDT',
    });

    // Rated excellent in 2025 and 2026 since: two initiatives in those years would make it.
    const grades = await workbook({
      'Đánh giá xếp loại': [
        sheets['Đánh giá xếp loại']![0]!,
        ['CB-030', 2025, 'Hoàn thành xuất sắc nhiệm vụ', 95],
        ['CB-030', 2026, 'Hoàn thành xuất sắc nhiệm vụ', 95],
      ],
    });
    expect((await importFile(grades, XLSX)).status).toBe(200);
    const used = { initiativeId: 'SK-30-A', usedForYear: 2025 };
    await expectBkboWithout('CB-030', used);

    // The signing step retried records the use once; re-importing the initiative keeps it.
    await recordInitiativeUses([id], number);
    const stored = await PersonModel.findById('CB-030').lean();
    expect(Object.values(stored!.initiativeUses)).toEqual([
      expect.objectContaining({ initiativeId: 'SK-30-A', ...use, decisionNumber: number }),
    ]);
    expect((await importFile(initiatives, 'text/csv', '?kind=initiatives')).status).toBe(200);
    const history = await loadNomineeHistory('CB-030');
    expect(history!.initiatives.find((i) => i.id === 'SK-30-A')!.usedFor).toEqual([use]);
    await expectBkboWithout('CB-030', used);
  });
});

describe('GET /api/people/:id/eligibility: the verdict, its reasons and its regime', () => {
  test('answers with the verdict, the reasons and their legal basis, and the rule set applied', async () => {
    const response = await eligibility(
      officer,
      'CB-001',
      'award=CSTDCS&year=2025&receivedOn=2025-12-20',
    );
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      person: { id: 'CB-001', fullName: 'Nguyễn Thị Ánh', unitId: 'VCSDT' },
      award: 'CSTDCS',
      year: 2025,
      subjectId: 'CB-001',
      receivedOn: '2025-12-20',
      held: false,
    });
    expect(body.ruleSet.id).toBe(body.ruleSetId);
    expect(body.ruleSet.validFrom <= '2025-12-20').toBe(true);
    expect(body.verdict).toBe('eligible');
    expect(body.reasons.length).toBeGreaterThan(0);
    for (const reason of body.reasons) {
      expect(reason).toEqual(
        expect.objectContaining({
          code: expect.any(String),
          severity: expect.stringMatching(/^(blocking|needs_judgement|info)$/),
          message: { vi: expect.any(String), en: expect.any(String) },
          facts: expect.any(Object),
          citation: expect.objectContaining({ instrument: expect.any(String) }),
        }),
      );
    }
    expect(body.summary.vi).toMatch(/^Đủ điều kiện/);
    expect(body.summary.vi).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });

  test('a reprimand in the year and a lower grade make the person not eligible, with blocking reasons', async () => {
    const response = await eligibility(
      officer,
      'CB-002',
      'award=LDTT&year=2025&receivedOn=2025-12-20',
    );
    expect(response.status).toBe(200);
    expect(response.body.verdict).toBe('not_eligible');
    const blocking = response.body.reasons.filter((r: any) => r.severity === 'blocking');
    expect(blocking.length).toBeGreaterThan(0);
    expect(JSON.stringify(blocking)).toMatch(/reprimand|khiển trách|Khiển trách/);
  });

  test('an open complaint holds the award', async () => {
    const response = await eligibility(
      otherUnit,
      'CB-003',
      'award=LDTT&year=2025&receivedOn=2025-12-20',
    );
    expect(response.status).toBe(200);
    expect(response.body.held).toBe(true);
    expect(response.body.reasons.map((r: any) => r.code)).toContain('HOLD_ACTIVE');
  });

  test("another unit's staff cannot read a person's eligibility; the secretariat can", async () => {
    const hidden = await eligibility(otherUnit, 'CB-001', 'award=CSTDCS&year=2025');
    expect([hidden.status, hidden.body.error.code]).toEqual([404, 'PERSON_NOT_FOUND']);
    const missing = await eligibility(otherUnit, 'CB-999', 'award=CSTDCS&year=2025');
    expect(missing.body).toEqual(hidden.body);
    expect((await eligibility(secretariat, 'CB-001', 'award=CSTDCS&year=2025')).status).toBe(200);
  });

  test('a dossier received before 2024 is judged by the 2003 Law, and the answer says which regime and why', async () => {
    const before = await eligibility(
      officer,
      'CB-001',
      'award=CSTDCS&year=2023&receivedOn=2023-12-31',
    );
    expect(before.status).toBe(200);
    expect(before.body.ruleSet.id).toBe('tdkt-2017-09');
    expect(before.body.regime.message.vi).toContain('31/12/2023, trước ngày Luật 06/2022/QH15');
    expect(before.body.regime.basis[0]).toMatchObject({
      instrument: 'Luật 06/2022/QH15',
      article: 'Điều 94',
    });
    const after = await eligibility(
      officer,
      'CB-001',
      'award=CSTDBO&year=2024&receivedOn=2024-01-01',
    );
    expect(after.status).toBe(200);
    expect(after.body.ruleSet.id).toBe('tdkt-2024-01');
    expect(after.body.regime.earlierRegimeYears).toEqual([2022, 2023]);
    expect(after.body.regime.basis.map((b: any) => b.article)).toEqual(['Điều 94', 'Điều 95']);
  });
});

describe('GET /api/people/:id/eligibility: what a question carries, and bad ones', () => {
  test('the review occasion and the upward proposal date are facts a question can carry', async () => {
    const annual = await eligibility(
      officer,
      'CB-001',
      'award=AHLD&year=2025&receivedOn=2025-12-20&reviewOccasion=annual',
    );
    expect(annual.status).toBe(200);
    expect(annual.body.verdict).toBe('not_eligible');
    expect(annual.body.reasons.map((r: any) => r.code)).toContain('HERO_NOT_AT_EMULATION_CONGRESS');
    const unknown = await eligibility(
      officer,
      'CB-001',
      'award=AHLD&year=2025&receivedOn=2025-12-20',
    );
    expect(unknown.body.reasons.map((r: any) => r.code)).toContain('REVIEW_OCCASION_MISSING');
    const wrong = await eligibility(officer, 'CB-001', 'award=AHLD&year=2025&reviewOccasion=party');
    expect([wrong.status, wrong.body.error.field]).toEqual([400, 'reviewOccasion']);
    const badDate = await eligibility(
      officer,
      'CB-001',
      'award=CSTDTQ&year=2025&proposedUpwardOn=2026-02-30',
    );
    expect([badDate.status, badDate.body.error.field]).toEqual([400, 'proposedUpwardOn']);
  });

  test('bad questions are refused with the field named', async () => {
    const badAward = await eligibility(officer, 'CB-001', 'award=XYZ&year=2025');
    expect([badAward.status, badAward.body.error.code, badAward.body.error.field]).toEqual([
      400,
      'VALIDATION_FAILED',
      'award',
    ]);
    const noRules = await eligibility(
      officer,
      'CB-001',
      'award=CSTDCS&year=2009&receivedOn=2010-05-31',
    );
    expect([noRules.status, noRules.body.error.code, noRules.body.error.field]).toEqual([
      422,
      'RULE_SET_NOT_FOUND',
      'receivedOn',
    ]);
    const unauthenticated = await new ApiClient(stack.apiUrl).get(
      '/api/people/CB-001/eligibility?award=CSTDCS&year=2025',
    );
    expect(unauthenticated.status).toBe(401);
  });
});
