import {
  ApplicationFailure,
  CancellationScope,
  condition,
  getExternalWorkflowHandle,
  log,
  patched,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import {
  displayDate,
  parseIsoDate,
  startOfVietnamDate,
  vietnamDateOf,
} from '../../domain/calendar';
import { isOverdueAt, manualAlertDetail } from '../../domain/process/escalation';
import type { PostingDayRule } from '../../domain/calendar/publicCommentPeriod';
import type { ExternalDecision } from '../../domain/process/externalDecision';
import type { SignedDocument } from '../../domain/process/issuedDecision';
import type { NominationFacts } from '../../domain/process/nominationActions';
import type { Procedure } from '../../domain/process/procedure';
import type { ReturnReason } from '../../domain/process/returnReason';
import { SYSTEM_ACTOR, type Actor } from '../../domain/process/roles';
import {
  STAGE_HOLDER,
  STAGE_LABELS,
  isFinalStage,
  type Stage,
  type WaitingStage,
} from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { DeadlinePlan } from '../../activities/deadline/planDeadline';
import type { Transition } from '../../activities/nomination/transition';
import { nominationActivities as activities } from './activities';
import {
  nominationWorkflowId,
  twinChangedSignal,
  type NominationStart,
  type NominationStatus,
  type TwinChanged,
} from './messages';
import {
  BACKGROUND_EVENT_TYPES,
  DESK_EVENT_TYPES,
  type DeskEventType,
  type EventOf,
  type EventType,
  type GroupEvent,
  type ProcessEvent,
  type QueuedEvent,
} from './processEvents';
import { isHeldBy, type GroupJoin, type Membership } from './joinUpdates';
import type { SupplementAction } from './supplementUpdate';
import { announceStep, emailDeadlineNotice } from './notices';
import { deadlineKey, holderRoleKey, stageKey } from './searchAttributes';

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
}

const HUMAN_ACTIONS = new Set<string>([
  'appraise',
  'resubmit',
  'objection',
  'rapporteurOpinion',
  'externalOutcome',
  ...DESK_EVENT_TYPES,
]);

const BACKGROUND_EVENTS = new Set<string>(BACKGROUND_EVENT_TYPES);

/** Guards the duplicate check's exchange between twins (signals, re-checks) on replay. */
const TWIN_CHECKS_PATCH = 'twin-duplicate-checks';

/** Milliseconds from workflow time until `iso`; ≤ 0 once it has passed. */
const msUntil = (iso: string): number => Date.parse(iso) - Date.now();

/**
 * The state of one nomination's process and the moves it can make. Deterministic:
 * time is workflow time, every effect goes through an activity.
 */
export class NominationProcess {
  /** The last seq written to the read model; answers to people wait for it. */
  recordedSeq: number;
  private readonly processed = new Set<number>();
  private readonly refused = new Map<number, string>();
  /** The event being handled; the next recorded step is its effect. */
  private current: number | undefined;
  /** A person's action is valid only in the stage its validator saw. */
  private readonly stageWhenQueued = new Map<number, Stage>();
  /** E-mails being sent in the background. */
  private readonly mailing: Promise<void>[] = [];
  /** Events queued by a group's update: like a person's action, their caller waits. */
  private readonly asked = new Set<number>();
  /** A group's update accepted and not yet applied: another group sees the stage it leads to. */
  private joining: Stage | undefined;

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

  /**
   * A council round or an award decision takes the nomination (its validator has checked the
   * stage): answered once the move to the group's stage is recorded. A repeat of the same
   * group's request waits for that same move instead of queuing it twice.
   */
  async join(event: GroupEvent): Promise<NominationStatus> {
    const from = event.type === 'addedToRound' ? 'council_review' : 'awaiting_decision';
    if (this.isMember(event)) {
      await condition(() => this.memory.stage !== from && this.recordedSeq === this.memory.seq);
      return this.status();
    }
    if (event.type === 'addedToRound') this.memory.roundId = event.signal.roundId;
    else this.memory.decisionId = event.signal.decisionId;
    this.memory.joinedBy = event.signal.request;
    const id = this.enqueue(event);
    this.asked.add(id);
    this.joining = event.type === 'addedToRound' ? 'council_vote' : 'minister_decision';
    try {
      return await this.settled(id);
    } finally {
      this.joining = undefined;
    }
  }

  /**
   * The request that took the nomination lets it go (another of its batch moved on): answered
   * once the move back is recorded. Not held by that request (a repeat, never taken, or taken
   * by another request of the same group): the status, unchanged.
   */
  async release(group: GroupJoin): Promise<NominationStatus> {
    // A join still being applied is finished first, so the release follows it.
    await condition(() => this.joining === undefined);
    if (!isHeldBy(this.membership(), group)) return this.status();
    if ('roundId' in group) this.memory.roundId = undefined;
    else this.memory.decisionId = undefined;
    this.memory.joinedBy = undefined;
    const id = this.enqueue({ type: 'released', signal: group });
    this.asked.add(id);
    return this.settled(id);
  }

  /** The group's signal after it took the nomination by update: already applied. */
  isMember(event: GroupEvent): boolean {
    return event.type === 'addedToRound'
      ? this.memory.roundId === event.signal.roundId
      : this.memory.decisionId === event.signal.decisionId;
  }

  /** Whether an event of `type` waits to be taken up. */
  isQueued(type: EventType): boolean {
    return this.memory.pending.some((e) => e.type === type);
  }

  /**
   * The unit's edit of its returned dossier, written by the workflow's activity (no step on
   * the timeline: the resubmission is the step). Refused if another edit came first.
   */
  async supplement(action: SupplementAction): Promise<NominationStatus> {
    const { changes, fromVersion } = action;
    const nominationId = this.start.nominationId;
    if (!(await activities.recordSupplement({ nominationId, changes, fromVersion }))) {
      const message = {
        vi: 'Hồ sơ vừa được sửa ở nơi khác; hãy tải lại rồi sửa tiếp.',
        en: 'The dossier was just edited elsewhere; reload it and edit again.',
      };
      throw ApplicationFailure.create({
        type: 'STALE_VIEW',
        message: message.en,
        details: [{ code: 'STALE_VIEW', message }],
        nonRetryable: true,
      });
    }
    return this.status();
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
        message: refusal,
        nonRetryable: true,
      });
    return this.status();
  }

  /**
   * Moves to `next` and records it. The stage changes at once (validators see it);
   * the read model follows. With `workingDays`, the new stage gets a deadline.
   */
  async moveTo(next: Stage, entry: TimelineEntry, options: MoveOptions = {}): Promise<void> {
    const { workingDays, from, facts, externalDecision, postingDay } = options;
    this.memory.stage = next;
    this.memory.seq += 1;
    const seq = this.memory.seq;
    const now = new Date().toISOString();
    this.memory.deadline = undefined;
    if (workingDays !== undefined && workingDays > 0) {
      const plan = await activities.planDeadline({
        startAt: from ?? now,
        workingDays,
        reminderShare: this.procedure.timings.reminderShare,
        // Only a counted posting day changes the request: the same command as before otherwise.
        ...(postingDay === 'posting_day_counted' && { postingDay }),
      });
      this.memory.deadline = { key: `${seq}`, startAt: from ?? now, plan, alerts: [] };
    }
    const holderRole =
      isFinalStage(next) || next === 'draft' ? undefined : STAGE_HOLDER[next as WaitingStage];
    const transition: Transition = {
      nominationId: this.start.nominationId,
      seq,
      stage: next,
      at: now,
      ...entry,
      holder: holderRole && {
        role: holderRole,
        dueAt: this.memory.deadline?.plan.dueAt,
        dueOn: this.memory.deadline?.plan.dueOn,
      },
      facts,
      // As the minister signed it: on forwarding, and again (unchanged) on the outcome upward.
      decision:
        (next === 'approved' || next === 'forwarded') && this.memory.decision
          ? { ...this.memory.decision, signedBy: this.memory.decision.signedBy ?? entry.actor }
          : undefined,
      externalDecision,
    };
    // Once a step is taken it is recorded, even if a withdrawal cancels the process meanwhile.
    const recorded = await CancellationScope.nonCancellable(() =>
      activities.recordTransition(transition),
    );
    this.recordedSeq = seq;
    this.settleCurrent();
    upsertSearchAttributes([
      { key: stageKey, value: next },
      { key: holderRoleKey, value: holderRole ?? null },
      {
        key: deadlineKey,
        value: this.memory.deadline ? new Date(this.memory.deadline.plan.dueAt) : null,
      },
    ]);
    // The caller has its answer; the unit hears of it next, and its e-mails go in the background.
    this.mailing.push((await announceStep(transition, recorded)).sent);
  }

  /** Resolves once every e-mail started is sent or settled (before the process ends or continues). */
  async mailsSettled(): Promise<void> {
    await Promise.all(this.mailing);
  }

  /** A timeline entry that does not change the stage (e.g. the rapporteur's opinion). */
  async note(entry: TimelineEntry): Promise<void> {
    this.memory.seq += 1;
    const seq = this.memory.seq;
    const deadline = this.memory.deadline;
    await activities.recordTransition({
      nominationId: this.start.nominationId,
      seq,
      stage: this.memory.stage,
      at: new Date().toISOString(),
      ...entry,
      holder: isFinalStage(this.memory.stage)
        ? undefined
        : {
            role: STAGE_HOLDER[this.memory.stage as WaitingStage],
            dueAt: deadline?.plan.dueAt,
            dueOn: deadline?.plan.dueOn,
          },
    });
    this.recordedSeq = seq;
    this.settleCurrent();
  }

  /**
   * Waits for the next event of one of `types`. With a deadline on the stage, the holder
   * is reminded at the reminder day and the dossier escalated at the deadline; with
   * `expire`, passing the deadline ends the wait with 'expired' instead. The secretariat's
   * desk actions (extend, reassign, remind, escalate) and a twin's request to re-check are
   * applied while waiting; an extension restarts the alerts against the new deadline.
   * Without them the commands are exactly those of the code before they existed
   * (replay-safe).
   */
  async waitFor<T extends EventType>(
    types: readonly T[],
    options: { expire?: boolean } = {},
  ): Promise<(EventOf<T> & { id: number }) | 'expired'> {
    const arrived = (): boolean =>
      this.memory.pending.some((e) => (types as readonly string[]).includes(e.type));
    const background = (): boolean =>
      this.memory.pending.some((e) => BACKGROUND_EVENTS.has(e.type));
    const wake = (): boolean => arrived() || background();
    for (;;) {
      const deadline = this.memory.deadline;
      if (deadline) {
        for (const kind of ['reminder', 'escalation'] as const) {
          if (deadline.alerts.includes(kind)) continue;
          const at = kind === 'reminder' ? deadline.plan.remindAt : deadline.plan.dueAt;
          const wait = msUntil(at);
          if (wait > 0 ? await condition(wake, wait) : wake()) break;
          const emails = await activities.notifyDeadline({
            nominationId: this.start.nominationId,
            unitId: this.start.unitId,
            stage: this.memory.stage,
            kind,
            holderRole: STAGE_HOLDER[this.memory.stage as WaitingStage],
            dueAt: deadline.plan.dueAt,
            dueOn: deadline.plan.dueOn,
            deadlineKey: deadline.key,
            at: new Date().toISOString(),
          });
          this.mailing.push(emailDeadlineNotice(emails));
          deadline.alerts.push(kind);
          if (kind === 'escalation' && options.expire) return 'expired';
        }
      }
      await condition(wake);
      if (!background()) return this.take(types);
      const event = this.take(BACKGROUND_EVENT_TYPES);
      if (event.type === 'twinChanged') {
        // Only a patched workflow registered for the signal; an older history never saw it.
        if (patched(TWIN_CHECKS_PATCH)) await this.runChecks(event.signal);
      } else {
        await this.applyDeskAction(event);
      }
    }
  }

  /**
   * §7.2 The automatic checks (eligibility, duplicates), recorded on the timeline. On arrival
   * in appraisal the duplicates found are asked to check again, so that the earlier one is
   * flagged too; a re-check asked by such a twin (`cause`) asks no one back.
   */
  async runChecks(cause?: TwinChanged): Promise<void> {
    const checks = await activities.runAppraisalChecks({ nominationId: this.start.nominationId });
    await this.note({
      action: `checks_${checks.verdict}`,
      actor: SYSTEM_ACTOR,
      detail: cause ? recheckDetail(cause, checks.summary) : checks.summary,
    });
    // Absent from the activity's results in histories from before twins were told.
    this.memory.twins = checks.twins ?? [];
    if (!cause) await this.askTwinsToRecheck();
  }

  /**
   * Asks each twin's workflow to check again: this nomination came to appraisal, or left the
   * running. Its own workflow writes its flag; a twin already ended (e.g. approved) is not
   * asked, and that is no failure.
   */
  async askTwinsToRecheck(): Promise<void> {
    const twins = this.memory.twins ?? [];
    if (twins.length === 0 || !patched(TWIN_CHECKS_PATCH)) return;
    const signal: TwinChanged = {
      nominationId: this.start.nominationId,
      unitId: this.start.unitId,
      stage: this.memory.stage,
    };
    await Promise.all(
      twins.map((id) =>
        getExternalWorkflowHandle(nominationWorkflowId(id))
          .signal(twinChangedSignal, signal)
          .catch(() => undefined),
      ),
    );
  }

  /** One desk action: recorded on the timeline; never changes the stage. */
  private async applyDeskAction(event: EventOf<DeskEventType> & { id: number }): Promise<void> {
    const { actor } = event.action;
    if (event.type === 'reassign') {
      const { assignee, reason } = event.action;
      await this.note({
        action: 'reassigned',
        actor,
        reason,
        detail: { vi: `Giao xử lý: ${assignee.name}`, en: `Assigned to: ${assignee.name}` },
      });
      return;
    }
    const deadline = this.memory.deadline;
    if (!deadline) {
      this.refuse(event.id, 'the current stage has no deadline');
      return;
    }
    if (event.type === 'extendDeadline') {
      const { workingDays, reason } = event.action;
      const today = vietnamDateOf(Date.now());
      const from = deadline.plan.dueOn > today ? deadline.plan.dueOn : today;
      const plan = await activities.planDeadline({
        startAt: new Date(startOfVietnamDate(parseIsoDate(from))).toISOString(),
        workingDays,
        reminderShare: this.procedure.timings.reminderShare,
      });
      const before = displayDate(parseIsoDate(deadline.plan.dueOn));
      const after = displayDate(parseIsoDate(plan.dueOn));
      // A new deadline: its own key, so its reminder and escalation go out afresh.
      this.memory.deadline = {
        key: `${this.memory.seq + 1}`,
        startAt: deadline.startAt,
        plan,
        alerts: [],
      };
      await this.note({
        action: 'deadline_extended',
        actor,
        reason,
        detail: {
          vi: `Gia hạn thêm ${workingDays} ngày làm việc: hạn ${before} → ${after}`,
          en: `Extended by ${workingDays} working days: due ${before} → ${after}`,
        },
      });
      upsertSearchAttributes([{ key: deadlineKey, value: new Date(plan.dueAt) }]);
      return;
    }
    const kind = event.type === 'remind' ? 'reminder' : 'escalation';
    const holderRole = STAGE_HOLDER[this.memory.stage as WaitingStage];
    const at = new Date().toISOString();
    // The desk may act before the deadline: the record and the notice say which it is.
    const overdue = isOverdueAt(at, deadline.plan.dueAt);
    // Answer the caller only once the notification exists, not when the note is recorded.
    const id = this.current;
    this.current = undefined;
    await this.note({
      action: event.type === 'remind' ? 'manual_reminder' : 'manual_escalation',
      actor,
      reason: event.action.note,
      detail: manualAlertDetail(kind, holderRole, overdue, deadline.plan.dueOn),
    });
    const emails = await activities.notifyDeadline({
      nominationId: this.start.nominationId,
      unitId: this.start.unitId,
      stage: this.memory.stage,
      kind,
      holderRole,
      dueAt: deadline.plan.dueAt,
      dueOn: deadline.plan.dueOn,
      deadlineKey: `${deadline.key}:manual${this.memory.seq}`,
      at,
      requestedBy: actor,
      note: event.action.note,
    });
    if (id !== undefined) this.processed.add(id);
    this.mailing.push(emailDeadlineNotice(emails));
  }

  /** Takes the first queued event of `types`; events no stage can use any more are dropped. */
  private take<T extends EventType>(types: readonly T[]): EventOf<T> & { id: number } {
    const index = this.memory.pending.findIndex((e) =>
      (types as readonly string[]).includes(e.type),
    );
    const [event] = this.memory.pending.splice(index, 1);
    this.current = event!.id;
    return event as EventOf<T> & { id: number };
  }

  /** The event being handled has had its effect recorded: its caller can be answered. */
  private settleCurrent(): void {
    if (this.current !== undefined) this.processed.add(this.current);
    this.current = undefined;
  }

  /** Refuses one event: its caller learns it was not applied, and why. */
  refuse(id: number, reason: string): void {
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
  dropStale(reason: string, everything = false): void {
    const stale = (e: QueuedEvent) =>
      everything || (this.isAwaited(e) && this.stageWhenQueued.get(e.id) !== this.memory.stage);
    for (const event of this.memory.pending.filter(stale)) {
      log.warn('dropping an event the nomination can no longer act on', {
        type: event.type,
        reason,
      });
      this.refuse(event.id, reason);
    }
    this.memory.pending = this.memory.pending.filter((e) => !stale(e));
  }
}

/** Why the checks ran again, before their result: which twin arrived or left. */
function recheckDetail(cause: TwinChanged, summary: LocalizedText): LocalizedText {
  if (isFinalStage(cause.stage)) {
    const ended = STAGE_LABELS[cause.stage];
    return {
      vi: `Kiểm tra lại: hồ sơ trùng của đơn vị ${cause.unitId} đã kết thúc (${ended.vi}). ${summary.vi}`,
      en: `Checked again: the duplicate nomination from unit ${cause.unitId} has ended (${ended.en}). ${summary.en}`,
    };
  }
  return {
    vi: `Kiểm tra lại: đơn vị ${cause.unitId} vừa trình hồ sơ đề nghị cùng đối tượng, cùng danh hiệu, cùng năm. ${summary.vi}`,
    en: `Checked again: unit ${cause.unitId} has just submitted a nomination of the same subject for the same award and year. ${summary.en}`,
  };
}
