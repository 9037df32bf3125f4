/**
 * The secretariat's desk at scale: 100,000 nominations (≈ 20% open), inserted in bulk, then
 * the p95 latency over real HTTP of the stalled list (plain, by unit, at risk), the unit list,
 * the pipeline and the statistics breakdown, against `/api/health` as the baseline in the same
 * run. Starts its own database server (scripts/servers); these read endpoints never call
 * Temporal, so the API gets a lazy Temporal connection that is never opened.
 *
 *   npx tsc -p . && node dist/bench/stalledList.js [nominations] [iterations]
 */
import '../config/lunarLibraryResolution';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { createApp } from '../api/app';
import {
  CIVIL_SERVICE_CALENDAR,
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
} from '../domain/calendar';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { NominationModel } from '../data/nomination/nominationModel';
import { UnitModel } from '../data/organisation/unitModel';
import type { Stage } from '../domain/process/stages';
import { DEMO_PASSWORD } from '../scripts/seed/demoData';
import { seedDemoData } from '../scripts/seed/seedDemoData';
import { startMongoServer } from '../scripts/servers/mongoServer';

const TOTAL = Number(process.argv[2] ?? 100_000);
const ITERATIONS = Number(process.argv[3] ?? 20);
const WARMUP = 1;
const BATCH = 5_000;
const OPEN: Stage[] = [
  'appraisal',
  'returned',
  'public_comment',
  'council_review',
  'awaiting_decision',
];
const CLOSED: Stage[] = ['approved', 'approved', 'approved', 'rejected', 'withdrawn'];
const AWARDS = ['LDTT', 'CSTDCS', 'BKBO', 'CSTDBO', 'TTLDXS', 'KNC'];
const system = { userId: 'system', name: 'Hệ thống', role: 'system' };

function nomination(i: number, units: string[], today: string) {
  const open = i % 5 === 0;
  const stage = open ? OPEN[i % OPEN.length]! : CLOSED[i % CLOSED.length]!;
  const entered = addWorkingDays(today as never, -(i % 23), CIVIL_SERVICE_CALENDAR);
  const due = addWorkingDays(entered, 10, CIVIL_SERVICE_CALENDAR);
  const at = (d: string) => new Date(endOfVietnamDate(d as never) - 20 * 3600_000);
  const year = 2021 + (i % 5);
  const history = [
    {
      seq: 1,
      at: at(addWorkingDays(entered, -12, CIVIL_SERVICE_CALENDAR)),
      action: 'submitted',
      stage: 'appraisal',
      actor: system,
    },
    {
      seq: 2,
      at: at(addWorkingDays(entered, -12, CIVIL_SERVICE_CALENDAR)),
      action: 'checks_eligible',
      stage: 'appraisal',
      actor: system,
    },
    {
      seq: 3,
      at: at(entered),
      action: 'step',
      stage: open ? stage : 'awaiting_decision',
      actor: system,
    },
    ...(open
      ? []
      : [
          {
            seq: 4,
            at: at(addWorkingDays(entered, 4 + (i % 7), CIVIL_SERVICE_CALENDAR)),
            action: 'closed',
            stage,
            actor: system,
          },
        ]),
  ];
  return {
    _id: `B${String(i).padStart(6, '0')}`,
    unitId: units[i % units.length],
    nominee: {
      kind: i % 9 === 0 ? 'collective' : 'individual',
      name: `Nguyễn Văn ${i}`,
      position: 'Chuyên viên',
    },
    awardCode: AWARDS[i % AWARDS.length],
    kind: 'merit',
    year,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    documents: [],
    submissions: [],
    dossierVersion: 1,
    stage,
    createdBy: system,
    receivedOn: vietnamDateOf(history[0]!.at.getTime()),
    holderRole: open ? 'secretariat' : undefined,
    ...(open && { dueOn: due, dueAt: new Date(endOfVietnamDate(due)) }),
    overdue: false,
    alerts: [],
    lastSeq: history.length,
    history,
    ...(stage === 'approved' && {
      decision: { number: `${i}/QĐ-BDTTG`, sequence: i, signedAt: history.at(-1)!.at },
    }),
    createdAt: history[0]!.at,
    updatedAt: history.at(-1)!.at,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-bench-desk-'));
  const server = await startMongoServer({ dataDir, database: 'tdkt_bench_desk' });
  const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  try {
    await connectDatabase(server.address);
    await seedDemoData();
    const extraUnits = Array.from({ length: 15 }, (_, i) => ({
      _id: `DV${String(i + 1).padStart(2, '0')}`,
      name: `Đơn vị ${i + 1}`,
      nameEn: `Unit ${i + 1}`,
      blocId: `KHOI-${(i % 3) + 1}`,
    }));
    await UnitModel.insertMany(extraUnits);
    const units = [...(await UnitModel.find({}, { _id: 1 }).lean()).map((u) => u._id)];
    await NominationModel.syncIndexes();
    const today = vietnamDateOf(Date.now());
    const seedStart = performance.now();
    for (let i = 0; i < TOTAL; i += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, TOTAL - i) }, (_, k) =>
        nomination(i + k, units, today),
      );
      await NominationModel.collection.insertMany(docs as never[], { ordered: false });
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const app = createApp({
      temporal,
      taskQueue: 'bench',
      sessionTtlHours: 1,
      log: pino({ level: 'silent' }),
    });
    const http = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'thuongtruc', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.arrayBuffer();
    };
    const open = await NominationModel.countDocuments({ stage: { $in: OPEN } });
    console.log(
      `${server.name}; ${TOTAL} nominations (${open} open) in ${seedSeconds.toFixed(1)} s by insertMany; ` +
        `${units.length} units; ${ITERATIONS} requests per endpoint after ${WARMUP} warm-up, sequential`,
    );
    const endpoints = [
      ['baseline: GET /api/health', '/api/health'],
      ['stalled list, page 1', '/api/desk/stalled'],
      ['stalled list, one unit', '/api/desk/stalled?unitId=VCSDT'],
      ['stalled list, at risk', '/api/desk/stalled?risk=at_risk'],
      ['unit list', '/api/desk/units'],
      ['pipeline', '/api/desk/pipeline'],
      ['statistics breakdown (year)', '/api/statistics/breakdown?year=2025'],
    ] as const;
    const rows: { endpoint: string; p50: number; p95: number; mean: number }[] = [];
    for (const [name, path] of endpoints) {
      for (let i = 0; i < WARMUP; i++) await get(path);
      const times: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const start = performance.now();
        await get(path);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      rows.push({
        endpoint: name,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        mean: times.reduce((s, t) => s + t, 0) / times.length,
      });
      console.error(`  measured ${name}: p95 ${percentile(times, 95).toFixed(0)} ms`);
    }
    const baseline = rows[0]!.p95;
    console.log('| endpoint | p50 ms | p95 ms | mean ms | p95 / baseline |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.endpoint} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.mean.toFixed(1)} | ${(r.p95 / baseline).toFixed(1)}× |`,
      );
    }
    await new Promise((resolve) => http.close(resolve));
  } finally {
    await disconnectDatabase();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
