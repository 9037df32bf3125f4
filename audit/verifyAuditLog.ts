import { AuditEntryModel } from '../data/audit/auditEntryModel';
import { CHAIN_BREAK_TEXT, ChainVerifier, type ChainReport, type ChainedDocument } from './chain';

export interface AuditVerification extends ChainReport {
  /** Why the chain is broken, Vietnamese first (absent when it is intact). */
  explanation?: { vi: string; en: string };
}

/**
 * Reads the whole log in sequence order, one batch at a time, and checks every link.
 * Deleting the newest entries cannot be seen from the chain alone: compare `lastSeq`
 * and `lastHash` with a value noted earlier (an inspection record, say).
 */
export async function verifyAuditLog(): Promise<AuditVerification> {
  const verifier = new ChainVerifier();
  const cursor = AuditEntryModel.collection
    .find<ChainedDocument>({}, { sort: { _id: 1 } })
    .batchSize(1000);
  try {
    for await (const entry of cursor) if (!verifier.push(entry)) break;
  } finally {
    await cursor.close();
  }
  const report = verifier.report();
  return report.reason ? { ...report, explanation: CHAIN_BREAK_TEXT[report.reason] } : report;
}
