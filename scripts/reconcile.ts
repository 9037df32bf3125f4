import '../config/lunarLibraryResolution';
import { Client, Connection } from '@temporalio/client';
import { loadEnvironment } from '../config/env';
import { payloadCodecsFor } from '../config/payloadCodec';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { reconcileNominations, reconcileStatistics } from './reconcile/reconcileNominations';

/**
 * `npm run reconcile`: reports every nomination whose read model disagrees with its
 * workflow, or whose place on the desk disagrees with its read model, and any drift of the
 * statistics summaries from the nominations; `npm run reconcile -- --repair` rewrites the
 * statistics from the records. Exit code 0 when everything agrees, 1 otherwise.
 */
async function main(): Promise<void> {
  const env = loadEnvironment();
  await connectDatabase(env.MONGODB_URI);
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  const client = new Client({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    dataConverter: { payloadCodecs: payloadCodecsFor(env) },
  });
  const report = await reconcileNominations(client);
  await connection.close();
  const statistics = await reconcileStatistics(process.argv.includes('--repair'));
  await disconnectDatabase();
  console.log(`Đã đối chiếu ${report.checked} hồ sơ / checked ${report.checked} nominations`);
  for (const d of report.drift) {
    console.log(
      `${d.nominationId}\t${d.kind}\tread model: ${d.readModel.stage}#${d.readModel.lastSeq}` +
        (d.workflow ? `\tworkflow: ${d.workflow.stage}#${d.workflow.seq}` : '') +
        (d.kind === 'desk_key_differs'
          ? `\tdesk: ${d.readModel.deskKey ?? '-'} ≠ ${d.expectedDeskKey ?? '-'}`
          : ''),
    );
  }
  console.log(
    report.drift.length === 0
      ? 'Không có sai lệch / no drift'
      : `${report.drift.length} sai lệch / drifted`,
  );
  for (const line of statistics.lines) console.log(line);
  process.exit(report.drift.length === 0 && statistics.agrees ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
