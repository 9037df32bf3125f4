import { AuditEntryModel } from '../data/audit/auditEntryModel';
import { auditSettings } from './auditSettings';
import { CHAIN_BREAK_TEXT, ChainVerifier, type ChainReport, type ChainedDocument } from './chain';
import { readCheckpoints } from './checkpoint';

export interface AuditVerification extends ChainReport {
  /** Why the chain is broken, Vietnamese first (absent when it is intact). */
  explanation?: { vi: string; en: string };
  /** Lines of the checkpoint file that are not signed checkpoints: forged or damaged. */
  invalidCheckpointLines?: number[];
}

/**
 * Reads the whole log in sequence order, one batch at a time, and checks every link with
 * the keys of `AUDIT_HMAC_KEYS`, and every checkpoint published in `AUDIT_CHECKPOINT_FILE`
 * (when set): a rewritten entry or a deleted tail up to the last checkpoint is caught.
 * Entries appended after the last checkpoint are proven only by their links.
 */
export async function verifyAuditLog(): Promise<AuditVerification> {
  const settings = auditSettings();
  const keys = settings.AUDIT_HMAC_KEYS.byId;
  const published =
    settings.AUDIT_CHECKPOINT_FILE === ''
      ? undefined
      : await readCheckpoints(settings.AUDIT_CHECKPOINT_FILE, keys);
  const verifier = new ChainVerifier(keys, published?.heads);
  const cursor = AuditEntryModel.collection
    .find<ChainedDocument>({}, { sort: { _id: 1 } })
    .batchSize(1000);
  try {
    for await (const entry of cursor) if (!verifier.push(entry)) break;
  } finally {
    await cursor.close();
  }
  const report: AuditVerification = verifier.report();
  if (report.reason) report.explanation = CHAIN_BREAK_TEXT[report.reason];
  if (published && published.invalidLines.length > 0) {
    return { ...report, ok: false, invalidCheckpointLines: published.invalidLines };
  }
  return report;
}
