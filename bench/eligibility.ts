/**
 * How long "is this person eligible for award X in year Y, and why" takes from stored history:
 * load (two queries) + the pure rules, for a person with 20 years of history, against the
 * embedded FerretDB (or MongoDB) this script starts itself. The baseline, measured in the same
 * run, is a bare `findById` round trip of the same person document.
 *
 *   npx tsc -p . && node dist/bench/eligibility.js [iterations] [otherPeople]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkEligibility } from '../domain/eligibility/checkEligibility';
import { selectRuleSet } from '../domain/ruleSets/selectRuleSet';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { AwardRecordModel } from '../data/history/awardRecordModel';
import { PersonModel } from '../data/history/personModel';
import { loadNomineeHistory } from '../data/history/loadHistory';
import { mapKey, yearKey } from '../data/history/recordKeys';
import { startMongoServer } from '../scripts/servers/mongoServer';
import { percentile } from './support/percentile';

const ITERATIONS = Number(process.argv[2] ?? 300);
const OTHER_PEOPLE = Number(process.argv[3] ?? 0);
const WARMUP = 30;
const FIRST_YEAR = 2006;
const LAST_YEAR = 2025;
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

function personDocument(id: string, unitId: string) {
  const evaluations = Object.fromEntries(
    years.map((y) => [
      yearKey(y),
      { year: y, grade: y % 3 === 1 ? 'good' : 'excellent', score: y % 3 === 1 ? 85 : 93 },
    ]),
  );
  const initiatives = Object.fromEntries(
    years
      .filter((y) => y % 2 === 0)
      .map((y) => [
        mapKey(`SK-${y}`),
        {
          id: `SK-${y}`,
          kind: 'initiative',
          title: `Sáng kiến năm ${y}`,
          year: y,
          scope: y % 6 === 0 ? 'ministry' : 'grassroots',
          usedFor: y < 2024 ? [{ award: 'CSTDCS', year: y, path: 'excellent_initiative' }] : [],
        },
      ]),
  );
  const absences = Object.fromEntries(
    years
      .slice(0, 10)
      .map((y) => [
        mapKey('sick', `${y}-03-02`),
        { kind: 'sick', from: `${y}-03-02`, to: `${y}-03-06`, workingDays: 5 },
      ]),
  );
  return {
    _id: id,
    fullName: 'Nguyễn Thị Thu Hương',
    birthDate: '1980-04-15',
    gender: 'female' as const,
    ethnicityCode: '06',
    unitId,
    position: 'Chuyên viên chính',
    recruitmentDate: '2005-09-01',
    units: {
      [mapKey('2005-09-01', 'VP')]: { unitId: 'VP', from: '2005-09-01', to: '2012-12-31' },
      [mapKey('2013-01-01', 'VKHTC')]: { unitId: 'VKHTC', from: '2013-01-01', to: '2018-06-30' },
      [mapKey('2018-07-01', unitId)]: { unitId, from: '2018-07-01', to: null },
    },
    employment: {
      [mapKey('2005-09-01')]: { from: '2005-09-01', to: '2007-08-31', contractType: 'Hợp đồng' },
      [mapKey('2007-09-01')]: { from: '2007-09-01', to: null, contractType: 'Công chức' },
    },
    evaluations,
    initiatives,
    discipline: {
      [mapKey('2011-05-10', 'reprimand')]: {
        level: 'reprimand',
        decidedOn: '2011-05-10',
        effectiveTo: '2012-05-09',
      },
    },
    holds: {
      [mapKey('inspection', '2016-02-01')]: {
        kind: 'inspection',
        from: '2016-02-01',
        to: '2016-04-30',
      },
    },
    absences,
    achievements: {},
  };
}

function awardDocuments(id: string) {
  const awards = [];
  for (const y of years) {
    awards.push({ code: 'LDTT', year: y, issuerLevel: 'unit' });
    if (y % 3 !== 0 && y !== 2011)
      awards.push({ code: 'CSTDCS', year: y, issuerLevel: 'ministry' });
  }
  awards.push({ code: 'BKBO', year: 2015, issuerLevel: 'ministry' });
  awards.push({ code: 'BKBO', year: 2021, issuerLevel: 'ministry' });
  awards.push({ code: 'CSTDBO', year: 2020, issuerLevel: 'ministry' });
  return awards.map((a) => ({
    _id: `import:individual:${id}:${a.code}:${a.year}:merit`,
    subject: 'individual',
    subjectId: id,
    basis: 'merit',
    source: 'import',
    decisionNumber: `${a.year % 97}/QĐ-UBDT`,
    decisionDate: `${a.year + 1}-01-15`,
    ...a,
  }));
}

async function measure(name: string, run: () => Promise<unknown> | unknown) {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
  const server = await startMongoServer({ dataDir, database: 'tdkt_bench' });
  try {
    await connectDatabase(server.address);
    const target = 'CB-BENCH';
    // Other people with the same shape, so the collections are not trivially small.
    const others = Array.from(
      { length: OTHER_PEOPLE },
      (_, i) => `CB-${String(i).padStart(5, '0')}`,
    );
    for (let i = 0; i < others.length; i += 100) {
      const batch = others.slice(i, i + 100);
      await PersonModel.insertMany(
        batch.map((id) => personDocument(id, 'TTTT')),
        { lean: true },
      );
      const records = batch.flatMap(awardDocuments);
      await AwardRecordModel.insertMany(records, { lean: true });
    }
    await PersonModel.create(personDocument(target, 'VCSDT'));
    await AwardRecordModel.insertMany(awardDocuments(target));

    const history = (await loadNomineeHistory(target))!;
    const ruleSet = selectRuleSet('2025-12-20');
    const check = () => checkEligibility(history, 'CSTDCS', 2025, ruleSet, { asOf: '2025-12-20' });
    console.log(
      `${server.name}; person with ${years.length} years: ${history.evaluations.length} evaluations, ` +
        `${history.awards.length} awards, ${history.initiatives.length} initiatives, ` +
        `${history.absences.length} absences; ${OTHER_PEOPLE} other people ` +
        `(${await AwardRecordModel.estimatedDocumentCount()} award records in all); ` +
        `${ITERATIONS} iterations after ${WARMUP} warm-up; verdict ${check().verdict}`,
    );

    const results = [
      await measure('baseline: findById (1 round trip)', () => PersonModel.findById(target).lean()),
      await measure('awards by indexed filter (1 query)', () =>
        AwardRecordModel.find({ subject: 'individual', subjectId: target }).lean(),
      ),
      await measure('loadNomineeHistory (2 queries + zod)', () => loadNomineeHistory(target)),
      await measure('checkEligibility only (pure)', check),
      await measure('load + check CSTDCS 2025', async () =>
        checkEligibility((await loadNomineeHistory(target))!, 'CSTDCS', 2025, ruleSet, {
          asOf: '2025-12-20',
        }),
      ),
    ];
    const base = results[0]!.p50;
    const rows = results.map((r) => [
      r.name,
      r.p50.toFixed(2),
      r.p95.toFixed(2),
      r.mean.toFixed(2),
      `${(r.p50 / base).toFixed(2)}×`,
    ]);
    const header = ['operation', 'p50 ms', 'p95 ms', 'mean ms', 'p50 vs baseline'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    console.log(line(header));
    console.log(
      `|${widths.map((w, i) => (i === 0 ? '-' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`,
    );
    for (const row of rows) console.log(line(row));
    const target20 = results[4]!.p95;
    console.log(
      target20 < 20
        ? `load + check p95 ${target20.toFixed(2)} ms: under the 20 ms target.`
        : `load + check p95 ${target20.toFixed(2)} ms: OVER the 20 ms target.`,
    );
  } finally {
    await disconnectDatabase();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
