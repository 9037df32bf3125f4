import { deadlineState } from '../../domain/process/escalation';
import { ROLE_LABELS, type Actor } from '../../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';

interface DeadlineAlertFacts {
  kind: 'reminder' | 'escalation';
  stage: Stage;
  overdue: boolean;
  dueOn: string;
  /** The dossier as its reader knows it (see `dossierName`). */
  dossier: LocalizedText;
  /** Who sent it from the desk, and their note; absent for the automatic alerts. */
  requestedBy?: Actor;
  note?: string;
}

/** Titles by kind and lateness: the holder's reminder, or the escalation one level up. */
const TITLES = {
  reminder: {
    early: { vi: 'Sắp đến hạn', en: 'Due soon' },
    overdue: { vi: 'Nhắc việc (đã quá hạn)', en: 'Reminder (overdue)' },
  },
  escalation: {
    early: { vi: 'Báo cáo sớm (chưa quá hạn)', en: 'Raised early (not yet overdue)' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
  },
} as const;

/**
 * The title and body of a reminder or an escalation. It says "overdue" only when the
 * deadline has passed: the desk may remind or escalate early, and then says when it is due.
 */
export function deadlineAlertText(facts: DeadlineAlertFacts): {
  title: LocalizedText;
  body: LocalizedText;
} {
  const stage = STAGE_LABELS[facts.stage];
  const state = deadlineState(facts.overdue, facts.dueOn);
  const { dossier } = facts;
  const title = TITLES[facts.kind][facts.overdue ? 'overdue' : 'early'];
  const ask =
    facts.kind === 'reminder'
      ? { vi: 'đề nghị xử lý', en: 'please handle it' }
      : { vi: 'đề nghị đôn đốc, chỉ đạo', en: 'please follow up' };
  const by = facts.requestedBy;
  const role = by && ROLE_LABELS[by.role];
  const sender =
    by &&
    (facts.note
      ? {
          vi: `Ghi chú của ${by.name} (${role!.vi}): ${facts.note}`,
          en: `Note from ${by.name} (${role!.en}): ${facts.note}`,
        }
      : { vi: `Người gửi: ${by.name} (${role!.vi}).`, en: `Sent by ${by.name} (${role!.en}).` });
  const body = {
    vi: `${dossier.vi} ở bước "${stage.vi}" ${state.vi}; ${ask.vi}.`,
    en: `${dossier.en} at "${stage.en}" is ${state.en}; ${ask.en}.`,
  };
  return {
    title: { vi: `${title.vi}: ${stage.vi}`, en: `${title.en}: ${stage.en}` },
    body: sender ? { vi: `${body.vi}\n${sender.vi}`, en: `${body.en}\n${sender.en}` } : body,
  };
}
