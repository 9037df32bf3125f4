import { randomBytes } from 'node:crypto';
import { temporal } from '@temporalio/proto';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING } from '../../../config/payloadCodec';
import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { submitToAppraisal } from '../../harness/submitToAppraisal';

const NAME = 'Hoàng Thị Mỷ Xuyến';
let stack: TestStack;

beforeAll(async () => {
  const codec = new AesGcmPayloadCodec([{ id: 'test-1', key: new Uint8Array(randomBytes(32)) }]);
  stack = await startTestStack({ payloadCodecs: [codec] });
  await seedDemoData(DEMO_USERS);
});
afterAll(async () => {
  await stack?.stop();
});

/** Issue 18, item 10: with a key set, Temporal stores a nomination's history sealed. */
test('a nomination submitted through the API: its raw history names nobody, the API still reads it', async () => {
  const [officer, head, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  const [id] = await submitToAppraisal(officer, head, [NAME]);
  // A workflow update through the API: its arguments and answer cross the codec both ways.
  const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
    outcome: 'accept',
  });
  expect(accepted.status).toBe(200);

  // As the Temporal server holds it (and its web UI or `temporal workflow show` would show it).
  const raw = await stack.client.workflowService.getWorkflowExecutionHistory({
    namespace: 'default',
    execution: { workflowId: `nomination-${id}` },
  });
  const events = raw.history?.events ?? [];
  const bytes = Buffer.from(
    temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse.encode(raw).finish(),
  );
  expect(bytes.includes(Buffer.from(NAME))).toBe(false);
  expect(bytes.includes(Buffer.from(id))).toBe(true); // the workflow ID, not a payload
  const started = events[0].workflowExecutionStartedEventAttributes;
  const payloads = [
    ...(started?.input?.payloads ?? []),
    ...events.flatMap((e) => e.activityTaskCompletedEventAttributes?.result?.payloads ?? []),
    ...events.flatMap(
      (e) =>
        e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads ??
        [],
    ),
  ];
  expect(payloads.length).toBeGreaterThan(1);
  for (const payload of payloads) {
    expect(new TextDecoder().decode(payload.metadata!.encoding!)).toBe(ENCRYPTED_ENCODING);
  }

  // The API's client decodes with the same codec: the workflow answers a query, the timeline reads.
  const shown = await officer.get(`/api/nominations/${id}`);
  expect(shown.status).toBe(200);
  expect(shown.body.nominee.name).toBe(NAME);
  expect(shown.body.history.map((h: { action: string }) => h.action)).toContain(
    'appraisal_accepted',
  );
  const handle = stack.client.workflow.getHandle(`nomination-${id}`);
  expect(JSON.stringify(await handle.fetchHistory())).not.toContain(NAME);
  const described = await handle.describe();
  expect(described.status.name).toBe('RUNNING');
});
