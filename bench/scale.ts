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
import { type IsoDate, vietnamDateOf } from '../domain/calendar';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { countReads, type CollectionReads } from '../data/readCounter';
import { DEMO_PASSWORD } from '../scripts/seed/demoData';
import { seedDemoData } from '../scripts/seed/seedDemoData';
import { startMongoServer } from '../scripts/servers/mongoServer';
import { fillUnits, seedNominations, YEARS } from './scale/seedNominations';
import { percentile } from './support/percentile';

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
    const { open, late } = await seedNominations(total, units, today);
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
