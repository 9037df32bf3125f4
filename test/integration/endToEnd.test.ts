import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { captureHistory } from '../harness/captureHistory';
import { startTestStack, type TestStack } from '../harness/testStack';

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

  const stage = async (id: string) => (await officer.get(`/api/nominations/${id}`)).body.stage;
  const waitStage = (id: string, expected: string) =>
    eventually(
      () => stage(id),
      (s) => s === expected,
    );

  test('two nominees go through a secret round; the minister approves one', async () => {
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
    const [kept, struck] = ids as [string, string];
    expect(
      (await head.post('/api/dossiers', { title: 'Tờ trình số 12/TTr-VCSDT', nominationIds: ids }))
        .status,
    ).toBe(202);
    for (const id of ids) {
      await waitStage(id, 'appraisal');
      await eventually(
        () => officer.get(`/api/nominations/${id}`),
        (r) => r.body.lastSeq >= 2,
      );
      const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
        outcome: 'accept',
      });
      expect(accepted.body.stage).toBe('council_review');
    }

    const round = await secretariat.post('/api/council-rounds', {
      title: 'Phiên họp xét Chiến sĩ thi đua cơ sở năm 2025',
      members: ['hoidong.1', 'hoidong.2', 'chutich'],
      chairId: 'chutich',
      scheduledOn: '2026-01-15',
      deadline: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(round.status).toBe(201);
    const roundId = round.body._id;
    const added = await secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
      nominations: ids.map((nominationId) => ({ nominationId })),
      ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 20 }],
    });
    expect(added.status).toBe(200);
    for (const id of ids) await waitStage(id, 'council_vote');

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
    for (const voter of [member1, member2, chair]) {
      expect((await voter.post(`/api/council-rounds/${roundId}/ballot`, approveBoth)).status).toBe(
        200,
      );
    }
    expect((await chair.post(`/api/council-rounds/${roundId}/close`)).status).toBe(200);
    for (const id of ids) await waitStage(id, 'awaiting_decision');

    const drafted = await secretariat.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: ids,
    });
    expect(drafted.status).toBe(201);
    const decisionId = drafted.body.decision._id;
    for (const id of ids) await waitStage(id, 'minister_decision');

    const ruling = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: struck, reason: 'Đang có đơn khiếu nại chưa giải quyết xong.' }],
    });
    expect(ruling.status).toBe(200);
    await waitStage(kept, 'approved');
    await waitStage(struck, 'rejected');

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

    const workflows = stack.client.workflow;
    await captureHistory(workflows.getHandle(`nomination-${kept}`), 'e2e-nomination-approved');
    // Submitted by update-with-start, taken by the round and the decision by update.
    await captureHistory(
      workflows.getHandle(`nomination-${kept}`),
      'e2e-nomination-asked-by-groups',
    );
    await captureHistory(workflows.getHandle(`nomination-${struck}`), 'e2e-nomination-struck');
    // Taking nominations by update only (no signal after it): e2e-council-round-secret and
    // e2e-award-decision keep the signalling histories from before.
    await captureHistory(
      workflows.getHandle(`council-round-${roundId}`),
      'e2e-council-round-joined-by-update',
    );
    await captureHistory(
      workflows.getHandle(`award-decision-${decisionId}`),
      'e2e-award-decision-joined-by-update',
    );

    const published = await new ApiClient(stack.apiUrl).get('/api/public/decisions');
    expect(JSON.stringify(published.body)).toContain(awarded.decision.number);
    expect(JSON.stringify(published.body)).not.toContain('Vàng A Dính');
  });
});
