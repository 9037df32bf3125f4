import type {
  AddedToRound,
  AppraisalAction,
  CouncilResult,
  DecisionRuling,
  ExtendDeadlineAction,
  ExternalOutcomeAction,
  IncludedInDecision,
  ManualAlertAction,
  ObjectionAction,
  RapporteurOpinionAction,
  ReassignAction,
  ResubmitAction,
  TwinChanged,
} from './messages';

/** What can happen to a nomination while it waits: a person's action or a group's result. */
export type ProcessEvent =
  | { type: 'appraise'; action: AppraisalAction }
  | { type: 'resubmit'; action: ResubmitAction }
  | { type: 'objection'; action: ObjectionAction }
  | { type: 'rapporteurOpinion'; action: RapporteurOpinionAction }
  | { type: 'externalOutcome'; action: ExternalOutcomeAction }
  | { type: 'addedToRound'; signal: AddedToRound }
  | { type: 'councilResult'; signal: CouncilResult }
  | { type: 'includedInDecision'; signal: IncludedInDecision }
  | { type: 'decisionRuling'; signal: DecisionRuling }
  // The round or decision that took it lets it go: its batch was refused.
  | { type: 'released'; signal: AddedToRound | IncludedInDecision }
  // Another nomination of the same subject arrived or left: re-run the duplicate check.
  | { type: 'twinChanged'; signal: TwinChanged }
  // The secretariat's desk; handled while the process waits, they never change the stage.
  | { type: 'extendDeadline'; action: ExtendDeadlineAction }
  | { type: 'reassign'; action: ReassignAction }
  | { type: 'remind'; action: ManualAlertAction }
  | { type: 'escalate'; action: ManualAlertAction };

export type EventType = ProcessEvent['type'];

/** Desk actions: taken up by whichever wait the process is in. */
export const DESK_EVENT_TYPES = ['extendDeadline', 'reassign', 'remind', 'escalate'] as const;
export type DeskEventType = (typeof DESK_EVENT_TYPES)[number];
/** Taken up by whichever wait the process is in, without changing the stage. */
export const BACKGROUND_EVENT_TYPES = [...DESK_EVENT_TYPES, 'twinChanged'] as const;
export type BackgroundEventType = (typeof BACKGROUND_EVENT_TYPES)[number];
export type EventOf<T extends EventType> = Extract<ProcessEvent, { type: T }>;
/** A council round or an award decision taking the nomination. */
export type GroupEvent = EventOf<'addedToRound' | 'includedInDecision'>;

/** An event with the number the update handler waits on to answer its caller. */
export type QueuedEvent = ProcessEvent & { id: number };
