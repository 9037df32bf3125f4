import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';
import { XLSX, historySheets, workbook } from './historyFixtures';

/** "Is this person eligible for award X in year Y, and why", from stored history, over HTTP. */
describe('GET /api/people/:id/eligibility', () => {
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
    const imported = await fetch(`${stack.apiUrl}/api/history/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(secretariat as any).token}`, 'content-type': XLSX },
      body: new Uint8Array(file),
    });
    expect(imported.status).toBe(200);
  });
  afterAll(() => stack.stop());

  const eligibility = (client: ApiClient, id: string, query: string) =>
    client.get(`/api/people/${id}/eligibility?${query}`);

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
      'award=CSTDCS&year=2022&receivedOn=2023-01-05',
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
