import { defineUpdate } from '@temporalio/workflow';
import { nominationRefusal } from '../../domain/messages/nomination';
import type { Refusal } from '../../domain/messages/refusal';
import type { Actor } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { NominationStatus } from './messages';

/**
 * The unit supplements a returned dossier: once submitted, the nomination's content is written
 * by its workflow too, so an edit while returned is an update (a draft is edited by the API).
 */
export interface SupplementAction {
  actor: Actor;
  /** The content fields changed, as the API validated them. */
  changes: Record<string, unknown>;
  /** The dossier version the edit was made on; the workflow's write makes it the next one. */
  fromVersion: number;
}

export const supplementUpdate = defineUpdate<NominationStatus, [SupplementAction]>('supplement');

/** Also the API's answer to an edit of a nomination past its draft (nominationService.ts). */
export const NOT_EDITABLE_MESSAGE: LocalizedText = nominationRefusal('notEditable').message;

/** Only a returned dossier not yet resubmitted, only by its own unit. */
export function refuseSupplement(
  facts: { stage: Stage; unitId: string; resubmitting: boolean },
  action: SupplementAction,
): Refusal | undefined {
  if (action.actor.unitId !== facts.unitId) return nominationRefusal('supplementNotYourUnit');
  if (facts.stage !== 'returned' || facts.resubmitting) return nominationRefusal('notEditable');
  return undefined;
}
