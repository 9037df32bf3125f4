import '../config/lunarLibraryResolution';
import { Client, Connection } from '@temporalio/client';
import { loadEnvironment } from '../config/env';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { reconcileNominations } from './reconcile/reconcileNominations';
import { checkProjections, repairProjections } from './reconcile/reconcileProjections';

/**
 * `npm run reconcile`: reports every nomination whose read model disagrees with its
 * workflow, and every drift of the desk's and unit rosters' projections from the read
 * model; `npm run reconcile -- --repair-projections` also repairs the projections.
 * Exit code 0 when everything agrees (or the projections were repaired), 1 otherwise.
 */
async function main(): Promise<void> {
  const env = loadEnvironment();
  await connectDatabase(env.MONGODB_URI);
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
  const report = await reconcileNominations(client);
  await connection.close();
  const projections = await checkProjections();
  const repair = process.argv.includes('--repair-projections');
  if (repair) await repairProjections(projections);
  await disconnectDatabase();
  console.log(`Đã đối chiếu ${report.checked} hồ sơ / checked ${report.checked} nominations`);
  for (const d of report.drift) {
    console.log(
      `${d.nominationId}\t${d.kind}\tread model: ${d.readModel.stage}#${d.readModel.lastSeq}` +
        (d.workflow ? `\tworkflow: ${d.workflow.stage}#${d.workflow.seq}` : ''),
    );
  }
  console.log(
    report.drift.length === 0
      ? 'Không có sai lệch / no drift'
      : `${report.drift.length} sai lệch / drifted`,
  );
  for (const d of projections.drift) console.log(`${d.nominationId}\t${d.projection}\t${d.kind}`);
  for (const d of projections.directories) {
    console.log(`${d.directory}/${d.bucket}\t${d.projection}\tdirectory counts`);
  }
  const projectionDrift = projections.drift.length + projections.directories.length;
  console.log(
    projectionDrift === 0
      ? 'Bảng theo dõi khớp với dữ liệu hồ sơ / projections agree'
      : `${projectionDrift} sai lệch bảng theo dõi / projection drifts` +
          (repair ? ' — đã sửa / repaired' : ' (--repair-projections để sửa / to repair)'),
  );
  process.exit(report.drift.length === 0 && (projectionDrift === 0 || repair) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
