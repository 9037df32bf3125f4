import { addDays } from '../../../domain/calendar';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { pdfText } from '../../unit/documents/pdfText';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { today } from './awardDecisionFixtures';

jest.setTimeout(180_000);

const COUNCIL = ['hoidong.1', 'hoidong.2', 'chutich'];

/**
 * An award the Prime Minister decides, from the unit to the outcome upward, over the API with
 * every workflow real: the minister signs a submission (tờ trình), not a decision; the
 * secretariat enters the Prime Minister's decision as data, dated no earlier than the
 * submission (Law 06/2022/QH15, Art. 84); the nomination keeps the minister as its signer.
 */
describe('proposed upward: the submission and the higher authority’s decision', () => {
  let stack: TestStack;
  /** Signed-in clients by demo user name. */
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    for (const user of ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'botruong']) {
      as[user] = await ApiClient.signIn(stack.apiUrl, user);
    }
    for (const member of COUNCIL) as[member] = await ApiClient.signIn(stack.apiUrl, member);
  });
  afterAll(() => stack.stop());
  const secretariat = () => as.thuongtruc!;

  const nomination = async (id: string) => (await secretariat().get(`/api/nominations/${id}`)).body;
  const reach = (id: string, stage: string) =>
    eventually(
      () => nomination(id),
      (n) => n.stage === stage,
      30_000,
    );

  /** A BKTTG nomination (ad hoc: no public comment) through appraisal and a secret round. */
  async function awaitingDecision(): Promise<string> {
    const created = await as['canbo.vcsdt']!.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Hà Văn Chiến', position: 'Vụ trưởng' },
      awardCode: 'BKTTG',
      kind: 'ad_hoc',
      year: 2025,
      achievements: 'Thành tích đột xuất trong công tác dân tộc năm 2025.',
    });
    expect(created.status).toBe(201);
    const id = created.body._id as string;
    const dossier = await as['vutruong.vcsdt']!.post('/api/dossiers', {
      title: 'Đề nghị Bằng khen của Thủ tướng Chính phủ',
      nominationIds: [id],
    });
    expect(dossier.status).toBe(202);
    await eventually(
      () => nomination(id),
      (n) => n.stage === 'appraisal' && n.lastSeq >= 2,
    );
    const accepted = await secretariat().post(`/api/nominations/${id}/appraisal`, {
      outcome: 'accept',
    });
    expect(accepted.body.stage).toBe('council_review');

    const round = await secretariat().post('/api/council-rounds', {
      title: 'Phiên họp xét đề nghị khen thưởng cấp Nhà nước',
      members: COUNCIL,
      chairId: 'chutich',
      scheduledOn: today(),
      deadline: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(round.status).toBe(201);
    const path = `/api/council-rounds/${round.body._id}`;
    expect(
      (await secretariat().post(`${path}/nominations`, { nominations: [{ nominationId: id }] }))
        .status,
    ).toBe(200);
    await reach(id, 'council_vote');
    expect((await as.chutich!.post(`${path}/attendance`, { present: COUNCIL })).status).toBe(200);
    expect((await as.chutich!.post(`${path}/open`)).status).toBe(200);
    for (const member of COUNCIL) {
      const ballot = { choices: [{ nominationId: id, choice: 'approve' }] };
      expect((await as[member]!.post(`${path}/ballot`, ballot)).status).toBe(200);
    }
    expect((await as.chutich!.post(`${path}/close`)).status).toBe(200);
    await reach(id, 'awaiting_decision');
    return id;
  }

  test('the Prime Minister’s decision is stored as data after the submission; the minister stays the signer', async () => {
    const id = await awaitingDecision();
    const drafted = await secretariat().post('/api/decisions', {
      awardCode: 'BKTTG',
      year: 2025,
      nominationIds: [id],
    });
    expect(drafted.status).toBe(201);
    const decisionId = drafted.body.decision._id as string;
    await reach(id, 'minister_decision');
    const ruling = await as.botruong!.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(ruling.status).toBe(200);
    const submission = ruling.body.decision.number as string;
    expect(submission).toMatch(/^\d+\/TTr-BDTTG$/);

    const forwarded = await reach(id, 'forwarded');
    expect(forwarded.decision).toMatchObject({
      number: submission,
      documentType: 'submission',
      signedOn: today(),
      signedBy: { userId: 'botruong', role: 'minister' },
    });
    const pdf = await fetch(`${stack.apiUrl}/api/decisions/${decisionId}/decision.pdf`, {
      headers: { authorization: `Bearer ${await tokenOf('thuongtruc')}` },
    });
    const { text } = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain(`Số: ${submission}`);
    expect(text).toContain('Kính gửi: Thủ tướng Chính phủ');

    const outcome = {
      outcome: 'granted',
      number: '512/QĐ-TTg',
      decidedOn: today(),
      issuer: 'prime_minister',
    };
    const early = await secretariat().post(`/api/nominations/${id}/external-outcome`, {
      ...outcome,
      decidedOn: addDays(today(), -1),
    });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'INVALID_ACTION', field: 'decidedOn' });
    expect(early.body.error.messageVi).toContain('không thể trước Tờ trình đề nghị của Bộ');
    const wrongIssuer = await secretariat().post(`/api/nominations/${id}/external-outcome`, {
      ...outcome,
      issuer: 'president',
    });
    expect([wrongIssuer.status, wrongIssuer.body.error.field]).toEqual([422, 'issuer']);
    expect((await nomination(id)).stage).toBe('forwarded');

    const granted = await secretariat().post(`/api/nominations/${id}/external-outcome`, outcome);
    expect([granted.status, granted.body.stage]).toEqual([200, 'approved']);
    const approved = await nomination(id);
    expect(approved.externalDecision).toMatchObject({
      outcome: 'granted',
      number: '512/QĐ-TTg',
      decidedOn: today(),
      issuer: 'prime_minister',
      recordedBy: { userId: 'thuongtruc', role: 'secretariat' },
    });
    // The ministry's document as the minister signed it, not re-signed at data entry.
    expect(approved.decision).toEqual(forwarded.decision);
    expect(approved.history.at(-1)).toMatchObject({
      action: 'granted_upward',
      detail: { vi: expect.stringContaining('Quyết định số 512/QĐ-TTg ngày') },
    });
  });

  async function tokenOf(username: string): Promise<string> {
    const response = await fetch(`${stack.apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD, tokenType: 'bearer' }),
    });
    return ((await response.json()) as { token: string }).token;
  }
});
