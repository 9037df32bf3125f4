import { NominationModel } from '../../../data/nomination/nominationModel';
import { DecisionNumberModel } from '../../../data/awardDecision/decisionNumberModel';
import { reconcileNominations } from '../../../scripts/reconcile/reconcileNominations';
import { nominationWorkflowId } from '../../../workflows/nomination/messages';
import type { FaultStack } from './faultStack';
import { AnswerLog, PatientClient } from './patientClient';
import { until } from './timing';
import type { FaultRun } from './underBotLoad';

/** The one path an LĐTT nomination takes from draft to signature: each step exactly once. */
const LDTT_PATH = [
  'drafted',
  'submitted',
  'checks_needs_judgement',
  'appraisal_accepted',
  'included_in_decision',
  'minister_approved',
];

/**
 * What must hold after any fault: the fault hit nominations in flight and crashed no
 * process of ours; every nomination the bots started reached `approved` by the one path,
 * each step once; the year's decision numbers are exactly 1..N, one per decision; no
 * client ever got a 5xx other than 503, or no answer; and the records agree.
 */
export async function expectIntactAfterFault(stack: FaultStack, run: FaultRun): Promise<void> {
  expect(run.caughtInFault).toBeGreaterThan(0);
  expect([...stack.worker.crashes, ...stack.api.crashes]).toEqual([]);
  expect(run.failures).toEqual([]);
  expect(run.answers.broken).toEqual([]);

  const nominations = await NominationModel.find(
    { _id: { $in: run.nominationIds } },
    { stage: 1, history: 1, decision: 1 },
  ).lean();
  expect(nominations).toHaveLength(run.nominationIds.length);
  for (const nomination of nominations) {
    expect({ id: nomination._id, stage: nomination.stage }).toEqual({
      id: nomination._id,
      stage: 'approved',
    });
    expect(nomination.history.map((h) => h.action)).toEqual(LDTT_PATH);
    expect(nomination.history.map((h) => h.seq)).toEqual(LDTT_PATH.map((_, seq) => seq));
  }

  const numbers = await DecisionNumberModel.find({}).sort({ sequence: 1 }).lean();
  const decisions = run.decisionIds.length;
  expect(numbers.map((n) => n.sequence)).toEqual(
    Array.from({ length: decisions }, (_, i) => i + 1),
  );
  expect(new Set(numbers.map((n) => n.decisionId))).toEqual(new Set(run.decisionIds));
  expect(new Set(nominations.map((n) => n.decision?.number)).size).toBe(decisions);

  await untilWorkflowsClosed(stack, run.nominationIds);
  await expectRecordsAgree(stack, run.nominationIds.length);
}

/**
 * Waits for every workflow to close. The read model can say `approved` while the step's
 * activity, killed after its update and before the projections' sync, waits out its
 * start-to-close timeout to be retried; the records are compared once no step is left.
 */
async function untilWorkflowsClosed(stack: FaultStack, nominationIds: readonly string[]) {
  const open = new Set(nominationIds);
  await until(
    'every nomination workflow closed',
    async () => {
      for (const id of [...open]) {
        const { status } = await stack.client.workflow
          .getHandle(nominationWorkflowId(id))
          .describe();
        if (status.name !== 'RUNNING') open.delete(id);
      }
      return open.size === 0;
    },
    180_000,
  );
}

/**
 * The reconciliation check finds the read model equal to the workflows' state for each of
 * the `submitted` nominations (and each one's place on the desk what its stage makes it),
 * and the audit chain verifies.
 */
export async function expectRecordsAgree(stack: FaultStack, submitted: number): Promise<void> {
  const reconciliation = await reconcileNominations(stack.client);
  expect(reconciliation).toEqual({ checked: submitted, drift: [] });

  const inspector = await PatientClient.signIn(stack.apiUrl, 'thanhtra', new AnswerLog());
  const audit = await inspector.get('/api/audit/verify');
  expect(audit.status).toBe(200);
  expect(audit.body).toMatchObject({ ok: true });
}
