import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { captureHistory } from '../harness/captureHistory';
import { startTestStack, type TestStack } from '../harness/testStack';

/** Resolves once the nomination reaches `expected`, as its unit sees it. */
const waitStage = (officer: ApiClient, id: string, expected: string) =>
  eventually(
    async () => (await officer.get(`/api/nominations/${id}`)).body.stage,
    (s) => s === expected,
  );

/** Two drafts, one dossier sent upward, both accepted at appraisal. */
async function submitAndAccept(officer: ApiClient, head: ApiClient, secretariat: ApiClient) {
  const ids: string[] = [];
  for (const name of ['Lò Thị Mai', 'Vàng A Dính']) {
    const created = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
    });
    ids.push(created.body._id);
  }
  expect(
    (await head.post('/api/dossiers', { title: 'Tờ trình số 12/TTr-VCSDT', nominationIds: ids }))
      .status,
  ).toBe(202);
  for (const id of ids) {
    await waitStage(officer, id, 'appraisal');
    await eventually(
      () => officer.get(`/api/nominations/${id}`),
      (r) => r.body.lastSeq >= 2,
    );
    const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'accept',
    });
    expect(accepted.body.stage).toBe('council_review');
  }
  return ids as [string, string];
}

/** A secret round of three in which every member approves both; returns the round's id. */
async function councilPassesBoth(
  officer: ApiClient,
  secretariat: ApiClient,
  chair: ApiClient,
  members: ApiClient[],
  ids: string[],
) {
  const round = await secretariat.post('/api/council-rounds', {
    title: 'Phiên họp xét Chiến sĩ thi đua cơ sở năm 2025',
    members: ['hoidong.1', 'hoidong.2', 'chutich'],
    chairId: 'chutich',
    scheduledOn: '2026-01-15',
    deadline: new Date(Date.now() + 3600_000).toISOString(),
  });
  expect(round.status).toBe(201);
  const roundId: string = round.body._id;
  const added = await secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
    nominations: ids.map((nominationId) => ({ nominationId })),
    ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 20 }],
  });
  expect(added.status).toBe(200);
  for (const id of ids) await waitStage(officer, id, 'council_vote');

  expect(
    (
      await chair.post(`/api/council-rounds/${roundId}/attendance`, {
        present: ['hoidong.1', 'hoidong.2', 'chutich'],
      })
    ).status,
  ).toBe(200);
  expect((await chair.post(`/api/council-rounds/${roundId}/open`)).status).toBe(200);
  const approveBoth = {
    choices: ids.map((nominationId) => ({ nominationId, choice: 'approve' })),
  };
  for (const voter of [...members, chair]) {
    expect((await voter.post(`/api/council-rounds/${roundId}/ballot`, approveBoth)).status).toBe(
      200,
    );
  }
  expect((await chair.post(`/api/council-rounds/${roundId}/close`)).status).toBe(200);
  for (const id of ids) await waitStage(officer, id, 'awaiting_decision');
  return roundId;
}

/** The award's two ledger entries: the one kept ends approved, the struck one with its reason. */
async function expectHistories(officer: ApiClient, kept: string, struck: string) {
  const awarded = (await officer.get(`/api/nominations/${kept}`)).body;
  expect(awarded.decision.number).toMatch(/^\d+\/QĐ-BDTTG$/);
  expect(awarded.history.map((h: { action: string }) => h.action)).toEqual([
    'drafted',
    'submitted',
    'checks_needs_judgement',
    'appraisal_accepted',
    'added_to_round',
    'council_passed',
    'included_in_decision',
    'minister_approved',
  ]);
  const refused = (await officer.get(`/api/nominations/${struck}`)).body;
  expect(refused.history.at(-1)).toMatchObject({
    action: 'struck_from_decision',
    reason: 'Đang có đơn khiếu nại chưa giải quyết xong.',
  });
  return awarded.decision.number as string;
}

/** The histories the replay tests keep (test/fixtures/histories). */
async function captureJourneyHistories(
  stack: TestStack,
  ids: { kept: string; struck: string; roundId: string; decisionId: string },
) {
  const workflows = stack.client.workflow;
  await captureHistory(workflows.getHandle(`nomination-${ids.kept}`), 'e2e-nomination-approved');
  // Submitted by update-with-start, taken by the round and the decision by update.
  await captureHistory(
    workflows.getHandle(`nomination-${ids.kept}`),
    'e2e-nomination-asked-by-groups',
  );
  await captureHistory(workflows.getHandle(`nomination-${ids.struck}`), 'e2e-nomination-struck');
  // Taking nominations by update only (no signal after it): e2e-council-round-secret and
  // e2e-award-decision keep the signalling histories from before.
  await captureHistory(
    workflows.getHandle(`council-round-${ids.roundId}`),
    'e2e-council-round-joined-by-update',
  );
  await captureHistory(
    workflows.getHandle(`award-decision-${ids.decisionId}`),
    'e2e-award-decision-joined-by-update',
  );
}

/**
 * The whole process across its workflows, over the API: a unit's two-nominee dossier,
 * appraisal, a secret council round, the minister's decision striking one nominee, the
 * number issued and published, and the unit seeing the result.
 */
describe('from the unit to the published decision', () => {
  let stack: TestStack;
  let officer: ApiClient, head: ApiClient, secretariat: ApiClient, minister: ApiClient;
  let member1: ApiClient, member2: ApiClient, chair: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    [officer, head, secretariat, minister, member1, member2, chair] = await Promise.all(
      [
        'canbo.vcsdt',
        'vutruong.vcsdt',
        'thuongtruc',
        'botruong',
        'hoidong.1',
        'hoidong.2',
        'chutich',
      ].map((user) => ApiClient.signIn(stack.apiUrl, user)),
    );
  });
  afterAll(() => stack.stop());

  test('two nominees go through a secret round; the minister approves one', async () => {
    const ids = await submitAndAccept(officer, head, secretariat);
    const [kept, struck] = ids;
    const roundId = await councilPassesBoth(officer, secretariat, chair, [member1, member2], ids);

    const drafted = await secretariat.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: ids,
    });
    expect(drafted.status).toBe(201);
    const decisionId = drafted.body.decision._id;
    for (const id of ids) await waitStage(officer, id, 'minister_decision');

    const ruling = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: struck, reason: 'Đang có đơn khiếu nại chưa giải quyết xong.' }],
    });
    expect(ruling.status).toBe(200);
    await waitStage(officer, kept, 'approved');
    await waitStage(officer, struck, 'rejected');

    const number = await expectHistories(officer, kept, struck);
    await captureJourneyHistories(stack, { kept, struck, roundId, decisionId });

    const published = await new ApiClient(stack.apiUrl).get('/api/public/decisions');
    expect(JSON.stringify(published.body)).toContain(number);
    expect(JSON.stringify(published.body)).not.toContain('Vàng A Dính');
  });
});
