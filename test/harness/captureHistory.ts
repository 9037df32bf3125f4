import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/**
 * With TDKT_CAPTURE_HISTORIES=1, stores the workflow's history under
 * test/fixtures/histories/<name>.json for the replay test: run it when a path is new,
 * never to paper over a replay failure (that needs `patched`).
 */
export async function captureHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (!process.env.TDKT_CAPTURE_HISTORIES) return;
  const file = join(__dirname, '..', 'fixtures', 'histories', `${name}.json`);
  writeFileSync(file, historyToJSON(await handle.fetchHistory()));
}
