import { Gauge, type Registry } from 'prom-client';
import { NominationModel } from '../../data/nomination/nominationModel';
import { STAGE_HOLDER, WAITING_STAGES, type WaitingStage } from '../../domain/process/stages';

/** How long one reading of the nominations serves scrapes before the next is taken. */
const NOMINATION_GAUGES_TTL_MS = 60_000;
/** A scrape waits this long for a reading in progress, then shows the previous one. */
const SCRAPE_WAIT_MS = 2000;

/** The query of one stage's reading: on the `{ stage, dueAt }` index, three small fields. */
export const inStage = (stage: WaitingStage) => ({ stage });
export const GAUGE_FIELDS = { _id: 0, holderRole: 1, dueAt: 1, updatedAt: 1 } as const;

interface Reading {
  at: number;
  /** Open nominations by stage, then by the role holding them. */
  open: Map<WaitingStage, Map<string, number>>;
  overdue: Map<WaitingStage, number>;
  /** The earliest last change among the stage's nominations, in ms since the epoch. */
  oldestSince: Map<WaitingStage, number>;
}

/**
 * One reading of the open nominations: per waiting stage, one find on the `{ stage, dueAt }`
 * index returning three small fields of each nomination in it (closed ones are never read).
 */
async function readNominations(now: number): Promise<Reading> {
  const reading: Reading = { at: now, open: new Map(), overdue: new Map(), oldestSince: new Map() };
  for (const stage of WAITING_STAGES) {
    const byRole = new Map<string, number>([[STAGE_HOLDER[stage], 0]]);
    let overdue = 0;
    let oldest: number | undefined;
    const cursor = NominationModel.find(inStage(stage), GAUGE_FIELDS).lean().cursor();
    for await (const nomination of cursor) {
      const role = nomination.holderRole ?? STAGE_HOLDER[stage];
      byRole.set(role, (byRole.get(role) ?? 0) + 1);
      if (nomination.dueAt && nomination.dueAt.getTime() < now) overdue += 1;
      const since = nomination.updatedAt?.getTime();
      if (since !== undefined && (oldest === undefined || since < oldest)) oldest = since;
    }
    reading.open.set(stage, byRole);
    reading.overdue.set(stage, overdue);
    if (oldest !== undefined) reading.oldestSince.set(stage, oldest);
  }
  return reading;
}

/**
 * The secretariat's view as gauges: open nominations by stage and holder role, overdue ones
 * and the longest wait per stage. Read at most once a minute whatever the scrape rate; a
 * reading that fails or is slow (the database down) leaves the previous one showing, and
 * `tdkt_nominations_read_timestamp_seconds` says how old it is.
 */
export function registerNominationGauges(registry: Registry): void {
  let last: Reading | undefined;
  let pending: Promise<Reading | undefined> | undefined;

  const fresh = async (): Promise<Reading | undefined> => {
    const now = Date.now();
    if (last && now - last.at < NOMINATION_GAUGES_TTL_MS) return last;
    pending ??= readNominations(now)
      .then((reading) => (last = reading))
      .catch(() => last)
      .finally(() => (pending = undefined));
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<Reading | undefined>(
      (resolve) => (timer = setTimeout(() => resolve(last), SCRAPE_WAIT_MS)),
    );
    return Promise.race([pending, waited]).finally(() => clearTimeout(timer));
  };

  new Gauge({
    name: 'tdkt_nominations_open',
    help: 'Open nominations by stage and the role that must act next.',
    labelNames: ['stage', 'holder_role'] as const,
    registers: [registry],
    async collect() {
      const reading = await fresh();
      this.reset();
      for (const [stage, byRole] of reading?.open ?? [])
        for (const [role, count] of byRole) this.set({ stage, holder_role: role }, count);
    },
  });
  const perStage = (
    name: string,
    help: string,
    values: (reading: Reading) => Iterable<[WaitingStage, number]>,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ['stage'] as const,
      registers: [registry],
      async collect() {
        const reading = await fresh();
        this.reset();
        for (const [stage, value] of reading ? values(reading) : []) this.set({ stage }, value);
      },
    });
  perStage(
    'tdkt_nominations_overdue',
    'Open nominations past the deadline of their stage.',
    (reading) => reading.overdue,
  );
  perStage(
    'tdkt_nominations_oldest_wait_seconds',
    'Per stage, the time since the last step of the nomination that has waited longest.',
    (reading) =>
      [...reading.oldestSince].map(([stage, since]) => [
        stage,
        Math.max(0, (reading.at - since) / 1000),
      ]),
  );
  new Gauge({
    name: 'tdkt_nominations_read_timestamp_seconds',
    help: 'When the nomination gauges were last read from the database.',
    registers: [registry],
    async collect() {
      const reading = await fresh();
      if (reading) this.set(reading.at / 1000);
    },
  });
}
