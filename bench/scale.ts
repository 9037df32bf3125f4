/**
 * The system at scale: N nominations (default 100,000) inserted in bulk, as recordTransition
 * leaves them (desk keys included), then p50/p95 over real HTTP of the secretariat's desk
 * (a page, the next page by its cursor, one unit, late only, at risk, per unit), the
 * pipeline, a unit's dossier list and the statistics of one year, against `/api/health` and
 * a `findById` measured in the same run. Every endpoint is also run once under command
 * monitoring to count its queries and the documents they return per collection, and once
 * with the page size doubled, to see whether those grow with the page.
 * Starts its own database server; these endpoints never call Temporal.
 *
 *   npx tsc -p . && node dist/bench/scale.js [--sizes 100000,1000000] [--iterations 20]
 */
import '../config/lunarLibraryResolution';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import mongoose from 'mongoose';
import pino from 'pino';
import { createApp } from '../api/app';
import {
  CIVIL_SERVICE_CALENDAR,
  addDays,
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
} from '../domain/calendar';
import { WAITING_STAGES, type Stage } from '../domain/process/stages';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { storedDeskKey } from '../data/desk/deskKey';
import { NominationModel } from '../data/nomination/nominationModel';
import { entryOf } from '../data/statistics/statisticsEntry';
import { pipelinePosition, positionPaths } from '../data/statistics/pipelinePosition';
import { summaryLoader } from '../data/statistics/statisticsSummaryModel';
import { UnitModel } from '../data/organisation/unitModel';
import { countReads, type CollectionReads } from '../data/readCounter';
import { DEMO_PASSWORD } from '../scripts/seed/demoData';
import { seedDemoData } from '../scripts/seed/seedDemoData';
import { startMongoServer } from '../scripts/servers/mongoServer';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const SIZES = (argument('sizes') ?? '100000').split(',').map(Number);
const ITERATIONS = Number(argument('iterations') ?? 20);
/**
 * A slow endpoint stops after this long (and at least 3 requests, or 1 when one takes
 * longer); one that reads the whole collection is not run at a larger size where it would
 * take three times this long.
 */
const ENDPOINT_BUDGET_MS = 60_000;
const BATCH = 5_000;
const UNITS = 20;
const YEARS = 10;
/** Open nominations: a fifth of the current year's, so 2% of all; a ninth of them late. */
const OPEN_CYCLE: Stage[] = ['appraisal', 'appraisal', ...WAITING_STAGES];
const CLOSED_CYCLE: Stage[] = ['approved', 'approved', 'approved', 'rejected', 'withdrawn'];
const AWARDS = ['LDTT', 'CSTDCS', 'BKBO', 'CSTDBO', 'TTLDXS', 'KNC'];
const system = { userId: 'system', name: 'Hệ thống', role: 'system' };

const at = (day: IsoDate) => new Date(endOfVietnamDate(day) - 20 * 3600_000);
const step = (seq: number, day: IsoDate, stage: Stage, action: string) => ({
  seq,
  at: at(day),
  action,
  stage,
  actor: system,
});

/** Nomination `i` of the mix: ten years, twenty units, most closed, some open and late. */
function nomination(i: number, units: readonly string[], today: IsoDate) {
  const currentYear = Number(today.slice(0, 4));
  const year = currentYear - YEARS + 1 + (i % YEARS);
  const k = Math.floor(i / YEARS);
  const open = year === currentYear && k % 5 === 0;
  let stage: Stage;
  let history;
  let due: IsoDate | undefined;
  let created: IsoDate;
  if (open) {
    const m = k / 5;
    stage = OPEN_CYCLE[m % OPEN_CYCLE.length]!;
    const late = m % 9 === 0;
    const offset = late ? -1 - (m % 10) : m % 21;
    const dueOn = addWorkingDays(today, offset, CIVIL_SERVICE_CALENDAR);
    const entered = addWorkingDays(dueOn, -10, CIVIL_SERVICE_CALENDAR);
    due = stage === 'council_vote' ? undefined : dueOn;
    created = addDays(entered, -14 - (k % 30));
    history = [
      step(1, addDays(created, 3), 'appraisal', 'submitted'),
      step(2, addDays(created, 3), 'appraisal', 'checks_eligible'),
      ...(stage === 'appraisal' ? [] : [step(3, entered, stage, 'step')]),
    ];
  } else {
    stage = CLOSED_CYCLE[k % CLOSED_CYCLE.length]!;
    const received = addDays(`${Math.min(year + 1, currentYear)}-01-10` as IsoDate, k % 150);
    created = addDays(received < today ? received : addDays(today, -200), -3);
    const accepted = addDays(created, 10 + (k % 15));
    history = [
      step(1, addDays(created, 3), 'appraisal', 'submitted'),
      step(2, addDays(created, 3), 'appraisal', 'checks_eligible'),
      step(3, accepted, 'awaiting_decision', 'appraisal_accepted'),
      step(4, addDays(accepted, 5 + (k % 20)), stage, 'closed'),
    ];
  }
  const closedAt = history.at(-1)!.at;
  const _id = `N${String(i).padStart(7, '0')}`;
  const key = storedDeskKey({ _id, stage, dueOn: due, history });
  return {
    _id,
    // Spread so that every unit has open and late nominations too.
    unitId: units[Math.floor(k / 5) % units.length]!,
    nominee: {
      kind: i % 9 === 0 ? 'collective' : 'individual',
      name: `Nguyễn Văn ${i}`,
      position: 'Chuyên viên',
    },
    awardCode: AWARDS[i % AWARDS.length]!,
    kind: 'merit',
    year,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ được giao.',
    documents: [],
    submissions: [],
    dossierVersion: 1,
    stage,
    createdBy: system,
    receivedOn: vietnamDateOf(history[0]!.at.getTime()),
    ...(open && { holderRole: 'secretariat' }),
    ...(due && { dueOn: due, dueAt: new Date(endOfVietnamDate(due)) }),
    ...(key && { deskKey: key }),
    overdue: false,
    alerts: [],
    lastSeq: history.length,
    history,
    workflowId: `nomination-N${i}`,
    ...(stage === 'approved' && {
      decision: { number: `${i}/QĐ-BDTTG`, sequence: i, signedAt: closedAt },
    }),
    createdAt: at(created),
    updatedAt: closedAt,
  };
}

/** Inserts the nominations in batches; returns how many are open and late. */
async function seed(total: number, units: readonly string[], today: IsoDate) {
  const statistics = summaryLoader();
  let open = 0;
  let late = 0;
  for (let i = 0; i < total; i += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, total - i) }, (_, k) => {
      const doc = nomination(i + k, units, today);
      // As the steps leave it: its entry in the statistics, and the summaries' counts.
      const counted = entryOf(doc, doc.stage, undefined);
      statistics.add(
        doc._id,
        counted,
        doc.lastSeq,
        positionPaths(pipelinePosition(doc.stage, doc.receivedOn, doc.history)),
      );
      return { ...doc, statistics: { seq: doc.lastSeq, counted } };
    });
    await NominationModel.collection.insertMany(docs as never[], { ordered: false });
    for (const doc of docs) {
      if (doc.deskKey) open += 1;
      if (doc.deskKey && doc.dueOn && doc.dueOn < today) late += 1;
    }
    if ((i / BATCH) % 20 === 19) console.error(`  seeded ${i + docs.length}`);
  }
  await statistics.write();
  return { open, late };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Endpoint {
  name: string;
  path: string;
  as: 'secretariat' | 'unit';
  /** The same request with twice the page, to see whether the reads grow with the page. */
  doublePage?: string;
}

const sum = (reads: Record<string, CollectionReads>, of: 'commands' | 'returned') =>
  Object.values(reads).reduce((total, r) => total + r[of], 0);

/** Each endpoint's fastest time at the last size run, to skip what would take too long. */
const slow = new Map<string, { size: number; ms: number }>();

type Tokens = Record<Endpoint['as'], string>;

interface Row {
  name: string;
  n: number;
  p50: number;
  p95: number;
  commands: number;
  returned: number;
  doubled: number | undefined;
}

/** One request, timed, with the queries it sent. */
type Measure = (
  endpoint: Endpoint,
  path?: string,
) => Promise<{ ms: number; reads: Record<string, CollectionReads> }>;

async function run(total: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-bench-scale-'));
  const server = await startMongoServer({ dataDir, database: 'tdkt_bench_scale' });
  let http: Server | undefined;
  try {
    const separator = server.address.includes('?') ? '&' : '?';
    await connectDatabase(`${server.address}${separator}monitorCommands=true`);
    await seedDemoData();
    const units = await fillUnits();
    const today = vietnamDateOf(Date.now());
    const seedStart = performance.now();
    const { open, late } = await seed(total, units, today);
    const seedSeconds = (performance.now() - seedStart) / 1000;

    http = await listen();
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const tokens = {
      secretariat: await signIn(base, 'thuongtruc'),
      unit: await signIn(base, 'canbo.vcsdt'),
    };
    const endpoints = await endpointsOf(base, tokens, today);
    console.log(
      `\n${server.name}; ${total} nominations (${open} open, ${late} late) seeded in ` +
        `${seedSeconds.toFixed(0)} s by insertMany; ${units.length} units, ${YEARS} years; up ` +
        `to ${ITERATIONS} sequential requests per endpoint after 1 warm-up (at most ` +
        `${ENDPOINT_BUDGET_MS / 1000} s each)\n`,
    );
    const counter = countReads(mongoose.connection.getClient());
    const measure: Measure = async (endpoint, path) => {
      counter.reset();
      const start = performance.now();
      await get(base, tokens, endpoint, path);
      const ms = performance.now() - start;
      return { ms, reads: counter.snapshot() };
    };
    const rows: Row[] = [];
    for (const endpoint of endpoints) {
      const row = await measureEndpoint(endpoint, total, measure);
      if (row) rows.push(row);
    }
    counter.stop();
    printTable(rows);
  } finally {
    if (http) await new Promise((resolve) => http!.close(resolve));
    await disconnectDatabase();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Units up to UNITS beside the demo's; their ids, sorted. */
async function fillUnits(): Promise<string[]> {
  const existing = await UnitModel.countDocuments({});
  await UnitModel.insertMany(
    Array.from({ length: UNITS - existing }, (_, i) => ({
      _id: `DV${String(i + 1).padStart(2, '0')}`,
      name: `Đơn vị ${i + 1}`,
      nameEn: `Unit ${i + 1}`,
      blocId: `KHOI-${(i % 3) + 1}`,
    })),
  );
  return (await UnitModel.find({}, { _id: 1 }).sort({ _id: 1 }).lean()).map((u) => u._id);
}

/** The API on a free local port, with a Temporal client it never reaches. */
async function listen(): Promise<Server> {
  const app = createApp({
    temporal: new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) }),
    taskQueue: 'bench',
    sessionTtlHours: 1,
    requestsPerMinute: 0,
    loginsPerMinute: 0,
    log: pino({ level: 'silent' }),
  });
  return new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, tokenType: 'bearer' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function get(base: string, tokens: Tokens, endpoint: Endpoint, path = endpoint.path) {
  const res = await fetch(`${base}${path}`, {
    headers: { authorization: `Bearer ${tokens[endpoint.as]}` },
  });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

/** The endpoints measured; the desk's second page needs the first page's cursor. */
async function endpointsOf(base: string, tokens: Tokens, today: IsoDate): Promise<Endpoint[]> {
  const statsYear = Number(today.slice(0, 4)) - 1;
  const firstPage = (await (
    await fetch(`${base}/api/desk/stalled`, {
      headers: { authorization: `Bearer ${tokens.secretariat}` },
    })
  ).json()) as { next: string | null };
  return [
    { name: 'baseline: GET /api/health', path: '/api/health', as: 'secretariat' },
    {
      name: 'baseline: one nomination (findById)',
      path: '/api/nominations/N0000001',
      as: 'secretariat',
    },
    {
      name: 'desk, page 1',
      path: '/api/desk/stalled',
      doublePage: '/api/desk/stalled?pageSize=100',
      as: 'secretariat',
    },
    {
      name: 'desk, page 2 by its cursor',
      path: `/api/desk/stalled?page=2&after=${firstPage.next}`,
      doublePage: `/api/desk/stalled?page=2&pageSize=100&after=${firstPage.next}`,
      as: 'secretariat',
    },
    {
      name: 'desk, one unit',
      path: '/api/desk/stalled?unitId=VCSDT',
      doublePage: '/api/desk/stalled?unitId=VCSDT&pageSize=100',
      as: 'secretariat',
    },
    {
      name: 'desk, late only',
      path: '/api/desk/stalled?risk=late',
      doublePage: '/api/desk/stalled?risk=late&pageSize=100',
      as: 'secretariat',
    },
    {
      name: 'desk, at risk',
      path: '/api/desk/stalled?risk=at_risk',
      doublePage: '/api/desk/stalled?risk=at_risk&pageSize=100',
      as: 'secretariat',
    },
    { name: 'open and late per unit', path: '/api/desk/units', as: 'secretariat' },
    { name: 'pipeline, all years', path: '/api/desk/pipeline', as: 'secretariat' },
    {
      name: "unit's dossier list, page 1",
      path: '/api/nominations',
      doublePage: '/api/nominations?pageSize=100',
      as: 'unit',
    },
    {
      name: `statistics of ${statsYear}`,
      path: `/api/statistics/breakdown?year=${statsYear}`,
      as: 'secretariat',
    },
    { name: 'statistics, latest year', path: '/api/statistics/breakdown', as: 'secretariat' },
  ];
}

/**
 * A warm-up, then up to ITERATIONS requests within the budget, then one with the page
 * doubled. Undefined when a smaller size showed it would take too long.
 */
async function measureEndpoint(
  endpoint: Endpoint,
  total: number,
  measure: Measure,
): Promise<Row | undefined> {
  const before = slow.get(endpoint.name);
  if (before && (before.ms * total) / before.size > 3 * ENDPOINT_BUDGET_MS) {
    console.log(
      `${endpoint.name}: not run; it took ${(before.ms / 1000).toFixed(0)} s at ` +
        `${before.size} nominations, and grows with them`,
    );
    return undefined;
  }
  let once = await measure(endpoint);
  // Too slow to repeat: the warm-up is the one measurement.
  const times: number[] = once.ms > ENDPOINT_BUDGET_MS ? [once.ms] : [];
  const started = performance.now();
  while (
    times.length < ITERATIONS &&
    (times.length < 3 || performance.now() - started < ENDPOINT_BUDGET_MS)
  ) {
    once = await measure(endpoint);
    times.push(once.ms);
  }
  times.sort((a, b) => a - b);
  slow.set(endpoint.name, { size: total, ms: times[0]! });
  const doubled = endpoint.doublePage && (await measure(endpoint, endpoint.doublePage));
  console.error(`  measured ${endpoint.name}: p95 ${percentile(times, 95).toFixed(0)} ms`);
  return {
    name: endpoint.name,
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    commands: sum(once.reads, 'commands'),
    returned: sum(once.reads, 'returned'),
    doubled: doubled ? sum(doubled.reads, 'returned') : undefined,
  };
}

/** The Markdown table, each p95 also against the two baselines (the first two rows). */
function printTable(rows: readonly Row[]): void {
  const [health, findById] = rows;
  console.log();
  console.log(
    '| endpoint | requests | p50 ms | p95 ms | p95 / health | p95 / findById | queries | documents returned | with the page doubled |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ` +
        `${(r.p95 / health!.p95).toFixed(1)}× | ${(r.p95 / findById!.p95).toFixed(1)}× | ` +
        `${r.commands} | ${r.returned} | ${r.doubled ?? '—'} |`,
    );
  }
}

async function main(): Promise<void> {
  for (const size of SIZES) await run(size);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
