import { membershipQuery } from '../../activities/nomination/joinContract';
import { loadProcedure } from '../../activities/nomination/loadProcedure';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import { nominationWorkflowId } from '../../domain/process/nominationJoin';
import type { Actor } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { NominationStart } from '../../workflows/nomination/messages';
import type { ProcessMemory } from '../../workflows/nomination/processState';
import { awardKey, unitKey, yearKey } from '../../workflows/nomination/searchAttributes';
import type { TestStack } from './testStack';

/** What a nomination's workflow needs to take over at a stage its read model already shows. */
export interface NominationAtStage {
  nominationId: string;
  unitId: string;
  awardCode: string;
  kind: CommendationKind;
  year: number;
  stage: Stage;
  /** The read model's `lastSeq`: the workflow's next step is recorded as the one after. */
  seq: number;
  /** YYYY-MM-DD: fixes the procedure (rule set in force that day), as at submission. */
  receivedOn: string;
  submittedBy: Actor;
}

/**
 * Starts the real nomination workflow at `stage`, as continue-as-new hands a run over: with
 * the memory carried (stage, seq, the procedure loaded as submission loads it), so it answers
 * the membership query, joins a round or a decision, and takes results like one that got
 * there step by step. The caller has inserted the read model the earlier steps would have
 * written. Resolves once the workflow answers.
 */
export async function startNominationAt(stack: TestStack, at: NominationAtStage): Promise<void> {
  const start: NominationStart = {
    nominationId: at.nominationId,
    dossierId: `d-${at.nominationId}`,
    unitId: at.unitId,
    awardCode: at.awardCode,
    kind: at.kind,
    year: at.year,
    receivedOn: at.receivedOn,
    submittedBy: at.submittedBy,
  };
  const procedure = await loadProcedure({
    awardCode: at.awardCode,
    kind: at.kind,
    receivedOn: at.receivedOn,
  });
  const carried: ProcessMemory = {
    stage: at.stage,
    seq: at.seq,
    procedure,
    submittedVersion: 1,
    rapporteurGiven: false,
    appraisalDaysUsed: 0,
    pending: [],
    nextEventId: 1,
  };
  const handle = await stack.client.workflow.start('nominationWorkflow', {
    workflowId: nominationWorkflowId(at.nominationId),
    taskQueue: stack.taskQueue,
    args: [start, carried],
    typedSearchAttributes: [
      { key: unitKey, value: at.unitId },
      { key: awardKey, value: at.awardCode },
      { key: yearKey, value: at.year },
    ],
  });
  await handle.query(membershipQuery);
}
