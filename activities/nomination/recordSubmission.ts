import { ApplicationFailure } from '@temporalio/common';
import { DossierModel } from '../../data/nomination/dossierModel';
import { numberDossier } from '../../data/nomination/dossierNumber';
import { NominationModel } from '../../data/nomination/nominationModel';

export interface SubmissionRecord {
  nominationId: string;
  /** On the first submission: the dossier it came in and the workflow that owns it from now. */
  first?: { dossierId: string; workflowId: string };
  /** On a resubmission: the dossier version the unit sent (the first takes the draft's). */
  version?: number;
}

/**
 * The nomination's own workflow records what was submitted: the content as sent (so the
 * secretariat sees what a resubmission changed) and, the first time, its dossier, number and
 * workflow, in one conditional update before step 1 moves it out of draft. A retry finds the
 * version recorded and changes nothing.
 */
export async function recordSubmission(record: SubmissionRecord): Promise<void> {
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
  const numbered = first && (await DossierModel.exists({ _id: first.dossierId }));
  const number = numbered
    ? (await numberDossier(first.dossierId, [nominationId])).nominations.get(nominationId)
    : undefined;
  await NominationModel.updateOne(
    {
      _id: nominationId,
      'submissions.version': { $ne: version },
      ...(first && { stage: 'draft' }),
    },
    {
      ...(first && { $set: { ...first, number } }),
      $push: {
        submissions: {
          version,
          at: new Date(),
          content: {
            nominee: n.nominee,
            awardCode: n.awardCode,
            kind: n.kind,
            year: n.year,
            reviewOccasion: n.reviewOccasion ?? undefined,
            achievements: n.achievements,
            documents: n.documents,
          },
        },
      },
    },
  );
}
