import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, Runtime, Worker, type ReplayWorkerOptions } from '@temporalio/worker';
import { AesGcmPayloadCodec } from '../../config/payloadCodec';
import type { WorkflowBundleKind } from '../../worker/workflowBundler';

const HISTORIES = join(__dirname, '..', 'fixtures', 'histories');

/** A stored history's event, as far as a patch marker goes. */
interface StoredEvent {
  markerRecordedEventAttributes?: { details?: Record<string, { payloads?: { data?: string }[] }> };
}

/**
 * Every stored history must replay on today's workflow code: a change that would break
 * running nominations fails here (guard it with `patched`). Histories are captured with
 * TDKT_CAPTURE_HISTORIES=1 (see README). Each replays on both of the worker's bundles, traced
 * and untraced (worker/workflowBundler.ts): a worker's tracing may be switched either way while
 * nominations run, and the stored histories were recorded some with the tracing interceptors
 * and some before them.
 */
describe('replay of stored workflow histories', () => {
  // A replay worker per history: its lifecycle chatter would bury the test output.
  if (!Runtime._instance) Runtime.install({ logger: new DefaultLogger('WARN') });

  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));
  const read = (file: string) => readFileSync(join(HISTORIES, file), 'utf8');
  // Recorded with the tracing interceptors: its scheduled activities carry a trace context.
  const recordedTraced = (file: string) => read(file).includes('_tracer-data');
  // Begun on a worker without tracing (worker/workflowTracing/): the run's patch marker.
  const untracedRun = (file: string) =>
    (JSON.parse(read(file)) as { events: StoredEvent[] }).events.some((event) => {
      const patch = event.markerRecordedEventAttributes?.details?.['patch-data']?.payloads?.[0];
      return Buffer.from(patch?.data ?? '', 'base64')
        .toString()
        .includes('"untraced-run"');
    });
  // The production data converter: histories recorded in clear (these) pass through its codec.
  const payloadCodecs = [new AesGcmPayloadCodec([{ id: 'replay', key: new Uint8Array(32) }])];
  const bundles = {} as Record<WorkflowBundleKind, ReplayWorkerOptions['workflowBundle']>;

  beforeAll(() => {
    // Both as the build makes them (test/harness/globalSetup.ts).
    bundles.traced = { codePath: process.env.TDKT_WORKFLOW_BUNDLE_TRACED! };
    bundles.untraced = { codePath: process.env.TDKT_WORKFLOW_BUNDLE! };
  });

  test('there are stored histories recorded with the tracing interceptors, before them, and without', () => {
    expect(files.filter(recordedTraced).length).toBeGreaterThan(0);
    expect(files.filter((f) => !recordedTraced(f) && !untracedRun(f)).length).toBeGreaterThan(0);
    expect(files.filter(untracedRun).length).toBeGreaterThan(0);
  });

  const kinds: WorkflowBundleKind[] = ['traced', 'untraced'];
  test.each(files.flatMap((file) => kinds.map((kind) => [file, kind] as const)))(
    '%s replays without nondeterminism on the %s bundle',
    async (file, kind) => {
      const history = JSON.parse(read(file));
      // Called on replay too, to see which bundle makes workflow spans: the untraced one must not.
      const spans: unknown[] = [];
      await Worker.runReplayHistory(
        {
          workflowBundle: bundles[kind],
          dataConverter: { payloadCodecs },
          sinks: {
            exporter: {
              export: {
                fn: (_, made: unknown[]) => {
                  spans.push(...made);
                },
                callDuringReplay: true,
              },
            },
          },
        },
        history,
        file.replace(/\.json$/, ''),
      );
      // A run begun without tracing replays without the interceptors on either bundle.
      if (kind === 'traced' && !untracedRun(file)) expect(spans.length).toBeGreaterThan(0);
      else expect(spans).toEqual([]);
    },
  );
});
