import type { Logger } from 'pino';
import { carryOfficialSchedules } from './calendar/carryOfficialSchedules';
import { retireUnexpiringOutcomes } from './http/retireUnexpiringOutcomes';
import { backfillQuotaLedger } from './councilRound/backfillQuotaLedger';
import { migrateAwardRecords } from './history/awardRecordsMigration';
import { migrateDesk } from './desk/deskMigration';
import { backfillDossierNumbers } from './nomination/backfillDossierNumbers';
import { buildStatisticsSummaries } from './statistics/buildStatisticsSummaries';

/** Steps only a worker runs: they need what the data layer does not have (an SMTP sender). */
interface WorkerMigrations {
  retireEmailOutbox(log: Logger): Promise<unknown>;
}

/** A failed step is logged, not fatal: every step is idempotent and runs again at the next start. */
const attempt = (log: Logger, name: string, step: (log: Logger) => Promise<unknown>) =>
  step(log).then(
    () => undefined,
    (error: unknown) =>
      log.error(
        { err: error, migration: name },
        'start-up migration failed; it runs again at the next start',
      ),
  );

/**
 * Brings data stored by an earlier version to today's shape. Every API and worker process runs
 * it at start-up, whichever comes first and however many at once: each step writes only by
 * unique keys or conditional updates, so a second run, or two at once, change nothing.
 * Resolves once the steps work depends on are done; `besideWork` resolves when the rest is.
 */
export async function runStartupMigrations(
  log: Logger,
  worker?: WorkerMigrations,
): Promise<{ besideWork: Promise<void> }> {
  // Schedules entered before calendar revisions: deadlines planned or shown must count them.
  await attempt(log, 'official schedules', carryOfficialSchedules);
  // Places kept by rounds closed before the quota ledger, before a round closed here counts them.
  await attempt(log, 'quota ledger', backfillQuotaLedger);
  // Nominations from before the statistics summaries, counted before a step here changes one.
  await attempt(log, 'statistics summaries', buildStatisticsSummaries);
  // The e-mail outbox's last mails; only a worker sends e-mail.
  const mailed = worker ? attempt(log, 'e-mail outbox', worker.retireEmailOutbox) : undefined;
  // Numbers dossiers submitted before they had numbers; beside the work, not before it.
  const numbered = attempt(log, 'dossier numbers', backfillDossierNumbers);
  // Desk keys, ordered indexes and no more projections: until done, the desk may miss old
  // open dossiers and read slower. Beside the work, after the numbers.
  const desk = numbered.then(() => attempt(log, 'desk on the nominations', migrateDesk));
  // Idempotency outcomes from before their expiry: never replayed again, so beside the work.
  const outcomes = attempt(log, 'idempotency outcomes', retireUnexpiringOutcomes);
  // The award records' per-subject copy and old index: nothing reads them, so beside the work.
  const awards = attempt(log, 'award records', migrateAwardRecords);
  return { besideWork: Promise.all([desk, mailed, outcomes, awards]).then(() => undefined) };
}
