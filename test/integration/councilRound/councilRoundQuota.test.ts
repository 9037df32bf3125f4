import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import {
  MEMBERS,
  closedRound,
  createRound,
  everyoneApproves as approvedBy,
  nominationAtCouncil,
  paper,
  seedCouncil,
  type Council,
} from './councilRoundFixtures';

jest.setTimeout(120_000);

/** Quotas applied at the round, the chair's tie-break, and the deadline closing a round. */
describe('quotas at the round and the deadline', () => {
  let stack: TestStack;
  let council: Council;
  let m: Record<string, ApiClient>;

  beforeAll(async () => {
    stack = await startTestStack();
    council = await seedCouncil(stack);
    m = council.members;
  });
  afterAll(() => stack.stop());

  const fighter = (unitId: string, name: string) =>
    nominationAtCouncil(stack, { unitId, awardCode: 'CSTDCS', name });

  const everyoneApproves = (path: string, ids: string[]) => approvedBy(council, path, ids);

  test('CSTĐCS ≤ 15% of the unit’s LĐTT holders: equal results, the woman is kept (Decree 152/2025, Art. 4)', async () => {
    // 7 LĐTT titles approved for VCSDT in 2025 in the read model → quota ⌊7 × 15%⌋ = 1.
    for (let i = 0; i < 7; i += 1) {
      await nominationAtCouncil(stack, { unitId: 'VCSDT', awardCode: 'LDTT', stage: 'approved' });
    }
    const man = await fighter('VCSDT', 'Lò Văn A');
    const woman = await fighter('VCSDT', 'Lò Thị B');
    const lower = await fighter('VCSDT', 'Lò Văn C');
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    expect(
      (
        await council.secretariat.post(`${path}/nominations`, {
          nominations: [
            { nominationId: man, gender: 'male', evaluationScore: 92 },
            { nominationId: woman, gender: 'female', evaluationScore: 92 },
            { nominationId: lower, gender: 'male', evaluationScore: 80 },
          ],
        })
      ).status,
    ).toBe(200);
    await everyoneApproves(path, [man, woman, lower]);
    expect((await council.chair.post(`${path}/close`)).body.status).toBe('closed');

    const round = await closedRound(council.chair, roundId);
    const result = (id: string) => round.results.find((r: any) => r.nominationId === id);
    expect(result(woman).outcome).toBe('passed');
    expect(result(woman).quota).toMatchObject({ rank: 1, outcome: 'kept' });
    expect(result(woman).quota.reasons.map((r: any) => r.code)).toEqual([
      'QUOTA_KEPT',
      'QUOTA_WOMEN_PREFERRED',
    ]);
    expect(result(man).outcome).toBe('cut_by_quota');
    expect(result(man).quota).toMatchObject({ rank: 2, outcome: 'cut' });
    expect(result(man).quota.reasons[0].code).toBe('QUOTA_CUT_TIE_BREAK');
    expect(result(man).explanation.vi).toContain('ưu tiên cá nhân nữ');
    expect(result(lower).outcome).toBe('cut_by_quota');
    expect(result(lower).quota.reasons[0]).toMatchObject({ code: 'QUOTA_CUT' });
    expect(result(lower).quota.reasons[0].message.en).toContain('evaluation score 80');

    const minutes = (await council.secretariat.get(`${path}/minutes`)).body;
    expect(minutes.ldttCounts).toEqual([
      { unitId: 'VCSDT', year: 2025, count: 7, source: 'approved_ldtt_nominations' },
    ]);
    expect(minutes.summary.en).toContain('1 passed, 0 not passed, 2 cut by quota');
  });

  test('two women tied at the top for a quota of 1, a man below: the chair chooses one of the two women, the man is cut (issue 13)', async () => {
    const v01 = await fighter('VKHTC', 'Lò Thị Một');
    const v02 = await fighter('VKHTC', 'Lò Thị Hai');
    const man = await fighter('VKHTC', 'Lò Văn Ba');
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    const added = await council.secretariat.post(`${path}/nominations`, {
      nominations: [
        { nominationId: v01, gender: 'female', evaluationScore: 90 },
        { nominationId: v02, gender: 'female', evaluationScore: 90 },
        { nominationId: man, gender: 'male', evaluationScore: 80 },
      ],
      // ⌊7 × 15%⌋ = 1 place.
      ldttHolders: [{ unitId: 'VKHTC', year: 2025, count: 7 }],
    });
    expect(added.status).toBe(200);
    await everyoneApproves(path, [v01, v02, man]);
    const closing = await council.chair.post(`${path}/close`);
    expect(closing.body.status).toBe('awaiting_tie_break');
    expect(closing.body.pendingTies).toEqual([
      { scope: 'VKHTC/2025', kind: 'cstdcs_share_of_ldtt', tied: [v01, v02], places: 1 },
    ]);
    const waiting = (id: string) => closing.body.results.find((r: any) => r.nominationId === id);
    expect(waiting(man).quota).toMatchObject({ outcome: 'cut', rank: 3 });
    expect(waiting(man).quota.reasons[0].message.en).toContain(
      'evaluation score 80 is below the candidates tied for the last place (evaluation score 90)',
    );
    expect(waiting(v01).quota.reasons[0].message.en).toContain('for 1 remaining place(s)');

    // A wrong choice is refused at once, naming the one place among the two women, even
    // while no worker runs the round (the refusal took 14.9 s in the acceptance run).
    const restartWorker = await stack.stopWorker();
    const wrongChoices = [[], [v01, v02], [man], [v01, v01], [v01, man]];
    try {
      for (const keep of wrongChoices) {
        const started = Date.now();
        const refused = await council.chair.post(`${path}/tie-break`, { keep });
        expect(Date.now() - started).toBeLessThan(2000);
        expect([refused.status, refused.body.error.code]).toEqual([422, 'WRONG_TIE_CHOICE']);
      }
    } finally {
      await restartWorker();
    }
    const none = await council.chair.post(`${path}/tie-break`, { keep: [] });
    expect(none.body.error).toMatchObject({
      message: `VKHTC/2025: choose exactly 1 of ${v01}, ${v02}.`,
      messageVi: `VKHTC/2025: chọn đúng 1 trong số ${v01}, ${v02}.`,
      field: 'keep',
    });

    const settled = await council.chair.post(`${path}/tie-break`, { keep: [v02] });
    expect([settled.status, settled.body.status]).toEqual([200, 'closed']);
    const round = await closedRound(council.chair, roundId);
    const result = (id: string) => round.results.find((r: any) => r.nominationId === id);
    expect(result(v02)).toMatchObject({ outcome: 'passed', quota: { outcome: 'chosen_by_chair' } });
    expect(result(v01)).toMatchObject({
      outcome: 'cut_by_quota',
      quota: { outcome: 'not_chosen_by_chair' },
    });
    expect(result(man)).toMatchObject({ outcome: 'cut_by_quota', quota: { outcome: 'cut' } });
    // The minutes keep the tie's sentences apart.
    expect(result(v02).explanation.vi).toContain(
      ': Chủ tịch Hội đồng quyết định. Chủ tịch Hội đồng chọn trong nhóm đồng hạng.',
    );
    expect(result(v01).explanation.en).toContain(
      ': the chair decides. Not chosen by the chair among the tied nominees.',
    );
    const minutes = (await council.secretariat.get(`${path}/minutes`)).body;
    expect(minutes.summary.en).toContain('1 passed, 0 not passed, 2 cut by quota');
  });

  test('one flag per bloc: a tie at the top waits for the chair', async () => {
    const vp = await nominationAtCouncil(stack, {
      unitId: 'VP',
      awardCode: 'COBO',
      kind: 'collective',
    });
    const vtccb = await nominationAtCouncil(stack, {
      unitId: 'VTCCB',
      awardCode: 'COBO',
      kind: 'collective',
    });
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: vp }, { nominationId: vtccb }],
    });
    await everyoneApproves(path, [vp, vtccb]);
    const closing = await council.chair.post(`${path}/close`);
    expect(closing.body.status).toBe('awaiting_tie_break');
    expect(closing.body.pendingTies).toEqual([
      { scope: 'KHOI-1/2025', kind: 'one_per_bloc', tied: [vp, vtccb].sort(), places: 1 },
    ]);
    expect((await m['hoidong.1']!.post(`${path}/tie-break`, { keep: [vp] })).status).toBe(403);
    const both = await council.chair.post(`${path}/tie-break`, { keep: [vp, vtccb] });
    expect([both.status, both.body.error.code]).toEqual([422, 'WRONG_TIE_CHOICE']);
    const settled = await council.chair.post(`${path}/tie-break`, { keep: [vtccb] });
    expect([settled.status, settled.body.status]).toEqual([200, 'closed']);
    const round = await closedRound(council.chair, roundId);
    const result = (id: string) => round.results.find((r: any) => r.nominationId === id);
    expect(result(vtccb)).toMatchObject({
      outcome: 'passed',
      quota: { outcome: 'chosen_by_chair' },
    });
    expect(result(vp)).toMatchObject({
      outcome: 'cut_by_quota',
      quota: { outcome: 'not_chosen_by_chair', scope: 'KHOI-1/2025' },
    });
  });

  test('the ballot cannot open without the LĐTT count; only nominations at council review join', async () => {
    const ttttFighter = await nominationAtCouncil(stack, { unitId: 'TTTT', awardCode: 'CSTDCS' });
    const stillInAppraisal = await nominationAtCouncil(stack, {
      unitId: 'TTTT',
      awardCode: 'BKBO',
      stage: 'appraisal',
    });
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    const wrongStage = await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: stillInAppraisal }],
    });
    expect([wrongStage.status, wrongStage.body.error.code]).toEqual([422, 'NOT_IN_COUNCIL_REVIEW']);
    await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: ttttFighter }],
    });
    const twice = await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: ttttFighter }],
    });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'ALREADY_ON_AGENDA']);
    await council.chair.post(`${path}/attendance`, { present: MEMBERS });
    const refused = await council.chair.post(`${path}/open`);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'LDTT_COUNT_MISSING']);
    expect(refused.body.error.messageVi).toContain('TTTT/2025');
    // Declared by the secretariat, the ballot opens.
    await council.secretariat.post(`${path}/nominations`, {
      nominations: [
        { nominationId: await nominationAtCouncil(stack, { unitId: 'TTTT', awardCode: 'KNC' }) },
      ],
      ldttHolders: [{ unitId: 'TTTT', year: 2025, count: 12 }],
    });
    expect((await council.chair.post(`${path}/open`)).status).toBe(200);
  });

  test('the deadline closes a round: with its votes if open, with no result if never opened', async () => {
    const voted = await nominationAtCouncil(stack, { unitId: 'VP', awardCode: 'BKBO' });
    const waiting = await nominationAtCouncil(stack, { unitId: 'VP', awardCode: 'KNC' });
    const soon = new Date(Date.now() + 6000).toISOString();
    const [openRound, idleRound] = [
      await createRound(council, { deadline: soon }),
      await createRound(council, { deadline: soon }),
    ];
    await council.secretariat.post(`/api/council-rounds/${openRound}/nominations`, {
      nominations: [{ nominationId: voted }],
    });
    await council.secretariat.post(`/api/council-rounds/${idleRound}/nominations`, {
      nominations: [{ nominationId: waiting }],
    });
    const path = `/api/council-rounds/${openRound}`;
    const present = ['chutich', 'hoidong.1', 'hoidong.2', 'hd.vcsdt'];
    await council.chair.post(`${path}/attendance`, { present });
    expect((await council.chair.post(`${path}/open`)).status).toBe(200);
    for (const member of ['chutich', 'hoidong.1', 'hoidong.2']) {
      expect((await m[member]!.post(`${path}/ballot`, paper({ [voted]: 'approve' }))).status).toBe(
        200,
      );
    }

    const closed = await closedRound(council.chair, openRound);
    expect(closed.closedBy).toMatchObject({ userId: 'system', role: 'system' });
    expect(closed.results[0]).toMatchObject({ counts: { approve: 3 }, outcome: 'passed' });
    const idle = await closedRound(council.chair, idleRound);
    expect(idle.results[0].outcome).toBe('no_quorum');
    expect(idle.results[0].explanation.en).toContain('before the ballot opened');
    // A late ballot finds the round closed.
    const late = await m['hd.vcsdt']!.post(`${path}/ballot`, paper({ [voted]: 'approve' }));
    expect([late.status, late.body.error.code]).toEqual([409, 'BALLOT_NOT_OPEN']);
  });
});
