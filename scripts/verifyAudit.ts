import { connectDatabase, disconnectDatabase } from '../data/connection';
import { verifyAuditLog, type AuditVerification } from '../audit/verifyAuditLog';

/** `npm start`'s database when `MONGODB_URI` is not set. */
const DEFAULT_URI = 'mongodb://127.0.0.1:27017/tdkt';

/** The report as the command prints it; one line per fact, Vietnamese first. */
function describeVerification(report: AuditVerification): string[] {
  const lines = [`Đã kiểm tra ${report.entries} bản ghi / checked ${report.entries} entries`];
  if (report.keyedFrom !== undefined) {
    lines.push(
      `Liên kết có khoá (HMAC) từ bản ghi số ${report.keyedFrom} / keyed links from seq ${report.keyedFrom}`,
    );
  }
  lines.push(
    report.checkpointSeq === undefined
      ? 'Không có điểm kiểm tra đã công bố / no published checkpoint (AUDIT_CHECKPOINT_FILE)'
      : `Điểm kiểm tra cuối cùng / last published checkpoint: seq ${report.checkpointSeq}`,
  );
  if (report.invalidCheckpointLines) {
    lines.push(
      `ĐIỂM KIỂM TRA KHÔNG HỢP LỆ (giả mạo hoặc hỏng) ở dòng ${report.invalidCheckpointLines.join(', ')} / ` +
        `INVALID CHECKPOINT LINES (forged or damaged): ${report.invalidCheckpointLines.join(', ')}`,
    );
  }
  if (!report.reason) {
    lines.push(
      `Chuỗi nhật ký toàn vẹn / the chain is intact: last seq ${report.lastSeq}, hash ${report.lastHash}`,
    );
  } else {
    lines.push(
      `CHUỖI NHẬT KÝ BỊ PHÁ VỠ tại bản ghi số ${report.firstBrokenSeq} / ` +
        `CHAIN BROKEN at seq ${report.firstBrokenSeq} (${report.reason})`,
      `${report.explanation?.vi} / ${report.explanation?.en}`,
      `Bản ghi toàn vẹn cuối cùng / last intact entry: ${report.lastSeq}`,
    );
  }
  return lines;
}

/**
 * `npm run audit:verify`: checks every link of the audit log's hash chain. Exit code 0
 * when intact, 1 when broken (naming the first broken entry), 2 when it cannot run.
 */
async function verifyAuditCommand(uri: string): Promise<number> {
  await connectDatabase(uri);
  try {
    const report = await verifyAuditLog();
    for (const line of describeVerification(report)) console.log(line);
    return report.ok ? 0 : 1;
  } finally {
    await disconnectDatabase();
  }
}

if (require.main === module) {
  verifyAuditCommand(process.env.MONGODB_URI || DEFAULT_URI).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
