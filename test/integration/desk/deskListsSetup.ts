import type { CommandStartedEvent, Document } from 'mongodb';
import mongoose from 'mongoose';
import { endOfVietnamDate, type IsoDate } from '../../../domain/calendar';
import type { Stage } from '../../../domain/process/stages';
import { connectDatabase, disconnectDatabase } from '../../../data/connection';
import { deskKey } from '../../../data/desk/deskKey';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack } from '../../harness/testStack';

export const system = { userId: 'system', name: 'Hệ thống', role: 'system' as const };
export const db = () => mongoose.connection.db!;
export const ids = (res: { body: { items: { nominationId: string }[] } }) =>
  res.body.items.map((r) => r.nominationId);

/** A nomination as recordTransition leaves it after one step, written past the workflows. */
export function stored(
  id: string,
  { unitId, stage, dueOn, stepOn, year = 2025 }: Seeded & { unitId: string; year?: number },
) {
  const at = new Date(endOfVietnamDate(stepOn) - 20 * 3600_000);
  const key = deskKey(id, stage, dueOn, at);
  return {
    _id: id,
    unitId,
    nominee: { kind: 'individual', name: `Nguyễn Văn ${id}` },
    awardCode: id.endsWith('1') || id.endsWith('3') ? 'BKBO' : 'LDTT',
    kind: 'merit',
    year,
    achievements: '…',
    stage,
    createdBy: system,
    ...(key && { holderRole: 'secretariat', deskKey: key }),
    ...(dueOn && { dueOn, dueAt: new Date(endOfVietnamDate(dueOn)) }),
    overdue: false,
    alerts: [],
    lastSeq: 1,
    history: [{ seq: 1, at, action: 'step', stage, actor: system }],
    createdAt: at,
    updatedAt: at,
  };
}
export interface Seeded {
  stage: Stage;
  dueOn?: IsoDate;
  stepOn: IsoDate;
}

/** The `find` commands sent to `nominations` while `run` ran, as the server received them. */
export async function findsDuring(run: () => Promise<unknown>): Promise<Document[]> {
  const client = mongoose.connection.getClient();
  const finds: Document[] = [];
  const seen = (event: CommandStartedEvent) => {
    if (event.commandName === 'find' && event.command.find === 'nominations') {
      finds.push(event.command);
    }
  };
  client.on('commandStarted', seen);
  try {
    await run();
  } finally {
    client.off('commandStarted', seen);
  }
  return finds;
}

/**
 * How the server runs a `find`: FerretDB's explain says whether the filter and the sort were
 * pushed down to SQLite, and SQLite's plan whether it searched an index or scanned the table.
 */
export async function planOf(find: Document) {
  // The plan is the same whatever the rows skipped.
  const { filter, sort, limit, projection } = find;
  const explained = await db().command({
    explain: { find: 'nominations', filter, sort, limit, projection },
  });
  const steps = (explained.queryPlanner?.Plan ?? []) as string[];
  return {
    filterPushdown: explained.filterPushdown,
    sortPushdown: explained.sortPushdown,
    scansTable: steps.some((step) => / detail=SCAN /.test(step)),
    searchesIndex: steps.some((step) => /USING INDEX/.test(step)),
  };
}

/** One file's stack, its reads countable, with the demo data and three signed-in users. */
export async function startDeskStack() {
  const stack = await startTestStack();
  // Reconnected with command monitoring, so reads can be counted (the worker shares it).
  await disconnectDatabase();
  await connectDatabase(`${stack.databaseUri}?monitorCommands=true`);
  await seedDemoData();
  const [officer, head, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  return { stack, officer, head, secretariat };
}
