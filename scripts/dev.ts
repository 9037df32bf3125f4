import '../config/lunarLibraryResolution';
import { spawn, type ChildProcess } from 'node:child_process';
import pretty from 'pino-pretty';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import type { RunningServer } from './servers/childProcess';
import { stopChild } from './servers/childProcess';
import { startMongoServer } from './servers/mongoServer';
import { repoRoot } from '../config/repoRoot';
import { startTemporalServer } from './servers/temporalServer';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demoData';
import { seedDemoData } from './seed/seedDemoData';

/**
 * `npm start`: the whole system on one machine. Embedded Temporal dev server and
 * FerretDB (unless TEMPORAL_ADDRESS / MONGODB_URI point elsewhere), data kept under
 * .data/ across restarts, demo data seeded, then the worker and the API as separate
 * processes, restarted if they crash. Ctrl-C stops everything in order.
 */
const root = repoRoot();
const dataDir = process.env.TDKT_DATA_DIR ?? join(root, '.data');
const ports = {
  temporal: Number(process.env.TDKT_TEMPORAL_PORT ?? 7233),
  temporalUi: Number(process.env.TDKT_TEMPORAL_UI_PORT ?? 8233),
  mongo: Number(process.env.TDKT_MONGO_PORT ?? 27017),
  api: Number(process.env.API_PORT ?? 3000),
};

const servers: RunningServer[] = [];
const children = new Map<string, ChildProcess>();
let stopping = false;

function say(message: string): void {
  console.log(`[tdkt] ${message}`);
}

/**
 * Runs `node dist/<script>` with `env`, its JSON log lines made readable (pino-pretty, one
 * line each: time, level in colour, process name, message, fields); restarts it if it dies.
 */
function supervise(name: string, script: string, env: NodeJS.ProcessEnv, restarts = 0): void {
  const child = spawn(process.execPath, [join(root, 'dist', script)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const output of [child.stdout, child.stderr]) {
    output.pipe(
      pretty({ translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true }),
    );
  }
  children.set(name, child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const delay = Math.min(30000, 1000 * 2 ** restarts);
    say(`${name} exited (${signal ?? code}); restarting in ${delay / 1000} s`);
    setTimeout(() => supervise(name, script, env, restarts + 1), delay);
  });
}

async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all([...children.values()].map((child) => stopChild(child)));
  for (const server of servers.reverse()) await server.stop();
  say('stopped; data kept in ' + dataDir);
  process.exit(0);
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUi: string | undefined;
  if (!temporalAddress) {
    say(`starting Temporal dev server on 127.0.0.1:${ports.temporal}`);
    const temporal = await startTemporalServer({
      dataDir,
      port: ports.temporal,
      uiPort: ports.temporalUi,
      namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    });
    servers.push(temporal);
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
  }

  let mongoUri = process.env.MONGODB_URI;
  if (!mongoUri) {
    say(`starting FerretDB on 127.0.0.1:${ports.mongo}`);
    const mongo = await startMongoServer({ dataDir, port: ports.mongo, database: 'tdkt' });
    servers.push(mongo);
    mongoUri = mongo.address;
  }

  await connectDatabase(mongoUri);
  await seedDemoData();
  await disconnectDatabase();

  const env = {
    ...process.env,
    TEMPORAL_ADDRESS: temporalAddress,
    MONGODB_URI: mongoUri,
    API_PORT: String(ports.api),
  };
  supervise('worker', 'worker/main.js', env);
  supervise('api', 'api/main.js', env);

  say('');
  say(`API and web:        http://127.0.0.1:${ports.api}`);
  if (temporalUi) say(`Temporal web UI:    ${temporalUi}`);
  say(`Temporal frontend:  ${temporalAddress}`);
  say(`Database:           ${mongoUri}`);
  say(`Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS)
    say(`  ${user._id.padEnd(16)} ${user.role.padEnd(15)} ${user.name}`);
  say('Ctrl-C stops everything; data stays in ' + dataDir);
}

main().catch(async (error) => {
  console.error(`[tdkt] start-up failed: ${error instanceof Error ? error.message : error}`);
  await stopAll();
  process.exit(1);
});
