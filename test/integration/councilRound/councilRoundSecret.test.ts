import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import mongoose from 'mongoose';
import pino from 'pino';
import { createApp } from '../../../api/app';
import { councilRoundWorkflowId } from '../../../workflows/councilRound/messages';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import {
  MEMBERS,
  closedRound,
  createRound,
  nominationAtCouncil,
  paper,
  seedCouncil,
  type Council,
} from './councilRoundFixtures';
import {
  captured,
  asLogEntry,
  captureLogs,
  safeJson,
  findLinks,
  documentsInDatabaseFiles,
  decodePayloads,
} from './secretBallotLeaks';

jest.setTimeout(120_000);

type Members = Record<string, ApiClient>;
/** The round under test and its two nominations. */
interface Round {
  id: string;
  n1: string;
  n2: string;
}

/** Both nominations onto the agenda; only a member of the nominee's unit may recuse. */
async function addToAgendaAndRecuse(r: Round, secretariat: ApiClient, m: Members) {
  const added = await secretariat.post(`/api/council-rounds/${r.id}/nominations`, {
    nominations: [{ nominationId: r.n1, gender: 'female' }, { nominationId: r.n2 }],
    ldttHolders: [
      { unitId: 'VCSDT', year: 2025, count: 10 },
      { unitId: 'TTTT', year: 2025, count: 20 },
    ],
  });
  expect(added.status).toBe(200);
  // Each nomination's workflow took it onto the agenda.
  expect(added.body.agenda.map((a: any) => [a.rule.ballot, a.addedSignal])).toEqual([
    ['secret', 'delivered'],
    ['secret', 'delivered'],
  ]);

  const wrongRecusal = await m['hoidong.1']!.post(`/api/council-rounds/${r.id}/recusals`, {
    nominationId: r.n1,
  });
  expect([wrongRecusal.status, wrongRecusal.body.error.code]).toEqual([
    422,
    'RECUSAL_NOT_SAME_UNIT',
  ]);
  expect(
    (await m['hd.vcsdt']!.post(`/api/council-rounds/${r.id}/recusals`, { nominationId: r.n1 }))
      .status,
  ).toBe(200);
}

/** Members cannot open the ballot; the chair records attendance (hd.vtccb absent) and opens. */
async function openWithOneAbsent(r: Round, chair: ApiClient, m: Members) {
  expect((await m['hoidong.1']!.post(`/api/council-rounds/${r.id}/open`)).status).toBe(403);
  const present = MEMBERS.filter((id) => id !== 'hd.vtccb');
  expect((await chair.post(`/api/council-rounds/${r.id}/attendance`, { present })).status).toBe(
    200,
  );
  const opened = await chair.post(`/api/council-rounds/${r.id}/open`);
  expect([opened.status, opened.body.status]).toEqual([200, 'voting']);
}

/** The papers refused (recused nominee, absent member, second paper), kept and written. */
async function castPapers(r: Round, secretariat: ApiClient, m: Members) {
  // The recused member's paper cannot name the nominee they recused from.
  const wrongPaper = await m['hd.vcsdt']!.post(
    `/api/council-rounds/${r.id}/ballot`,
    paper({ [r.n1]: 'approve', [r.n2]: 'approve' }),
  );
  expect([wrongPaper.status, wrongPaper.body.error.code]).toEqual([422, 'NOT_ON_PAPER']);
  // An absent member cannot vote in the meeting.
  const absent = await m['hd.vtccb']!.post(
    `/api/council-rounds/${r.id}/ballot`,
    paper({ [r.n1]: 'approve', [r.n2]: 'approve' }),
  );
  expect([absent.status, absent.body.error.code]).toEqual([403, 'NOT_PRESENT']);

  const votes: Array<[string, Record<string, 'approve' | 'reject'>]> = [
    ['chutich', { [r.n1]: 'approve', [r.n2]: 'approve' }],
    ['hoidong.1', { [r.n1]: 'approve', [r.n2]: 'reject' }],
    ['hoidong.2', { [r.n1]: 'approve', [r.n2]: 'approve' }],
    ['hd.vcsdt', { [r.n2]: 'approve' }],
    ['hd.tttt', { [r.n1]: 'reject', [r.n2]: 'approve' }],
  ];
  for (const [member, choices] of votes) {
    const cast = await m[member]!.post(`/api/council-rounds/${r.id}/ballot`, paper(choices), {
      'idempotency-key': `ballot-${member}-1`,
    });
    expect([member, cast.status, cast.body.secretBallot]).toEqual([member, 200, 'recorded']);
  }
  // A retried request is recognised; a second paper is refused.
  const retried = await m['hoidong.1']!.post(
    `/api/council-rounds/${r.id}/ballot`,
    paper({ [r.n1]: 'approve', [r.n2]: 'reject' }),
    { 'idempotency-key': 'ballot-hoidong.1-1' },
  );
  expect([retried.status, retried.body.secretBallot]).toEqual([200, 'already_recorded']);
  const again = await m['hoidong.1']!.post(
    `/api/council-rounds/${r.id}/ballot`,
    paper({ [r.n1]: 'reject', [r.n2]: 'reject' }),
  );
  expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_VOTED']);

  // The absent member's written vote, recorded by the secretariat.
  const written = await secretariat.post(`/api/council-rounds/${r.id}/written-votes`, {
    memberId: 'hd.vtccb',
    ...paper({ [r.n1]: 'approve', [r.n2]: 'approve' }),
  });
  expect([written.status, written.body.secretBallot]).toEqual([200, 'recorded']);
}

/**
 * Every version of the box the database files hold while voting — the WAL's included —
 * has neither totals nor a readable paper: comparing two of them (one voter more)
 * tells nothing of how that voter voted.
 */
function expectOpenBoxUnreadable(r: Round) {
  const versions = documentsInDatabaseFiles().filter((d) => d._id === r.id);
  const openVersions = versions.filter((d) => d.status === 'open');
  expect(new Set(openVersions.map((d) => (d.voters as string[]).length)).size).toBeGreaterThan(2);
  for (const version of openVersions) {
    const text = JSON.stringify({ ...version, $s: undefined });
    expect([text.slice(0, 300), /approve|reject|abstain|counts/.test(text)]).toEqual([
      text.slice(0, 300),
      false,
    ]);
    const papers = version.papers as string[];
    expect(papers).toHaveLength(MEMBERS.length);
    const sealed = papers.filter((p) => p !== '');
    expect(sealed).toHaveLength((version.voters as string[]).length);
    expect(new Set(sealed.map((p) => p.length)).size).toBeLessThanOrEqual(1);
  }
}

/** While voting, a member learns that they voted — not counts, not anyone's choice. */
async function expectMemberSeesOnlyThatTheyVoted(r: Round, member: ApiClient) {
  const seen = await member.get(`/api/council-rounds/${r.id}`);
  expect(seen.body.me).toEqual({
    member: true,
    present: true,
    secretBallotCast: true,
    openVoteCast: false,
  });
  expect(JSON.stringify(seen.body)).not.toMatch(/counts|approve|reject/);
  expect((await member.get(`/api/council-rounds/${r.id}/minutes`)).status).toBe(404);
}

/** The chair closes; each result is counted over its own eligible members. */
async function closeAndExpectTally(r: Round, chair: ApiClient) {
  const closed = await chair.post(`/api/council-rounds/${r.id}/close`);
  expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
  const round = await closedRound(chair, r.id);
  const r1 = round.results.find((x: any) => x.nominationId === r.n1);
  const r2 = round.results.find((x: any) => x.nominationId === r.n2);
  // n1: 6 members, 1 recused → 5 eligible; 4 attending; 4 approvals (one written) of 5 ≥ 2/3.
  expect(r1.counts).toEqual({ approve: 4, reject: 1, abstain: 0 });
  expect(r1.tally).toMatchObject({ quorumMet: true, attending: 4, eligible: 5, denominator: 5 });
  expect(r1.outcome).toBe('passed');
  expect(r1.quota.outcome).toBe('kept');
  // n2: 6 eligible, 5 attending; 5 approvals of 6.
  expect(r2.counts).toEqual({ approve: 5, reject: 1, abstain: 0 });
  expect(r2.tally).toMatchObject({ attending: 5, eligible: 6, denominator: 6 });
  expect(r2.outcome).toBe('passed');
  expect(round.results.map((x: any) => x.resultSignal)).toEqual(['delivered', 'delivered']);
  for (const id of [r.n1, r.n2]) {
    await eventually(
      () => NominationModel.findById(id).lean(),
      (n) => n?.stage === 'awaiting_decision',
    );
  }
  expect(round.closedBy.userId).toBe('chutich');
}

/** The minutes: the written vote, the recusal, no named votes, the declared LĐTT counts. */
async function expectMinutes(r: Round, member: ApiClient) {
  const minutes = (await member.get(`/api/council-rounds/${r.id}/minutes`)).body;
  expect(minutes.members.find((x: any) => x.userId === 'hd.vtccb').attendance).toBe(
    'absent_written_vote',
  );
  expect(minutes.recusals).toMatchObject([{ memberId: 'hd.vcsdt', nominationId: r.n1 }]);
  expect(minutes.items[0].namedVotes).toBeUndefined();
  expect(minutes.items[0].explanation.vi).toContain('4/5');
  expect(minutes.ldttCounts).toEqual([
    { unitId: 'VCSDT', year: 2025, count: 10, source: 'declared_by_secretariat' },
    { unitId: 'TTTT', year: 2025, count: 20, source: 'declared_by_secretariat' },
  ]);
}

describe('a secret ballot with a recusal and an absent member voting in writing', () => {
  let stack: TestStack;
  let council: Council;
  let server: Server;
  let api: string;
  let roundId: string;

  beforeAll(async () => {
    captureLogs();
    stack = await startTestStack();
    council = await seedCouncil(stack);
    // A second API process on the same stack, logging everything it can into `captured`.
    const sink = new Writable({
      write(chunk, _encoding, done) {
        captured.push(asLogEntry(String(chunk)));
        done();
      },
    });
    const app = createApp({
      temporal: stack.client,
      taskQueue: stack.taskQueue,
      sessionTtlHours: 1,
      log: pino({ level: 'trace' }, sink),
    });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
      captured.push({ mongoose: `${collection}.${method}`, args: JSON.parse(safeJson(args)) });
    });
  });
  afterAll(async () => {
    mongoose.set('debug', false);
    await new Promise((resolve) => server.close(resolve));
    await stack.stop();
    jest.restoreAllMocks();
  });

  const as = (user: string) => ApiClient.signIn(api, user);

  test('recusal, written vote, tally over the right denominators; nothing more revealed', async () => {
    const n1 = await nominationAtCouncil(stack, {
      unitId: 'VCSDT',
      awardCode: 'CSTDCS',
      name: 'Lò Thị Mai',
    });
    const n2 = await nominationAtCouncil(stack, {
      unitId: 'TTTT',
      awardCode: 'CSTDCS',
      name: 'Vi Văn Tâm',
    });
    roundId = await createRound(council);
    const secretariat = await as('thuongtruc');
    const chair = await as('chutich');
    const m: Members = Object.fromEntries(
      await Promise.all(MEMBERS.map(async (id) => [id, await as(id)] as const)),
    );
    const r: Round = { id: roundId, n1, n2 };
    await addToAgendaAndRecuse(r, secretariat, m);
    await openWithOneAbsent(r, chair, m);
    await castPapers(r, secretariat, m);
    expectOpenBoxUnreadable(r);
    await expectMemberSeesOnlyThatTheyVoted(r, m['hd.tttt']!);
    await closeAndExpectTally(r, chair);
    await expectMinutes(r, m['hd.tttt']!);
  });

  test('no member–choice link in the database, the workflow history or the logs', async () => {
    const db = mongoose.connection.db!;
    const collections = await db.listCollections().toArray();
    expect(collections.map((c) => c.name)).toEqual(
      expect.arrayContaining(['ballot_boxes', 'council_rounds', 'council_minutes']),
    );
    let documents = 0;
    for (const { name } of collections) {
      for (const doc of await db.collection(name).find({}).toArray()) {
        documents += 1;
        expect([name, findLinks(doc, MEMBERS)]).toEqual([name, []]);
      }
    }
    expect(documents).toBeGreaterThan(10);
    // And every version of every document in the database files.
    const stored = documentsInDatabaseFiles();
    expect(stored.length).toBeGreaterThan(documents);
    expect(stored.flatMap((doc) => findLinks(doc, MEMBERS))).toEqual([]);

    // The sealed box: totals and who voted (sorted), nothing else.
    const box = await db.collection('ballot_boxes').findOne({ _id: roundId as never });
    expect(box).toMatchObject({
      status: 'sealed',
      voters: ['chutich', 'hd.tttt', 'hd.vcsdt', 'hd.vtccb', 'hoidong.1', 'hoidong.2'],
      writtenVoters: ['hd.vtccb'],
      receipts: [],
    });

    const history = await stack.client.workflow
      .getHandle(councilRoundWorkflowId(roundId))
      .fetchHistory();
    expect(history.events!.length).toBeGreaterThan(10);
    const decoded = decodePayloads(history);
    expect(findLinks(decoded, MEMBERS)).toEqual([]);
    // The scan read decoded payloads: the sealed totals and the voter list are there.
    const text = JSON.stringify(decoded);
    expect(text).toContain('"approve":4');
    expect(text).toContain('"writtenVoters":["hd.vtccb"]');

    const serverLogs = ['ferretdb.log', 'temporal.log']
      .map((f) => join(process.env.TDKT_TEST_DATA_DIR ?? '/nonexistent', f))
      .filter((f) => existsSync(f))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .map(asLogEntry);
    const logLinks = [...captured, ...serverLogs].flatMap((entry) => findLinks(entry, MEMBERS));
    expect(logLinks).toEqual([]);
    // Mongoose debug was on; the ballot writes bypass it, the other queries were captured.
    const queries = captured.map((c) => (c as { mongoose?: string }).mongoose);
    expect(queries).toContain('council_rounds.updateOne');
    expect(queries.some((q) => q?.startsWith('ballot_boxes'))).toBe(false);
  });
});
