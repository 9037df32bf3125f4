import { CancellationScope, patched } from '@temporalio/workflow';
import { parseIsoDate, startOfVietnamDate } from '../../domain/calendar';
import { getAwardDefinition } from '../../domain/catalogue/awards';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import { TIMELINE_TEXTS } from '../../domain/messages/nomination';
import { externalDecisionText } from '../../domain/process/externalDecision';
import { SYSTEM_ACTOR } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import { nominationActivities as activities, quickSteps } from './activities';
import type { NominationProcess } from './nominationProcess';
import type { MoveOptions } from './processState';
import { WRITES_WITH_STEP_PATCH } from './processTimeline';

/**
 * One function per waiting stage: wait for what may happen there, record it, and say
 * which stage comes next. Together they are the process of domain.md §7.
 */
export type StageStep = (p: NominationProcess) => Promise<Stage>;

const NEVER_EXPIRES = 'this stage escalates but never expires';

/** Guards the workflow writing what was (re)submitted: before, the API wrote it. */
export const SUBMISSION_RECORD_PATCH = 'submission-recorded-by-workflow';

/** Where a nomination goes once the secretariat has accepted it (and comment is over). */
function afterAcceptance(p: NominationProcess, commentDone: boolean): [Stage, MoveOptions] {
  const { procedure } = p;
  if (!commentDone && procedure.publicComment.required) {
    // Procedures fixed before the rule was configurable counted from the next day.
    const postingDay = procedure.publicComment.postingDay ?? 'posting_day_not_counted';
    return [
      'public_comment',
      {
        workingDays: procedure.publicComment.workingDays,
        postingDay,
        facts: { publicCommentPostingDay: postingDay },
      },
    ];
  }
  if (procedure.councilVote) {
    return ['council_review', { workingDays: procedure.timings.councilReviewWorkingDays }];
  }
  return ['awaiting_decision', { workingDays: procedure.timings.decisionDraftingWorkingDays }];
}

/** The appraisal SLA left: the clock paused while the dossier was with the unit. */
export function appraisalDaysLeft(p: NominationProcess): number {
  return Math.max(1, p.procedure.appraisalWorkingDays - p.memory.appraisalDaysUsed);
}

/** §7.2 The secretariat appraises within the SLA: accept, return for supplement, or reject. */
const appraisal: StageStep = async (p) => {
  await p.runChecks();
  const clockStartedAt = p.memory.deadline?.startAt ?? new Date().toISOString();
  const event = await p.waitFor(['appraise']);
  if (event === 'expired') throw new Error(NEVER_EXPIRES);
  const { action } = event;
  const entry = {
    actor: action.actor,
    reasons: action.reasons,
    reason: action.note,
    // The timeline states the date the secretariat gave its outcome (e.g. the return letter's).
    detail: action.effectiveOn
      ? TIMELINE_TEXTS.appraisalDate(action.outcome, action.effectiveOn)
      : undefined,
  };
  if (action.outcome === 'accept') {
    const [next, options] = afterAcceptance(p, false);
    await p.moveTo(next, { ...entry, action: 'appraisal_accepted' }, options);
    return next;
  }
  if (action.outcome === 'reject') {
    await p.moveTo('rejected', { ...entry, action: 'appraisal_rejected' });
    return 'rejected';
  }
  p.memory.appraisalDaysUsed += await quickSteps().countWorkingDays({
    fromAt: clockStartedAt,
    toAt: new Date().toISOString(),
  });
  // The unit's period runs from the return letter's date, which may precede its entry here.
  const from = action.effectiveOn
    ? new Date(startOfVietnamDate(parseIsoDate(action.effectiveOn))).toISOString()
    : undefined;
  await p.moveTo(
    'returned',
    { ...entry, action: 'returned' },
    { workingDays: p.procedure.timings.supplementWorkingDays, from },
  );
  return 'returned';
};

/** The unit supplements a returned dossier before its own deadline, or the nominee is dropped. */
const returned: StageStep = async (p) => {
  const event = await p.waitFor(['resubmit'], { expire: true });
  if (event === 'expired') {
    await p.moveTo('rejected', {
      action: 'supplement_deadline_missed',
      actor: SYSTEM_ACTOR,
      detail: TIMELINE_TEXTS.supplementDeadlineMissed(),
    });
    return 'rejected';
  }
  p.memory.submittedVersion = event.action.dossierVersion;
  const submission = patched(SUBMISSION_RECORD_PATCH)
    ? await activities.recordSubmission({
        nominationId: p.start.nominationId,
        version: event.action.dossierVersion,
        ...(patched(WRITES_WITH_STEP_PATCH) && { withStep: true }),
      })
    : undefined;
  p.justSubmitted(submission);
  await p.moveTo(
    'appraisal',
    { action: 'resubmitted', actor: event.action.actor, reason: event.action.note },
    { workingDays: appraisalDaysLeft(p), submission },
  );
  return 'appraisal';
};

/** §7.3 The list is published for comment; an objection sends it back to appraisal. */
const publicComment: StageStep = async (p) => {
  const event = await p.waitFor(['objection'], { expire: true });
  if (event === 'expired') {
    const [next, options] = afterAcceptance(p, true);
    await p.moveTo(next, { action: 'public_comment_closed', actor: SYSTEM_ACTOR }, options);
    return next;
  }
  p.memory.appraisalDaysUsed = 0; // an objection is appraised afresh, with a full SLA
  await p.moveTo(
    'appraisal',
    {
      action: 'objection_received',
      actor: event.action.actor,
      reason: event.action.content,
      detail: TIMELINE_TEXTS.objectionBy(event.action.author),
    },
    { workingDays: p.procedure.appraisalWorkingDays },
  );
  return 'appraisal';
};

/** §7.4 A rapporteur gives an opinion; a council round takes the nomination onto its agenda. */
const councilReview: StageStep = async (p) => {
  for (;;) {
    const event = await p.waitFor(['rapporteurOpinion', 'addedToRound']);
    if (event === 'expired') throw new Error(NEVER_EXPIRES);
    if (event.type === 'addedToRound') {
      await p.moveTo(
        'council_vote',
        { action: 'added_to_round', actor: SYSTEM_ACTOR },
        { facts: { roundId: event.signal.roundId } },
      );
      return 'council_vote';
    }
    if (p.memory.rapporteurGiven) {
      p.refuse(event.id, 'rapporteurAlreadyGiven');
      continue;
    }
    p.memory.rapporteurGiven = true;
    await p.note({
      action: event.action.opinion === 'support' ? 'rapporteur_supports' : 'rapporteur_opposes',
      actor: event.action.actor,
      reason: event.action.summary,
    });
  }
};

/** The round's result: passed, not passed, cut by the quota, or no quorum (another round). */
const councilVote: StageStep = async (p) => {
  const event = await p.waitFor(['councilResult', 'released']);
  if (event === 'expired') throw new Error(NEVER_EXPIRES);
  if (event.type === 'released') {
    await p.moveTo(
      'council_review',
      { action: 'released_from_round', actor: SYSTEM_ACTOR },
      { workingDays: p.procedure.timings.councilReviewWorkingDays },
    );
    return 'council_review';
  }
  const result = event.signal;
  const entry = { actor: result.closedBy, detail: result.explanation };
  switch (result.outcome) {
    case 'passed':
      await p.moveTo(
        'awaiting_decision',
        { ...entry, action: 'council_passed' },
        { workingDays: p.procedure.timings.decisionDraftingWorkingDays },
      );
      return 'awaiting_decision';
    case 'no_quorum':
      p.memory.rapporteurGiven = false;
      await p.moveTo(
        'council_review',
        { ...entry, action: 'council_no_quorum' },
        { workingDays: p.procedure.timings.councilReviewWorkingDays },
      );
      return 'council_review';
    default:
      await p.moveTo('rejected', {
        ...entry,
        action: result.outcome === 'cut_by_quota' ? 'council_quota_cut' : 'council_not_passed',
      });
      return 'rejected';
  }
};

/** The secretariat drafts an award decision that lists the nomination. */
const awaitingDecision: StageStep = async (p) => {
  const event = await p.waitFor(['includedInDecision']);
  if (event === 'expired') throw new Error(NEVER_EXPIRES);
  await p.moveTo(
    'minister_decision',
    { action: 'included_in_decision', actor: SYSTEM_ACTOR },
    {
      workingDays: p.procedure.timings.ministerDecisionWorkingDays,
      facts: { decisionId: event.signal.decisionId },
    },
  );
  return 'minister_decision';
};

/** §7.5–7.6 The minister's ruling; awards decided above the minister are proposed upward. */
const ministerDecision: StageStep = async (p) => {
  const event = await p.waitFor(['decisionRuling', 'released']);
  if (event === 'expired') throw new Error(NEVER_EXPIRES);
  if (event.type === 'released') {
    await p.moveTo(
      'awaiting_decision',
      { action: 'released_from_decision', actor: SYSTEM_ACTOR },
      { workingDays: p.procedure.timings.decisionDraftingWorkingDays },
    );
    return 'awaiting_decision';
  }
  const ruling = event.signal;
  const entry = { actor: ruling.actor, reason: ruling.reason };
  switch (ruling.outcome) {
    case 'signed': {
      const { number, sequence, symbol, year, documentType, signedOn } = ruling.decision!;
      // The signer stays the nomination's, whoever enters the higher authority's outcome later.
      p.memory.decision = {
        ...{ number, sequence, symbol, year, documentType, signedOn },
        signedAt: new Date().toISOString(),
        signedBy: ruling.actor,
      };
      const upward = getAwardDefinition(p.start.awardCode as AwardCode).forwardedUpward;
      if (upward) {
        await p.moveTo(
          'forwarded',
          { ...entry, action: 'proposed_upward' },
          { workingDays: p.procedure.upwardAppraisalWorkingDays ?? undefined },
        );
        return 'forwarded';
      }
      await p.moveTo('approved', { ...entry, action: 'minister_approved' });
      return 'approved';
    }
    case 'returned_to_council':
      p.memory.rapporteurGiven = false;
      await p.moveTo(
        'council_review',
        { ...entry, action: 'returned_to_council' },
        { workingDays: p.procedure.timings.councilReviewWorkingDays },
      );
      return 'council_review';
    case 'returned_to_secretariat':
      p.memory.appraisalDaysUsed = 0;
      await p.moveTo(
        'appraisal',
        { ...entry, action: 'returned_to_secretariat' },
        { workingDays: p.procedure.appraisalWorkingDays },
      );
      return 'appraisal';
    default:
      await p.moveTo('rejected', {
        ...entry,
        action: ruling.outcome === 'struck' ? 'struck_from_decision' : 'minister_rejected',
      });
      return 'rejected';
  }
};

/** Guards recording the award granted upward (activities/nomination/recordExternalAward.ts). */
const EXTERNAL_AWARD_PATCH = 'external-award-record';

/** §7.6 The higher authority's outcome, entered by the secretariat when it arrives. */
const forwarded: StageStep = async (p) => {
  const event = await p.waitFor(['externalOutcome']);
  if (event === 'expired') throw new Error(NEVER_EXPIRES);
  const { actor, outcome, decidedOn, issuer, reason } = event.action;
  // Updates accepted before the number had its own name called it `reference`.
  const number = event.action.number ?? (event.action as { reference?: string }).reference;
  const next = outcome === 'granted' ? 'approved' : 'rejected';
  // In the nominee's history before anyone reads the nomination approved; once taken, the step
  // is recorded whatever else happens (histories from before it replay without it).
  if (outcome === 'granted' && patched(EXTERNAL_AWARD_PATCH)) {
    // Updates accepted before the issuer was entered: the award's own decider.
    const grantedBy = issuer ?? getAwardDefinition(p.start.awardCode as AwardCode).deciders[0]!;
    await CancellationScope.nonCancellable(() =>
      activities.recordExternalAward({
        nominationId: p.start.nominationId,
        decision: { number, decidedOn, issuer: grantedBy },
      }),
    );
  }
  await p.moveTo(
    next,
    {
      action: outcome === 'granted' ? 'granted_upward' : 'refused_upward',
      actor,
      reason,
      detail: externalDecisionText({ number, decidedOn, issuer }),
    },
    { externalDecision: { outcome, number, decidedOn, issuer, reason, recordedBy: actor } },
  );
  return next;
};

export const STAGE_STEPS: Partial<Record<Stage, StageStep>> = {
  appraisal,
  returned,
  public_comment: publicComment,
  council_review: councilReview,
  council_vote: councilVote,
  awaiting_decision: awaitingDecision,
  minister_decision: ministerDecision,
  forwarded,
};
