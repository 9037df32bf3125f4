import { Client } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { joinNominations, type JoinOutcome } from '../../../activities/nomination/joinNominations';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { membershipQuery } from '../../../activities/nomination/joinContract';
import { nominationWorkflowId, type GroupJoin } from '../../../domain/process/nominationJoin';
import { ApiClient, eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { seedCouncil, type Council } from '../councilRound/councilRoundFixtures';

jest.setTimeout(120_000);

/**
 * A council round or an award decision takes its nominations all or none: one withdrawn
 * between the check of every nomination and the updates that take them refuses the batch,
 * and the one already taken is released, back where it waited and free for the next request.
 */
describe('a group takes its nominations all or none', () => {
  let stack: TestStack;
  let council: Council;
  let officer: ApiClient;
  let head: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    council = await seedCouncil(stack);
    [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
  });
  afterAll(() => stack.stop());

  /** The activity, run with a client that withdraws `victim` once it has answered its check. */
  function joinWhileWithdrawing(
    ids: string[],
    victim: string,
    activityId: string,
    group: GroupJoin = { roundId: 'race-round' },
  ): Promise<JoinOutcome> {
    let withdrawn = false;
    const client = new Client({
      connection: stack.client.connection,
      namespace: 'default',
      interceptors: {
        workflow: [
          {
            async query(input, next) {
              const answer = await next(input);
              if (
                !withdrawn &&
                input.workflowExecution.workflowId === nominationWorkflowId(victim)
              ) {
                withdrawn = true;
                const out = await head.post(`/api/nominations/${victim}/withdraw`, {
                  reason: 'Đơn vị xin rút.',
                });
                expect(out.status).toBe(200);
              }
              return answer;
            },
          },
        ],
      },
    });
    return new MockActivityEnvironment({ activityId }, { client }).run(joinNominations, ids, group);
  }

  test('withdrawn between the check and the update: refused, and the other is released', async () => {
    const [kept, leaving] = await submitToAppraisal(officer, head, ['Nông Văn Dũng', 'Lò Thị Mai']);
    for (const id of [kept!, leaving!]) {
      const accepted = await council.secretariat.post(`/api/nominations/${id}/appraisal`, {
        outcome: 'accept',
      });
      expect([accepted.status, accepted.body.stage]).toEqual([200, 'council_review']);
    }

    const outcome = await joinWhileWithdrawing([kept!, leaving!], leaving!, 'first');
    expect(outcome.refused).toMatchObject({ index: 1, refusal: { code: 'NOMINATION_MOVED_ON' } });

    const membership = () =>
      stack.client.workflow.getHandle(nominationWorkflowId(kept!)).query(membershipQuery);
    expect(await membership()).toEqual({ stage: 'council_review' });
    const doc = await eventually(
      () => NominationModel.findById(kept!).lean(),
      (n) => n?.stage === 'council_review' && (n.lastSeq ?? 0) >= 5,
    );
    expect(doc!.history!.slice(-2).map((h) => h.action)).toEqual([
      'added_to_round',
      'released_from_round',
    ]);
    expect((await NominationModel.findById(leaving!).lean())!.stage).toBe('withdrawn');

    // Free again: the next request of the same round takes it.
    const again = await new MockActivityEnvironment(
      { activityId: 'second' },
      { client: stack.client },
    ).run(joinNominations, [kept!], {
      roundId: 'race-round',
    });
    expect(again).toEqual({});
    expect(await membership()).toMatchObject({ stage: 'council_vote', roundId: 'race-round' });
    await captureHistory(
      stack.client.workflow.getHandle(nominationWorkflowId(kept!)),
      'nomination-released-by-round',
    );
  });

  test('the same for a decision: the one already included goes back to await a draft', async () => {
    // An Advanced Worker title has no council vote: accepted, it awaits a decision.
    const [kept, leaving] = await submitToAppraisal(officer, head, ['Hà Văn Tám', 'Sầm Thị Lan'], {
      awardCode: 'LDTT',
    });
    for (const id of [kept!, leaving!]) {
      const accepted = await council.secretariat.post(`/api/nominations/${id}/appraisal`, {
        outcome: 'accept',
      });
      expect([accepted.status, accepted.body.stage]).toEqual([200, 'awaiting_decision']);
    }

    const outcome = await joinWhileWithdrawing([kept!, leaving!], leaving!, 'draft', {
      decisionId: 'race-decision',
    });
    expect(outcome.refused).toMatchObject({ index: 1, refusal: { code: 'NOMINATION_MOVED_ON' } });
    const handle = stack.client.workflow.getHandle(nominationWorkflowId(kept!));
    expect(await handle.query(membershipQuery)).toEqual({ stage: 'awaiting_decision' });
    const doc = await eventually(
      () => NominationModel.findById(kept!).lean(),
      (n) => n?.history?.at(-1)?.action === 'released_from_decision',
    );
    expect(doc!.stage).toBe('awaiting_decision');
  });
});
