import { ApplicationFailure, condition, log } from '@temporalio/workflow';
import { vietnamDateOf } from '../../domain/calendar';
import { DROPPED_ACTION_REASONS, type DroppedActionReason } from '../../domain/messages/nomination';
import type { PostingDayRule } from '../../domain/calendar/publicCommentPeriod';
import type { ExternalDecision } from '../../domain/process/externalDecision';
import type { SignedDocument } from '../../domain/process/issuedDecision';
import type { NominationFacts } from '../../domain/process/nominationActions';
import type { Procedure } from '../../domain/process/procedure';
import type { ReturnReason } from '../../domain/process/returnReason';
import type { Actor } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { DeadlinePlan } from '../../activities/deadline/planDeadline';
import type { CheckedNomination } from '../../activities/nomination/runAppraisalChecks';
import type { SubmissionWrite } from '../../activities/nomination/transition';
import type { NominationStart, NominationStatus } from './messages';
import {
  DESK_EVENT_TYPES,
  type EventOf,
  type EventType,
  type ProcessEvent,
  type QueuedEvent,
} from './processEvents';
import type { Membership } from '../../domain/process/nominationJoin';

/** Everything the process remembers; carried over when the workflow continues as new. */
export interface ProcessMemory {
  stage: Stage;
  seq: number;
  procedure?: Procedure;
  submittedVersion: number;
  rapporteurGiven: boolean;
  /** Working days of the appraisal SLA already used: the clock pauses while returned. */
  appraisalDaysUsed: number;
  decision?: SignedDocument;
  /** The current stage's deadline, if it has one. */
  deadline?: {
    key: string;
    /** When the period started (receipt, return letter, or entering the stage). */
    startAt: string;
    plan: DeadlinePlan;
    alerts: ('reminder' | 'escalation')[];
  };
  pending: QueuedEvent[];
  nextEventId: number;
  /** Live nominations of the same subject, award and year, as the last check found them. */
  twins?: string[];
  /** The council round and the award decision that last took the nomination (by update). */
  roundId?: string;
  decisionId?: string;
  /** The request of that group which took it, the only one that may release it. */
  joinedBy?: string;
}

export interface TimelineEntry {
  action: string;
  actor: Actor;
  reason?: string;
  reasons?: ReturnReason[];
  detail?: LocalizedText;
}

export interface MoveOptions {
  /** The new stage's deadline, in working days. */
  workingDays?: number;
  /** ISO instant the period starts (the day of receipt or of a return letter); default now. */
  from?: string;
  /** A public comment period: whether its posting day is day one of `workingDays`. */
  postingDay?: PostingDayRule;
  /** Facts the move establishes in the read model. */
  facts?: Record<string, string>;
  /** The higher authority's decision, kept as data on the nomination. */
  externalDecision?: ExternalDecision;
  /** What was (re)submitted, for the move to write (`recordSubmission` prepared it). */
  submission?: SubmissionWrite;
}

const HUMAN_ACTIONS = new Set<string>([
  'appraise',
  'resubmit',
  'objection',
  'rapporteurOpinion',
  'externalOutcome',
  ...DESK_EVENT_TYPES,
]);

/**
 * What one nomination's process remembers, and its queue of events with the callers that
 * wait for their answers. The moves (timeline, waiting, checks) are in the modules beside it.
 */
export class ProcessState {
  /** The last seq written to the read model; answers to people wait for it. */
  recordedSeq: number;
  private readonly processed = new Set<number>();
  private readonly refused = new Map<number, DroppedActionReason>();
  /** The event being handled; the next recorded step is its effect. */
  private current: number | undefined;
  /** A person's action is valid only in the stage its validator saw. */
  private readonly stageWhenQueued = new Map<number, Stage>();
  /** E-mails being sent in the background. */
  readonly mailing: Promise<void>[] = [];
  /** Events queued by a group's update: like a person's action, their caller waits. */
  protected readonly asked = new Set<number>();
  /** A group's update accepted and not yet applied: another group sees the stage it leads to. */
  protected joining: Stage | undefined;
  /** What was just (re)submitted, for the checks that follow to judge without a read. */
  submitted: CheckedNomination | undefined;

  constructor(
    readonly start: NominationStart,
    readonly memory: ProcessMemory,
  ) {
    this.recordedSeq = memory.seq;
  }

  get stage(): Stage {
    return this.memory.stage;
  }

  get procedure(): Procedure {
    if (!this.memory.procedure) throw new Error('procedure not loaded');
    return this.memory.procedure;
  }

  status(): NominationStatus {
    return {
      nominationId: this.start.nominationId,
      stage: this.memory.stage,
      seq: this.memory.seq,
      dueAt: this.memory.deadline?.plan.dueAt,
      decision: this.memory.decision,
    };
  }

  /** Remembers what was (re)submitted (`recordSubmission`'s result) for the checks after it. */
  justSubmitted(submission: SubmissionWrite | undefined): void {
    this.submitted = undefined;
    if (!submission) return;
    const { nominee, awardCode, kind, year, reviewOccasion } = submission.content;
    this.submitted = {
      ...{ nominee, awardCode, kind, year },
      ...(reviewOccasion && { reviewOccasion }),
      unitId: this.start.unitId,
      receivedOn: this.start.receivedOn,
      ruleSetId: this.procedure.ruleSetId,
    };
  }

  facts(): NominationFacts {
    return {
      stage: this.memory.stage,
      seq: this.memory.seq,
      unitId: this.start.unitId,
      submittedVersion: this.memory.submittedVersion,
      rapporteurGiven: this.memory.rapporteurGiven,
      today: vietnamDateOf(Date.now()),
      hasDeadline: this.memory.deadline !== undefined,
      awardCode: this.start.awardCode,
      proposedOn: this.memory.decision?.signedOn,
      receivedOn: this.start.receivedOn,
      stageSince: this.memory.deadline && vietnamDateOf(Date.parse(this.memory.deadline.startAt)),
    };
  }

  membership(): Membership {
    const { stage, roundId, decisionId, joinedBy } = this.memory;
    return { stage: this.joining ?? stage, roundId, decisionId, joinedBy };
  }

  /** Whether an event of `type` waits to be taken up. */
  isQueued(type: EventType): boolean {
    return this.memory.pending.some((e) => e.type === type);
  }

  /** Queues an event; the returned id tells its handler when it has been dealt with. */
  enqueue(event: ProcessEvent): number {
    const id = this.memory.nextEventId++;
    this.memory.pending.push({ ...event, id } as QueuedEvent);
    this.stageWhenQueued.set(id, this.memory.stage);
    return id;
  }

  /** Resolves once the process has reached `stage` and recorded it. */
  async settledAt(stage: Stage): Promise<NominationStatus> {
    await condition(() => this.memory.stage === stage && this.recordedSeq === this.memory.seq);
    return this.status();
  }

  /** Resolves once the event is processed and its transition recorded; throws if it was dropped. */
  async settled(id: number): Promise<NominationStatus> {
    await condition(() => this.processed.has(id) && this.recordedSeq === this.memory.seq);
    const refusal = this.refused.get(id);
    if (refusal)
      throw ApplicationFailure.create({
        type: 'ALREADY_DONE',
        message: DROPPED_ACTION_REASONS[refusal],
        nonRetryable: true,
      });
    return this.status();
  }

  /** Resolves once every e-mail started is sent or settled (before the process ends or continues). */
  async mailsSettled(): Promise<void> {
    await Promise.all(this.mailing);
  }

  /** Takes the first queued event of `types`; events no stage can use any more are dropped. */
  take<T extends EventType>(types: readonly T[]): EventOf<T> & { id: number } {
    const index = this.memory.pending.findIndex((e) =>
      (types as readonly string[]).includes(e.type),
    );
    const [event] = this.memory.pending.splice(index, 1);
    this.current = event!.id;
    return event as EventOf<T> & { id: number };
  }

  /** The event being handled has had its effect recorded: its caller can be answered. */
  settleCurrent(): void {
    if (this.current !== undefined) this.processed.add(this.current);
    this.current = undefined;
  }

  /** Takes the event being handled aside: its caller is answered later, by `answered`. */
  holdAnswer(): number | undefined {
    const id = this.current;
    this.current = undefined;
    return id;
  }

  /** The caller of an event held aside gets its answer. */
  answered(id: number): void {
    this.processed.add(id);
  }

  /** Refuses one event: its caller learns it was not applied, and why. */
  refuse(id: number, reason: DroppedActionReason): void {
    this.refused.set(id, reason);
    this.processed.add(id);
    if (this.current === id) this.current = undefined;
  }

  /** People's actions are queued whose callers wait for this run to apply them. */
  owesAnswers(): boolean {
    return this.memory.pending.some((e) => this.isAwaited(e));
  }

  /** A person's action or a group's update: someone waits for its answer. */
  private isAwaited(e: QueuedEvent): boolean {
    return HUMAN_ACTIONS.has(e.type) || this.asked.has(e.id);
  }

  /**
   * Drops events the process can no longer act on and tells their callers: people's
   * actions validated for a stage that has since been left (two people acting at once),
   * or, with `everything`, whatever is left when the process ends.
   */
  dropStale(reason: DroppedActionReason, everything = false): void {
    const stale = (e: QueuedEvent) =>
      everything || (this.isAwaited(e) && this.stageWhenQueued.get(e.id) !== this.memory.stage);
    for (const event of this.memory.pending.filter(stale)) {
      log.warn('dropping an event the nomination can no longer act on', {
        type: event.type,
        reason: DROPPED_ACTION_REASONS[reason],
      });
      this.refuse(event.id, reason);
    }
    this.memory.pending = this.memory.pending.filter((e) => !stale(e));
  }
}
