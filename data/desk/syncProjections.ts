import type { Stage } from '../../domain/process/stages';
import { withDocumentLock } from '../documentLock';
import { NominationModel } from '../nomination/nominationModel';
import { place } from './bucketProjection';
import { deskPlacement, deskProjection, type DeskSource } from './deskEntry';
import { ROSTER_FIELDS, rosterPlacement, rosterProjection, type RosterSource } from './rosterEntry';
import { lastCompletedStay, recordCompletedStay } from './stageStaySample';

/** What of a nomination its projections are derived from. */
export const PROJECTION_SOURCE_FIELDS = {
  ...ROSTER_FIELDS,
  lastSeq: 1,
  alerts: 1,
  'history.seq': 1,
  'history.at': 1,
  'history.stage': 1,
  'history.action': 1,
  'history.detail': 1,
} as const;

/** The nomination as its projections are derived from it. */
export type ProjectionSource = DeskSource &
  RosterSource & { history: { seq: number; at: Date; stage: Stage }[] };

/**
 * Brings the `_id`-addressable projections of one nomination — the secretariat's desk, its
 * unit's roster, the sample of completed stage stays — in line with its read model. Derived
 * from the nomination as it is now, so calling it again (an activity retry, a repair)
 * changes nothing. One caller at a time per nomination: a workflow step and an edit of a
 * returned dossier could otherwise race. Returns what it read (null: no such nomination).
 */
export function syncProjections(nominationId: string): Promise<ProjectionSource | null> {
  return withDocumentLock(`projections:${nominationId}`, async () => {
    const source = (await NominationModel.findById(
      nominationId,
      PROJECTION_SOURCE_FIELDS,
    ).lean()) as ProjectionSource | null;
    await place(deskProjection, nominationId, source ? deskPlacement(source) : undefined);
    await place(rosterProjection, nominationId, source ? rosterPlacement(source) : undefined);
    const stay = source && lastCompletedStay(nominationId, source.history);
    if (stay) await recordCompletedStay(stay.stage, stay.stay);
    return source;
  });
}
