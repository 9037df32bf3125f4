import { AnswerLog, PatientClient } from './patientClient';

/** The nominations and decisions the bots made, and what went wrong. */
export interface BotRun {
  nominationIds: string[];
  decisionIds: string[];
  /** When each approved nomination was drafted and signed (epoch ms). */
  spans: { from: number; to: number }[];
  /** Nominations that did not reach `approved`, with the reason. */
  failures: string[];
  answers: AnswerLog;
}

export interface BotLoad {
  /** How many nominations have reached `approved` so far. */
  approved(): number;
  /** No new nominations; waits until every one in flight has finished. */
  stop(): Promise<BotRun>;
  /** The test failed: no more repeats, every bot ends as soon as it can. */
  abandon(): Promise<void>;
}

/** Two units, each with its officer (drafts) and head (submits). */
const UNITS = [
  { officer: 'canbo.vcsdt', head: 'vutruong.vcsdt' },
  { officer: 'canbo.tttt', head: 'giamdoc.tttt' },
];
const GIVEN_NAMES = ['Lò Văn Púa', 'Hà Thị Mỷ', 'Giàng A Lử', 'Vàng Thị Dợ', 'Đinh Văn Ơn'];
/** A nomination may wait out an outage plus the activities' retry back-off (≤ 1 min). */
const STAGE_WITHIN_MS = 240_000;

interface Desk {
  officer: PatientClient;
  head: PatientClient;
  secretariat: PatientClient;
  minister: PatientClient;
}

/**
 * `count` bots, each driving one Advanced Worker (LĐTT) nomination after another through
 * the real API — draft, submit, appraisal, a decision of its own, the minister's
 * signature — as fast as the system lets it, until stopped. Every write has its own
 * Idempotency-Key and is repeated through outages by the patient client.
 */
export function startBots(apiUrl: string, count: number, runTag: string): BotLoad {
  const answers = new AnswerLog();
  const run: BotRun = { nominationIds: [], decisionIds: [], spans: [], failures: [], answers };
  let stopping = false;
  const cancelled = new AbortController();
  let approved = 0;

  const bot = async (index: number) => {
    const unit = UNITS[index % UNITS.length]!;
    const [officer, head, secretariat, minister] = await Promise.all(
      [unit.officer, unit.head, 'thuongtruc', 'botruong'].map((user) =>
        PatientClient.signIn(apiUrl, user, answers, cancelled.signal),
      ),
    );
    const desk: Desk = {
      officer: officer!,
      head: head!,
      secretariat: secretariat!,
      minister: minister!,
    };
    for (let n = 1; !stopping; n += 1) {
      const key = `${runTag}-bot${index}-${n}`;
      const name = `${GIVEN_NAMES[(index + n) % GIVEN_NAMES.length]} ${index}.${n}`;
      const started = Date.now();
      try {
        await nominateToDecision(desk, key, name, run);
        run.spans.push({ from: started, to: Date.now() });
        approved += 1;
      } catch (error) {
        run.failures.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const bots = Array.from({ length: count }, (_, index) => bot(index));
  return {
    approved: () => approved,
    async stop() {
      stopping = true;
      await Promise.all(bots);
      return run;
    },
    async abandon() {
      stopping = true;
      cancelled.abort();
      await Promise.allSettled(bots);
    },
  };
}

async function nominateToDecision(desk: Desk, key: string, name: string, run: BotRun) {
  const drafted = await expectStatus(
    desk.officer.post(
      '/api/nominations',
      {
        nominee: { kind: 'individual', name, position: 'Chuyên viên' },
        awardCode: 'LDTT',
        year: 2025,
        achievements: 'Hoàn thành tốt nhiệm vụ năm 2025.',
      },
      `draft-${key}`,
    ),
    201,
    'draft',
  );
  const id: string = drafted._id;
  run.nominationIds.push(id);
  await expectStatus(
    desk.head.post(`/api/nominations/${id}/submit`, {}, `submit-${key}`),
    202,
    'submit',
  );
  await waitFor(desk.officer, id, (n) => n.stage === 'appraisal' && n.lastSeq >= 2);
  await expectStatus(
    desk.secretariat.post(
      `/api/nominations/${id}/appraisal`,
      { outcome: 'accept', note: 'Đủ hồ sơ' },
      `appraise-${key}`,
    ),
    200,
    'appraisal',
  );
  const decision = await expectStatus(
    desk.secretariat.post(
      '/api/decisions',
      { awardCode: 'LDTT', year: 2025, nominationIds: [id] },
      `decide-${key}`,
    ),
    201,
    'decision draft',
  );
  const decisionId: string = decision.decision._id;
  run.decisionIds.push(decisionId);
  await waitFor(desk.officer, id, (n) => n.stage === 'minister_decision');
  await expectStatus(
    desk.minister.post(
      `/api/decisions/${decisionId}/ruling`,
      { outcome: 'approve_all' },
      `sign-${key}`,
    ),
    200,
    'ruling',
  );
  await waitFor(desk.officer, id, (n) => n.stage === 'approved');
}

async function expectStatus(
  pending: Promise<{ status: number; body: any }>,
  status: number,
  step: string,
): Promise<any> {
  const answer = await pending;
  if (answer.status !== status) {
    throw new Error(`${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

async function waitFor(
  reader: PatientClient,
  id: string,
  reached: (nomination: { stage: string; lastSeq: number }) => boolean,
): Promise<void> {
  const deadline = Date.now() + STAGE_WITHIN_MS;
  for (;;) {
    const { status, body } = await reader.get(`/api/nominations/${id}`);
    if (status === 200 && reached(body)) return;
    if (Date.now() > deadline) {
      throw new Error(`${id} stuck at ${body?.stage}#${body?.lastSeq} (${status})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
