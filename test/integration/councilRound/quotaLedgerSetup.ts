import type { QuotaItem } from '../../../activities/councilRound/applyRoundQuotas';
import { QuotaPlaceModel, QuotaReleaseModel } from '../../../data/councilRound/quotaLedgerModel';
import { councilRoundWorkflowId } from '../../../workflows/councilRound/messages';
import { ApiClient } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';
import {
  closedRound,
  createRound,
  everyoneApproves,
  nominationAtCouncil,
  seedCouncil,
  type Council,
} from './councilRoundFixtures';

export const CSTDCS = (unitId: string) => `cstdcs_share_of_ldtt:${unitId}/2025`;

interface QuotaLedgerStack {
  stack: TestStack;
  council: Council;
  minister: ApiClient;
}

/** One file's stack with the council seeded and the minister signed in. */
export async function startQuotaLedgerStack(): Promise<QuotaLedgerStack> {
  const stack = await startTestStack();
  const council = await seedCouncil(stack);
  const minister = await ApiClient.signIn(stack.apiUrl, 'botruong');
  return { stack, council, minister };
}

/** Rounds and nominations on the stack `on` gives once its file's beforeAll has started it. */
export function quotaLedgerRounds(on: () => Pick<QuotaLedgerStack, 'stack' | 'council'>) {
  /**
   * A round where everyone approves, its nominees' scores as given; closed, without a tie.
   * `history`: the name its workflow history is stored under for the replay test.
   */
  async function round(
    unitId: string,
    ldttCount: number,
    scores: Record<string, number>,
    history?: string,
  ): Promise<Record<string, any>> {
    const { stack, council } = on();
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    const ids = Object.keys(scores);
    const added = await council.secretariat.post(`${path}/nominations`, {
      nominations: ids.map((id) => ({ nominationId: id, evaluationScore: scores[id] })),
      ldttHolders: [{ unitId, year: 2025, count: ldttCount }],
    });
    expect(added.status).toBe(200);
    await everyoneApproves(council, path, ids);
    expect((await council.chair.post(`${path}/close`)).body.status).toBe('closed');
    const closed = await closedRound(council.chair, roundId);
    if (history) {
      await captureHistory(
        stack.client.workflow.getHandle(councilRoundWorkflowId(roundId)),
        history,
      );
    }
    return Object.fromEntries(closed.results.map((r: any) => [r.nominationId, r]));
  }

  const fighters = (unitId: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, () =>
        nominationAtCouncil(on().stack, { unitId, awardCode: 'CSTDCS' }),
      ),
    );

  return { round, fighters };
}

/** The places a scope holds in the ledger, those given back left out. */
export const heldIn = async (scope: string) => {
  const released = new Set(
    (await QuotaReleaseModel.find({ scope }).lean()).map((r) => r._id as string),
  );
  return (await QuotaPlaceModel.find({ scope }).lean()).filter((p) => !released.has(p._id));
};

/** A nomination as applyRoundQuotas takes it, passed by all six. */
export const item = (nominationId: string, unitId: string, evaluationScore: number): QuotaItem => ({
  nominationId,
  awardCode: 'CSTDCS',
  unitId,
  year: 2025,
  evaluationScore,
  approvals: 6,
  denominator: 6,
  ruleSetId: 'tdkt-2025-07',
});
