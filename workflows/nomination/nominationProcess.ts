import { condition } from '@temporalio/workflow';
import { nominationRefusal } from '../../domain/messages/nomination';
import type { Stage } from '../../domain/process/stages';
import { refusalFailure } from '../refusal';
import { nominationActivities as activities } from './activities';
import type { NominationStatus, TwinChanged } from './messages';
import type { EventOf, EventType, GroupEvent } from './processEvents';
import { isHeldBy, type GroupJoin } from '../../domain/process/nominationJoin';
import type { SupplementAction } from './supplementUpdate';
import { waitWithAlerts } from './deadlineWatch';
import { ProcessState, type MoveOptions, type TimelineEntry } from './processState';
import { recordMove, recordNote } from './processTimeline';
import { askTwinsToRecheck, recordChecks } from './twinChecks';

/**
 * The state of one nomination's process and the moves it can make. Deterministic:
 * time is workflow time, every effect goes through an activity.
 */
export class NominationProcess extends ProcessState {
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

  /**
   * The unit's edit of its returned dossier, written by the workflow's activity (no step on
   * the timeline: the resubmission is the step). Refused if another edit came first.
   */
  async supplement(action: SupplementAction): Promise<NominationStatus> {
    const { changes, fromVersion } = action;
    const nominationId = this.start.nominationId;
    if (!(await activities.recordSupplement({ nominationId, changes, fromVersion }))) {
      throw refusalFailure(nominationRefusal('editedElsewhere'));
    }
    return this.status();
  }

  /** Moves to `next` and records it (see recordMove). */
  moveTo(next: Stage, entry: TimelineEntry, options: MoveOptions = {}): Promise<void> {
    return recordMove(this, next, entry, options);
  }

  /** A timeline entry that does not change the stage (see recordNote). */
  note(entry: TimelineEntry): Promise<void> {
    return recordNote(this, entry);
  }

  /** Waits for the next event of one of `types`, alerting at the deadline (see waitWithAlerts). */
  waitFor<T extends EventType>(
    types: readonly T[],
    options: { expire?: boolean } = {},
  ): Promise<(EventOf<T> & { id: number }) | 'expired'> {
    return waitWithAlerts(this, types, options);
  }

  /** §7.2 The automatic checks, recorded on the timeline (see recordChecks). */
  runChecks(cause?: TwinChanged): Promise<void> {
    return recordChecks(this, cause);
  }

  /** Asks each twin's workflow to check again (see askTwinsToRecheck). */
  askTwinsToRecheck(): Promise<void> {
    return askTwinsToRecheck(this);
  }
}
