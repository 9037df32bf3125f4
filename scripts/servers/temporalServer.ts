import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { NOMINATION_SEARCH_ATTRIBUTES } from '../../workflows/nomination/searchAttributes';
import {
  retryStartUp,
  startChild,
  stopChild,
  waitUntilReady,
  type RunningServer,
} from './childProcess';
import { freePort } from './freePort';
import { provisionedBinary } from './provisionedBinary';

interface TemporalServerOptions {
  /** Folder for the SQLite file and the log. */
  dataDir: string;
  port?: number;
  /** Web UI port; `undefined` runs headless. */
  uiPort?: number;
  namespace: string;
  /** Server settings (`--dynamic-config-value key=value`), e.g. a lower history limit. */
  dynamicConfig?: Record<string, number | string | boolean>;
}

function dynamicConfigFlags(options: TemporalServerOptions): string[] {
  return Object.entries(options.dynamicConfig ?? {}).flatMap(([key, value]) => [
    '--dynamic-config-value',
    `${key}=${JSON.stringify(value)}`,
  ]);
}

interface RunningTemporal extends RunningServer {
  uiUrl?: string;
}

/** The `--search-attribute` value the dev server expects for each key's type. */
const DEV_SERVER_TYPE: Record<string, string> = {
  KEYWORD: 'Keyword',
  INT: 'Int',
  DATETIME: 'Datetime',
  TEXT: 'Text',
  BOOL: 'Bool',
  DOUBLE: 'Double',
  KEYWORD_LIST: 'KeywordList',
};

function searchAttributeFlags(): string[] {
  return NOMINATION_SEARCH_ATTRIBUTES.flatMap((key) => [
    '--search-attribute',
    `${key.name}=${DEV_SERVER_TYPE[key.type]}`,
  ]);
}

/**
 * Starts `temporal server start-dev` with a persistent SQLite file, the search
 * attributes registered and (optionally) the web UI; resolves once the namespace answers.
 */
export function startTemporalServer(options: TemporalServerOptions): Promise<RunningTemporal> {
  return retryStartUp(() => startTemporalOnce(options));
}

async function startTemporalOnce(options: TemporalServerOptions): Promise<RunningTemporal> {
  const port = options.port ?? (await freePort());
  const address = `127.0.0.1:${port}`;
  const binary = await provisionedBinary('temporal');
  if (!binary) return startDownloadedTemporal(options, port);

  const logFile = join(options.dataDir, 'temporal.log');
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--http-port',
    String(await freePort()),
    '--metrics-port',
    String(await freePort()),
    '--db-filename',
    join(options.dataDir, 'temporal.sqlite'),
    '--namespace',
    options.namespace,
    '--sqlite-pragma',
    'journal_mode=WAL',
    '--sqlite-pragma',
    'synchronous=NORMAL',
    '--log-level',
    'warn',
    ...searchAttributeFlags(),
    ...dynamicConfigFlags(options),
    ...(options.uiPort === undefined ? ['--headless'] : ['--ui-port', String(options.uiPort)]),
  ];
  const child = startChild('temporal', binary, args, logFile);
  await waitUntilReady(
    'Temporal dev server',
    child,
    () => describeNamespace(address, options.namespace),
    120000,
    logFile,
  );
  return {
    name: 'temporal',
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

async function describeNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } finally {
    await connection.close();
  }
}

/** Without Go: the SDK's cached official download of the same CLI. */
async function startDownloadedTemporal(
  options: TemporalServerOptions,
  port: number,
): Promise<RunningTemporal> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: '127.0.0.1',
      port,
      dbFilename: join(options.dataDir, 'temporal.sqlite'),
      namespace: options.namespace,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      searchAttributes: NOMINATION_SEARCH_ATTRIBUTES.map((key) => key),
      extraArgs: dynamicConfigFlags(options),
    },
  });
  return {
    name: 'temporal',
    address: `127.0.0.1:${port}`,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    stop: () => env.teardown(),
  };
}
