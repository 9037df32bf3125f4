import { CancellationScope, log, patched } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { RecordedStep, Transition } from '../../activities/nomination/transition';
import { emailActivities, quickSteps } from './activities';

/**
 * Guards notices and e-mails as activities of their own, after the step is recorded. Before
 * it, `recordTransition` told the unit itself and a poller sent the e-mails; histories from
 * then replay without these commands.
 */
export const NOTICES_PATCH = 'notices-as-activities';

type Emails = Awaited<ReturnType<Activities['notifyStageChange']>>;

/**
 * Sends each e-mail as an activity of its own, all at once; resolves when every one is sent
 * or settled otherwise (a refusal is recorded on its notification and only logged here). Not
 * cancelled with the process: a withdrawal still tells the unit.
 */
export function sendEmails(emails: Emails): Promise<void> {
  return CancellationScope.nonCancellable(() =>
    Promise.all(
      emails.map((mail) =>
        emailActivities.sendNotificationEmail(mail).catch((error: unknown) =>
          log.warn('an e-mail was not sent', {
            notificationId: mail.notificationId,
            userId: mail.userId,
            // The activity's own failure (e.g. SMTP_REFUSED), not the wrapper's.
            error: String((error as { cause?: unknown }).cause ?? error),
          }),
        ),
      ),
    ),
  ).then(() => undefined);
}

/**
 * Tells the unit about a recorded step (`notifyStageChange`) and starts its e-mails; `sent`
 * resolves once they are settled. A step whose record came from an earlier version (no
 * result) has told the unit already.
 */
export async function announceStep(
  transition: Transition,
  recorded: RecordedStep | undefined,
): Promise<{ sent: Promise<void> }> {
  if (!recorded || !patched(NOTICES_PATCH)) return { sent: Promise.resolve() };
  const emails = await CancellationScope.nonCancellable(() =>
    quickSteps().notifyStageChange({ transition, recorded }),
  );
  return { sent: sendEmails(emails) };
}

/** Starts the e-mails of a deadline notice, when it returned some (earlier versions: nothing). */
export function emailDeadlineNotice(emails: Emails | undefined): Promise<void> {
  if (!emails?.length || !patched(NOTICES_PATCH)) return Promise.resolve();
  return sendEmails(emails);
}
