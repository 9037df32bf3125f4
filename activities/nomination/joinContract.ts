import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AddedToRound,
  GroupJoin,
  IncludedInDecision,
  Membership,
  NominationStatus,
} from '../../domain/process/nominationJoin';

/**
 * The updates and the query by which a council round or an award decision takes a nomination:
 * sent from the group's activity (a workflow cannot send an update), handled by the nomination
 * workflow. Plain name-and-type definitions, declared here so that both import them downward.
 */

/** A council round takes the nomination onto its agenda: it must be at council review. */
export const addToRoundUpdate = defineUpdate<NominationStatus, [AddedToRound]>('addToRound');
/** An award decision lists the nomination in its draft: it must await a decision. */
export const includeInDecisionUpdate = defineUpdate<NominationStatus, [IncludedInDecision]>(
  'includeInDecision',
);
/**
 * The group that took the nomination lets it go again: its batch was refused because another
 * nomination of it moved on meanwhile. Back to the stage it was taken from; a repeat, or a
 * nomination the group does not hold, is answered with its status and nothing changes.
 */
export const releaseUpdate = defineUpdate<NominationStatus, [GroupJoin]>('release');
/** Where the nomination is and whose it is, answered at once from its workflow's state. */
export const membershipQuery = defineQuery<Membership>('membership');
