import { csvText } from '../data/csvFile';
import { VIETNAM_UTC_OFFSET_MINUTES } from '../domain/calendar';
import { ROLE_LABELS, type ActorRole } from '../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../domain/process/stages';
import type { AuditEntryDocument } from './auditEntry';

/** One line of a nomination's history in the read model (the fields the export uses). */
export interface HistoryLine {
  seq: number;
  at: Date;
  action: string;
  stage: string;
  actor: { userId: string; name: string; role: string; unitId?: string | null };
  reason?: string | null;
  reasons?: { message?: { vi?: string | null } | null }[] | null;
  detail?: { vi?: string | null } | null;
}

/** A line of the exported timeline: a step of the process, or an audited action. */
interface TimelineRow {
  at: string;
  /** The same instant in Vietnam time (UTC+7), `YYYY-MM-DD HH:mm:ss`. */
  atVietnam: string;
  source: 'timeline' | 'audit';
  /** The step's sequence number in the nomination's timeline. */
  seq?: number;
  /** The entry's sequence number in the audit log (proof it is in the chain). */
  auditSeq?: number;
  action: string;
  stage?: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  actorUnit?: string;
  ip?: string;
  why?: string;
  detail?: string;
  status?: number;
}

const VIETNAM_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

export function vietnamTime(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

const roleLabel = (role: string) => ROLE_LABELS[role as ActorRole]?.vi ?? role;
const stageLabel = (stage: string | undefined) =>
  stage ? (STAGE_LABELS[stage as Stage]?.vi ?? stage) : undefined;

/**
 * The dossier's complete timeline: the read model's history and the audit log's entries
 * for the nomination, merged in time order. A workflow step appears once, as its
 * timeline line carrying the audit sequence number that attests it.
 */
export function mergeTimeline(history: HistoryLine[], audit: AuditEntryDocument[]): TimelineRow[] {
  const attested = new Map<number, number>();
  const rows: TimelineRow[] = [];
  const historySeqs = new Set(history.map((h) => h.seq));
  for (const entry of audit) {
    const step = /^transition:[^:]+:(\d+)$/.exec(entry.key);
    if (step && historySeqs.has(Number(step[1]))) {
      attested.set(Number(step[1]), entry._id);
      continue;
    }
    const after = (entry.after ?? {}) as { stage?: string; seq?: number };
    rows.push({
      at: entry.at.toISOString(),
      atVietnam: vietnamTime(entry.at),
      source: 'audit',
      seq: step ? Number(step[1]) : undefined,
      auditSeq: entry._id,
      action: entry.action,
      stage: stageLabel(after.stage),
      actorId: entry.actor.userId,
      actorName: entry.actor.name ?? '',
      actorRole: roleLabel(entry.actor.role),
      actorUnit: entry.actor.unitId,
      ip: entry.ip,
      why: entry.why,
      detail: entry.summary?.vi,
      status: entry.status,
    });
  }
  for (const h of history) {
    const why =
      h.reason ??
      (h.reasons
        ?.map((r) => r.message?.vi)
        .filter(Boolean)
        .join('; ') ||
        undefined);
    rows.push({
      at: h.at.toISOString(),
      atVietnam: vietnamTime(h.at),
      source: 'timeline',
      seq: h.seq,
      auditSeq: attested.get(h.seq),
      action: h.action,
      stage: stageLabel(h.stage),
      actorId: h.actor.userId,
      actorName: h.actor.name,
      actorRole: roleLabel(h.actor.role),
      actorUnit: h.actor.unitId ?? undefined,
      why,
      detail: h.detail?.vi ?? undefined,
    });
  }
  return rows.sort(
    (a, b) =>
      a.at.localeCompare(b.at) ||
      (a.source === b.source ? 0 : a.source === 'audit' ? -1 : 1) ||
      (a.seq ?? 0) - (b.seq ?? 0) ||
      (a.auditSeq ?? 0) - (b.auditSeq ?? 0),
  );
}

const COLUMNS: { key: keyof TimelineRow; header: string }[] = [
  { key: 'atVietnam', header: 'Thời điểm (giờ Việt Nam)' },
  { key: 'at', header: 'Thời điểm (UTC)' },
  { key: 'source', header: 'Nguồn' },
  { key: 'seq', header: 'Bước số' },
  { key: 'auditSeq', header: 'Số nhật ký kiểm tra' },
  { key: 'action', header: 'Hành động' },
  { key: 'stage', header: 'Giai đoạn' },
  { key: 'actorName', header: 'Người thực hiện' },
  { key: 'actorId', header: 'Tài khoản' },
  { key: 'actorRole', header: 'Vai trò' },
  { key: 'actorUnit', header: 'Đơn vị' },
  { key: 'ip', header: 'Địa chỉ IP' },
  { key: 'why', header: 'Lý do' },
  { key: 'detail', header: 'Nội dung' },
  { key: 'status', header: 'Kết quả HTTP' },
];

export function timelineCsv(rows: TimelineRow[]): string {
  return csvText([
    COLUMNS.map((c) => c.header),
    ...rows.map((row) => COLUMNS.map((c) => row[c.key])),
  ]);
}
