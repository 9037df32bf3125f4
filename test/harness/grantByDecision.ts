import { getAwardDefinition } from '../../domain/catalogue/awards';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import { ApiClient, eventually } from './apiClient';

/**
 * Takes nominations in appraisal (their checks run) to a signed award decision over the API,
 * as the people do with the demo users: the secretariat accepts each, a council round of three
 * passes them by secret ballot, the minister approves them all. Resolves with the decision —
 * for an award decided above the minister, the submission upward, its nominations forwarded.
 */
export async function grantByDecision(
  apiUrl: string,
  nominations: { ids: readonly string[]; awardCode: string; year: number; unitId: string },
): Promise<{ decisionId: string; number: string }> {
  const { ids, awardCode, year, unitId } = nominations;
  const members = ['hoidong.1', 'hoidong.2', 'chutich'];
  const [secretariat, minister, ...voters] = await Promise.all(
    ['thuongtruc', 'botruong', ...members].map((user) => ApiClient.signIn(apiUrl, user)),
  );
  const chair = voters.at(-1)!;
  const reachStage = (id: string, stage: string) =>
    eventually(
      () => secretariat.get(`/api/nominations/${id}`),
      (r) => r.body.stage === stage,
    );

  for (const id of ids) {
    const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'accept',
    });
    expect(accepted.body.stage).toBe('council_review');
  }
  const round = await secretariat.post('/api/council-rounds', {
    title: `Phiên họp xét ${awardCode} năm ${year}`,
    members,
    chairId: 'chutich',
    scheduledOn: `${year + 1}-01-15`,
    deadline: new Date(Date.now() + 3600_000).toISOString(),
  });
  expect(round.status).toBe(201);
  const roundId = round.body._id;
  const added = await secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
    nominations: ids.map((nominationId) => ({ nominationId })),
    ldttHolders: [{ unitId, year, count: 20 }],
  });
  expect(added.status).toBe(200);
  for (const id of ids) await reachStage(id, 'council_vote');
  const attendance = await chair.post(`/api/council-rounds/${roundId}/attendance`, {
    present: members,
  });
  expect(attendance.status).toBe(200);
  expect((await chair.post(`/api/council-rounds/${roundId}/open`)).status).toBe(200);
  const approveAll = { choices: ids.map((nominationId) => ({ nominationId, choice: 'approve' })) };
  for (const voter of voters) {
    expect((await voter.post(`/api/council-rounds/${roundId}/ballot`, approveAll)).status).toBe(
      200,
    );
  }
  expect((await chair.post(`/api/council-rounds/${roundId}/close`)).status).toBe(200);
  for (const id of ids) await reachStage(id, 'awaiting_decision');

  const drafted = await secretariat.post('/api/decisions', {
    awardCode,
    year,
    nominationIds: ids,
  });
  expect(drafted.status).toBe(201);
  const decisionId = drafted.body.decision._id;
  for (const id of ids) await reachStage(id, 'minister_decision');
  const ruling = await minister.post(`/api/decisions/${decisionId}/ruling`, {
    outcome: 'approve_all',
  });
  expect(ruling.status).toBe(200);
  const signed = getAwardDefinition(awardCode as AwardCode).forwardedUpward
    ? 'forwarded'
    : 'approved';
  for (const id of ids) await reachStage(id, signed);
  return { decisionId, number: ruling.body.decision.number };
}
