import type {
  AddedToRound,
  AppraisalAction,
  CouncilResult,
  DecisionRuling,
  ExternalOutcomeAction,
  IncludedInDecision,
  ObjectionAction,
  RapporteurOpinionAction,
  ResubmitAction,
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
  | { type: 'decisionRuling'; signal: DecisionRuling };

export type EventType = ProcessEvent['type'];
export type EventOf<T extends EventType> = Extract<ProcessEvent, { type: T }>;

/** An event with the number the update handler waits on to answer its caller. */
export type QueuedEvent = ProcessEvent & { id: number };
