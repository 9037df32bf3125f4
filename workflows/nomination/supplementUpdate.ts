import { defineUpdate } from '@temporalio/workflow';
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
export const NOT_EDITABLE_MESSAGE: LocalizedText = {
  vi: 'Chỉ sửa được hồ sơ đang là dự thảo hoặc đã bị trả lại để bổ sung.',
  en: 'Only a draft or a returned nomination can be edited.',
};

export interface SupplementRefusal {
  code: 'NOT_EDITABLE' | 'NOT_YOUR_UNIT';
  message: LocalizedText;
}

/** Only a returned dossier not yet resubmitted, only by its own unit. */
export function refuseSupplement(
  facts: { stage: Stage; unitId: string; resubmitting: boolean },
  action: SupplementAction,
): SupplementRefusal | undefined {
  if (action.actor.unitId !== facts.unitId) {
    return {
      code: 'NOT_YOUR_UNIT',
      message: {
        vi: 'Chỉ đơn vị lập hồ sơ được bổ sung hồ sơ.',
        en: 'Only the nominating unit may supplement the dossier.',
      },
    };
  }
  if (facts.stage !== 'returned' || facts.resubmitting) {
    return { code: 'NOT_EDITABLE', message: NOT_EDITABLE_MESSAGE };
  }
  return undefined;
}
