import { AwardDecisionModel } from '../../../data/awardDecision/awardDecisionModel';
import { DecisionNumberModel } from '../../../data/awardDecision/decisionNumberModel';
import { AwardRecordModel } from '../../../data/history/awardRecordModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { ApiClient, eventually } from '../../harness/apiClient';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';
import {
  daysFromToday,
  insertNomination,
  seedUsersWithDeputies,
  today,
} from './awardDecisionFixtures';

jest.setTimeout(120_000);

/** The minister's award decision over real HTTP, Temporal and the database. */
describe('award decision: draft, ruling, signing', () => {
  let stack: TestStack;
  let secretariat: ApiClient;
  let minister: ApiClient;
  let deputy: ApiClient;
  let otherDeputy: ApiClient;
  let officer: ApiClient;
  let anonymous: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedUsersWithDeputies();
    [secretariat, minister, deputy, otherDeputy, officer] = await Promise.all(
      ['thuongtruc', 'botruong', 'thutruong.1', 'thutruong.2', 'canbo.vcsdt'].map((user) =>
        ApiClient.signIn(stack.apiUrl, user),
      ),
    );
    anonymous = new ApiClient(stack.apiUrl);
  });
  afterAll(() => stack.stop());

  async function draft(nominationIds: string[], awardCode = 'CSTDCS', year = 2025) {
    return secretariat.post('/api/decisions', { awardCode, year, nominationIds });
  }

  async function drafted(count: number, awardCode = 'CSTDCS'): Promise<[string, string[]]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) ids.push(await insertNomination(stack, { awardCode }));
    const response = await draft(ids, awardCode);
    expect(response.status).toBe(201);
    return [response.body.decision._id, ids];
  }

  test('approved whole: numbered, signed as BỘ TRƯỞNG, recorded in each history, published', async () => {
    const [decisionId, ids] = await drafted(3);
    const before = await secretariat.get(`/api/decisions/${decisionId}`);
    expect(before.body).toMatchObject({ status: 'draft', awardCode: 'CSTDCS', kind: 'merit' });
    expect(before.body.annex.map((a: any) => a.nominationId)).toEqual(ids);
    expect(before.body.annex[0].unitName).toBe('Vụ Chính sách Dân tộc');
    // Each nomination's workflow took it: nothing unreachable, each at the minister's desk.
    expect(before.body.timeline.map((t: any) => t.action)).not.toContain('nominations_unreachable');
    const held = await NominationModel.find({ _id: { $in: ids } }).lean();
    expect(held.map((n) => [n.stage, n.decisionId])).toEqual(
      ids.map(() => ['minister_decision', decisionId]),
    );

    const publicBefore = await anonymous.get('/api/public/decisions');
    expect(publicBefore.body.items.map((d: any) => d._id)).not.toContain(decisionId);
    expect((await anonymous.get(`/api/public/decisions/${decisionId}`)).status).toBe(404);

    const signed = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      phase: 'done',
      result: 'signed',
      signatureLines: ['BỘ TRƯỞNG'],
      kept: ids,
      struck: [],
    });
    expect(signed.body.decision.number).toMatch(/^\d+\/QĐ-BDTTG$/);
    expect(signed.body.decision.signedOn).toBe(today());

    const stored = (await secretariat.get(`/api/decisions/${decisionId}`)).body;
    expect(stored).toMatchObject({
      status: 'signed',
      number: signed.body.decision.number,
      signer: { userId: 'botruong', role: 'minister' },
      published: true,
    });
    expect(stored.onBehalfOf).toBeUndefined();

    const records = await AwardRecordModel.find({ decisionId }).sort({ _id: 1 }).lean();
    expect(records.map((r) => r._id).sort()).toEqual(ids.map((id) => `nomination:${id}`).sort());
    expect(records[0]).toMatchObject({
      code: 'CSTDCS',
      year: 2025,
      source: 'decision',
      issuerLevel: 'ministry',
      basis: 'merit',
      decisionNumber: signed.body.decision.number,
      decisionDate: today(),
      subject: 'individual',
    });

    const published = await anonymous.get(`/api/public/decisions/${decisionId}`);
    expect(published.status).toBe(200);
    expect(published.body.number).toBe(signed.body.decision.number);
    expect(published.body.annex).toHaveLength(3);
    expect(published.body.timeline).toBeUndefined();
    for (const id of ids) await settledAt(id, 'approved', 'minister_approved');
  });

  /** The nomination's workflow has recorded the ruling it was told: `stage` after `action`. */
  async function settledAt(id: string, stage: string, action: string): Promise<void> {
    const doc = await eventually(
      () => NominationModel.findById(id).lean(),
      (n) => n?.stage === stage,
    );
    expect(doc!.history.at(-1)!.action).toBe(action);
  }

  /** A later draft is refused by the nomination itself: the decision's claim on it is gone. */
  async function refusedByItsStage(ids: string[]): Promise<void> {
    const again = await draft(ids);
    expect([again.status, again.body.error.code]).toEqual([
      409,
      'NOMINATION_NOT_AWAITING_DECISION',
    ]);
  }

  test('some nominations struck with reasons: only the kept ones are awarded and published', async () => {
    const [decisionId, ids] = await drafted(3);
    const noReason = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: ids[0], reason: '' }],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('struck.0.reason');

    const notInDecision = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: 'someone-else', reason: 'Không có' }],
    });
    expect(notInDecision.status).toBe(422);
    expect(notInDecision.body.error.code).toBe('STRUCK_NOT_IN_DECISION');

    const allStruck = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: ids.map((nominationId) => ({ nominationId, reason: 'Chưa đủ tiêu chuẩn' })),
    });
    expect(allStruck.status).toBe(422);
    expect(allStruck.body.error.code).toBe('NOTHING_KEPT');

    const signed = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: ids[1], reason: 'Sáng kiến chưa được công nhận cấp cơ sở.' }],
    });
    expect(signed.status).toBe(200);
    expect(signed.body.kept).toEqual([ids[0], ids[2]]);
    expect(signed.body.struck).toEqual([
      { nominationId: ids[1], reason: 'Sáng kiến chưa được công nhận cấp cơ sở.' },
    ]);

    const records = await AwardRecordModel.find({ decisionId }).lean();
    expect(records.map((r) => r.nominationId).sort()).toEqual([ids[0], ids[2]].sort());
    expect(await AwardRecordModel.exists({ _id: `nomination:${ids[1]}` })).toBeNull();

    const stored = await AwardDecisionModel.findById(decisionId).lean();
    expect(stored!.struck).toEqual([
      { nominationId: ids[1], reason: 'Sáng kiến chưa được công nhận cấp cơ sở.' },
    ]);
    const published = (await anonymous.get(`/api/public/decisions/${decisionId}`)).body;
    expect(published.annex).toHaveLength(2);
    expect(JSON.stringify(published)).not.toContain('Sáng kiến chưa được');

    // The struck nomination's process ends there, and the decision no longer claims it.
    await settledAt(ids[1]!, 'rejected', 'struck_from_decision');
    await refusedByItsStage([ids[1]!]);
  });

  test('rejected with a reason: no number, no award, not published, nominations released', async () => {
    const [decisionId, ids] = await drafted(2);
    const numbersBefore = await DecisionNumberModel.countDocuments();
    const noReason = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'reject',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('REASON_REQUIRED');

    const rejected = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'reject',
      reason: 'Chưa phù hợp thời điểm.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ result: 'rejected', kept: [] });
    expect(rejected.body.decision).toBeUndefined();
    const stored = (await secretariat.get(`/api/decisions/${decisionId}`)).body;
    expect(stored).toMatchObject({
      status: 'rejected',
      published: false,
      ruling: { outcome: 'rejected', reason: 'Chưa phù hợp thời điểm.' },
    });
    expect(await DecisionNumberModel.countDocuments()).toBe(numbersBefore);
    expect(await AwardRecordModel.countDocuments({ decisionId })).toBe(0);
    // Rejected, each nomination's process ends, and the decision no longer claims them.
    for (const id of ids) await settledAt(id, 'rejected', 'minister_rejected');
    await refusedByItsStage(ids);
  });

  test('returned to the council or the secretariat with a reason', async () => {
    const [toCouncil] = await drafted(1);
    const returned = await minister.post(`/api/decisions/${toCouncil}/ruling`, {
      outcome: 'return_to_council',
      reason: 'Đề nghị Hội đồng xem xét lại tỷ lệ phiếu.',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.result).toBe('returned_to_council');
    expect((await secretariat.get(`/api/decisions/${toCouncil}`)).body.status).toBe(
      'returned_to_council',
    );

    const [toSecretariat] = await drafted(1);
    const back = await minister.post(`/api/decisions/${toSecretariat}/ruling`, {
      outcome: 'return_to_secretariat',
      reason: 'Bổ sung danh sách kèm theo.',
    });
    expect(back.body.result).toBe('returned_to_secretariat');
    const again = await minister.post(`/api/decisions/${toSecretariat}/ruling`, {
      outcome: 'approve_all',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_RULED');
  });

  test('a draft is refused unless every nomination awaits a decision for the same award', async () => {
    const ready = await insertNomination(stack);
    const early = await insertNomination(stack, { stage: 'council_review' });
    const wrongStage = await draft([ready, early]);
    expect(wrongStage.status).toBe(409);
    expect(wrongStage.body.error).toMatchObject({
      code: 'NOMINATION_NOT_AWAITING_DECISION',
      field: 'nominationIds.1',
    });

    const other = await insertNomination(stack, { awardCode: 'LDTT' });
    const mixed = await draft([ready, other]);
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.code).toBe('AWARD_MISMATCH');

    expect((await draft([ready])).status).toBe(201);
    const twice = await draft([ready]);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('NOMINATION_IN_ANOTHER_DECISION');

    const notSecretariat = await minister.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: [await insertNomination(stack)],
    });
    expect(notSecretariat.status).toBe(403);
    expect((await officer.get('/api/decisions')).status).toBe(403);
  });

  test('a draft asks each nomination, not the read model; a refused draft holds none of them', async () => {
    const head = await ApiClient.signIn(stack.apiUrl, 'vutruong.vcsdt');
    const [inAppraisal] = await submitToAppraisal(officer, head, ['Vi Văn Thắng']);
    // The read model says it awaits a decision; its workflow is still at appraisal.
    await NominationModel.updateOne({ _id: inAppraisal }, { $set: { stage: 'awaiting_decision' } });
    const ready = await insertNomination(stack);
    const refused = await draft([ready, inAppraisal]);
    expect([refused.status, refused.body.error.code, refused.body.error.field]).toEqual([
      409,
      'NOMINATION_NOT_AWAITING_DECISION',
      'nominationIds.1',
    ]);
    // Never submitted, it has no workflow to answer: refused, whatever its read model says.
    const unsubmitted = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Lục Văn Chung', position: 'Chuyên viên' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    expect(unsubmitted.status).toBe(201);
    const noProcess = unsubmitted.body._id as string;
    await NominationModel.updateOne({ _id: noProcess }, { $set: { stage: 'awaiting_decision' } });
    const unasked = await draft([ready, noProcess]);
    expect([unasked.status, unasked.body.error.code, unasked.body.error.field]).toEqual([
      422,
      'NOMINATION_NOT_FOUND',
      'nominationIds.1',
    ]);
    expect(unasked.body.error.messageVi).toContain('chưa được trình');
    expect((await draft([ready])).status).toBe(201);
  });

  test('only the minister or a covered deputy rules; a deputy signs "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"', async () => {
    const [decisionId] = await drafted(1);
    const bySecretariat = await secretariat.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(bySecretariat.status).toBe(403);
    expect(bySecretariat.body.error.code).toBe('ROLE_NOT_ALLOWED');

    const noDelegation = await deputy.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(noDelegation.status).toBe(403);
    expect(noDelegation.body.error.code).toBe('NO_DELEGATION');

    // Only the minister grants; then the deputy may sign CSTĐCS decisions for a month.
    const byDeputy = await deputy.post('/api/delegations', {
      deputyUserId: 'thutruong.1',
      scope: { awardCodes: ['CSTDCS'] },
      validFrom: daysFromToday(-1),
      validTo: daysFromToday(30),
    });
    expect(byDeputy.status).toBe(403);
    const granted = await minister.post('/api/delegations', {
      deputyUserId: 'thutruong.1',
      scope: { awardCodes: ['CSTDCS'] },
      validFrom: daysFromToday(-1),
      validTo: daysFromToday(30),
      basis: 'Quyết định số 15/QĐ-BDTTG phân công nhiệm vụ Thứ trưởng',
    });
    expect(granted.status).toBe(201);

    const notHis = await otherDeputy.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(notHis.status).toBe(403);
    expect(notHis.body.error.code).toBe('NO_DELEGATION');

    const signed = await deputy.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(signed.status).toBe(200);
    expect(signed.body.signatureLines).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    const stored = (await minister.get(`/api/decisions/${decisionId}`)).body;
    expect(stored).toMatchObject({
      signer: { userId: 'thutruong.1', role: 'deputy_minister' },
      onBehalfOf: { userId: 'botruong', name: 'Hầu A Lềnh', delegationId: granted.body._id },
      signatureLines: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    });
    const shown = (await anonymous.get(`/api/public/decisions/${decisionId}`)).body;
    expect(shown.signatureLines).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    expect(shown.onBehalfOf.name).toBe('Hầu A Lềnh');

    // Outside the scope: a Certificate of Merit decision.
    const [bkbo] = await drafted(1, 'BKBO');
    const outOfScope = await deputy.post(`/api/decisions/${bkbo}/ruling`, {
      outcome: 'approve_all',
    });
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.body.error.code).toBe('DELEGATION_OUT_OF_SCOPE');
    expect(outOfScope.body.error.messageVi).toContain('BKBO');
  });

  test('a deputy outside the delegation period, or after its revocation, is refused', async () => {
    const expired = await minister.post('/api/delegations', {
      deputyUserId: 'thutruong.2',
      scope: { kinds: ['merit'] },
      validFrom: daysFromToday(-60),
      validTo: daysFromToday(-1),
    });
    expect(expired.status).toBe(201);
    const [decisionId] = await drafted(1);
    const late = await otherDeputy.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(late.status).toBe(403);
    expect(late.body.error.code).toBe('DELEGATION_OUT_OF_PERIOD');

    const current = await minister.post('/api/delegations', {
      deputyUserId: 'thutruong.2',
      scope: { kinds: ['merit'] },
      validFrom: today(),
      validTo: daysFromToday(10),
    });
    const revoked = await minister.post(`/api/delegations/${current.body._id}/revoke`);
    expect(revoked.body.revoked).toBe(true);
    const afterRevoke = await otherDeputy.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(afterRevoke.status).toBe(403);
    expect(afterRevoke.body.error.code).toBe('DELEGATION_OUT_OF_PERIOD');

    const active = await minister.get(
      `/api/delegations?deputyUserId=thutruong.2&activeOn=${today()}`,
    );
    expect(active.body.total).toBe(0);
    const own = await otherDeputy.get('/api/delegations');
    expect(own.body.items.every((d: any) => d.deputy.userId === 'thutruong.2')).toBe(true);
    expect(own.body.total).toBe(2);
  });

  test('a repeated ruling with the same Idempotency-Key has one effect', async () => {
    const [decisionId] = await drafted(2);
    const headers = { 'idempotency-key': `ruling-${decisionId}` };
    const body = { outcome: 'approve_all' };
    const [first, second] = await Promise.all([
      minister.post(`/api/decisions/${decisionId}/ruling`, body, headers),
      minister.post(`/api/decisions/${decisionId}/ruling`, body, headers),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.decision.number).toBe(first.body.decision.number);
    // Again after the workflow has ended: the same answer, still one number.
    const third = await minister.post(`/api/decisions/${decisionId}/ruling`, body, headers);
    expect(third.status).toBe(200);
    expect(third.body.decision.number).toBe(first.body.decision.number);
    expect(await DecisionNumberModel.countDocuments({ decisionId })).toBe(1);
    const otherKey = await minister.post(`/api/decisions/${decisionId}/ruling`, body, {
      'idempotency-key': `another-${decisionId}`,
    });
    expect(otherKey.status).toBe(409);
    expect(otherKey.body.error.code).toBe('ALREADY_RULED');
  });

  test('an award decided above the minister is numbered as a proposal: no award record, not published', async () => {
    const [decisionId] = await drafted(1, 'CSTDTQ');
    const signed = await minister.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_all',
    });
    expect(signed.status).toBe(200);
    expect(signed.body.result).toBe('signed');
    // The minister's submission upward (tờ trình), in its own series: not a decision number.
    expect(signed.body.decision).toMatchObject({ documentType: 'submission' });
    expect(signed.body.decision.number).toMatch(/^\d+\/TTr-BDTTG$/);
    expect(await AwardRecordModel.countDocuments({ decisionId })).toBe(0);
    const stored = (await minister.get(`/api/decisions/${decisionId}`)).body;
    expect(stored).toMatchObject({ status: 'signed', forwardedUpward: true, published: false });
    expect((await anonymous.get(`/api/public/decisions/${decisionId}`)).status).toBe(404);
  });
});
