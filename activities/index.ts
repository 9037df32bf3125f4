import { withAuditTrail } from './workflowAudit';
import { councilActivities } from './councilRound';
import { awardDecisionActivities } from './awardDecision/awardDecisionActivities';
import { issueDecisionNumber } from './awardDecision/issueDecisionNumber';
import { countWorkingDays, planDeadline } from './deadline/planDeadline';
import { loadProcedure } from './nomination/loadProcedure';
import { recordExternalAward } from './nomination/recordExternalAward';
import { recordSubmission } from './nomination/recordSubmission';
import { recordSupplement } from './nomination/recordSupplement';
import { recordTransition } from './nomination/recordTransition';
import { runAppraisalChecks } from './nomination/runAppraisalChecks';
import { sendNotificationEmail } from './notification/emailDelivery';
import { notifyDeadline } from './notification/notifyDeadline';
import { notifyStageChange } from './notification/notifyStageChange';

/** Every activity the worker registers. They use the process's Mongoose connection. */
export const activities = withAuditTrail({
  ...councilActivities,
  recordSubmission,
  recordSupplement,
  recordTransition,
  recordExternalAward,
  issueDecisionNumber,
  loadProcedure,
  runAppraisalChecks,
  planDeadline,
  countWorkingDays,
  notifyDeadline,
  notifyStageChange,
  sendNotificationEmail,
  ...awardDecisionActivities,
});

export type Activities = typeof activities;
