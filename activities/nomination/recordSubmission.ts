import { ApplicationFailure } from '@temporalio/common';
import { numberDossierIfAny } from '../../data/nomination/dossierNumber';
import { NominationModel } from '../../data/nomination/nominationModel';
import { personFor } from '../../data/statistics/countStep';
import {
  entryOf,
  sameKeys,
  wholeEntry,
  type CountedNomination,
} from '../../data/statistics/statisticsEntry';
import type { SubmissionWrite } from './transition';

export interface SubmissionRecord {
  nominationId: string;
  /** On the first submission: the dossier it came in and the workflow that owns it from now. */
  first?: { dossierId: string; workflowId: string };
  /** On a resubmission: the dossier version the unit sent (the first takes the draft's). */
  version?: number;
  /**
   * The step that follows writes it: what to write is returned, not written (workflows from
   * before leave this out, and the submission is written here).
   */
  withStep?: boolean;
}

/**
 * The nomination's own workflow records what was submitted: the content as sent (so the
 * secretariat sees what a resubmission changed) and, the first time, its dossier, number and
 * workflow, before the step that moves it to appraisal. With `withStep` that step writes it
 * in its own conditional update, with the statistics entry it counts as where that changes
 * (read here, where the nomination is read anyway); otherwise one conditional update here,
 * which a retry finds recorded and leaves.
 */
export async function recordSubmission(
  record: SubmissionRecord,
): Promise<SubmissionWrite | undefined> {
  const { nominationId, first } = record;
  const n = await NominationModel.findById(nominationId, { history: 0, submissions: 0 }).lean();
  if (!n) {
    throw ApplicationFailure.nonRetryable(
      `Nomination ${nominationId} is not in the database`,
      'NOMINATION_NOT_FOUND',
    );
  }
  const version = record.version ?? n.dossierVersion;
  // The same number the API answered with: the dossier lists the nomination already. (A
  // workflow started without a registered dossier, as tests do, gets none.)
  const number =
    first &&
    (await numberDossierIfAny(first.dossierId, [nominationId]))?.nominations.get(nominationId);
  const content = {
    nominee: n.nominee,
    awardCode: n.awardCode,
    kind: n.kind,
    year: n.year,
    reviewOccasion: n.reviewOccasion ?? undefined,
    achievements: n.achievements,
    documents: n.documents,
  };
  if (record.withStep) {
    const nomination = n as unknown as CountedNomination;
    const previous = wholeEntry(nomination.statistics?.counted);
    // Submitted, it is in appraisal: the step's stage gives the outcome.
    const counted = entryOf(nomination, 'appraisal', await personFor(nomination));
    return {
      ...(first && { first: { ...first, ...(number && { number }) } }),
      version,
      content,
      ...(!sameKeys(previous, counted) && {
        statistics: { counted, ...(previous && { previous }) },
      }),
    };
  }
  await NominationModel.updateOne(
    {
      _id: nominationId,
      'submissions.version': { $ne: version },
      ...(first && { stage: 'draft' }),
    },
    {
      ...(first && { $set: { ...first, number } }),
      $push: { submissions: { version, at: new Date(), content } },
    },
  );
  return undefined;
}
