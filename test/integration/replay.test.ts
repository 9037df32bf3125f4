import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { AesGcmPayloadCodec } from '../../config/payloadCodec';
import { workflowSpanSink } from '../../worker/createWorker';

const HISTORIES = join(__dirname, '..', 'fixtures', 'histories');

/**
 * Every stored history must replay on today's workflow code: a change that would break
 * running nominations fails here (guard it with `patched`). Histories are captured with
 * TDKT_CAPTURE_HISTORIES=1 (see README).
 */
describe('replay of stored workflow histories', () => {
  // A replay worker per history: its lifecycle chatter would bury the test output.
  if (!Runtime._instance) Runtime.install({ logger: new DefaultLogger('WARN') });

  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));
  // The production data converter: histories recorded in clear (these) pass through its codec.
  const payloadCodecs = [new AesGcmPayloadCodec([{ id: 'replay', key: new Uint8Array(32) }])];

  test('there are stored histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s replays without nondeterminism', async (file) => {
    const history = JSON.parse(readFileSync(join(HISTORIES, file), 'utf8'));
    await Worker.runReplayHistory(
      {
        workflowBundle: { codePath: process.env.TDKT_WORKFLOW_BUNDLE! },
        dataConverter: { payloadCodecs },
        // The bundle's tracing interceptors replay too; their sink as a worker without tracing has it.
        sinks: workflowSpanSink(undefined),
      },
      history,
      file.replace(/\.json$/, ''),
    );
  });
});
