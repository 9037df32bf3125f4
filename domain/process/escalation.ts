import { displayDate } from '../calendar/displayDate';
import { parseIsoDate } from '../calendar/isoDate';
import type { LocalizedText } from '../ruleSets/text';
import { ROLE_LABELS, type Role } from './roles';

/**
 * One level up from whoever holds a late dossier (issue: unit head → secretariat →
 * council chair → minister). The minister has no one above inside the agency, so a late
 * minister's decision is raised with the secretariat, who keeps the minister's calendar.
 */
const ESCALATION: Partial<Record<Role, Role>> = {
  unit_officer: 'unit_head',
  unit_head: 'secretariat',
  secretariat: 'council_chair',
  council_member: 'council_chair',
  council_chair: 'minister',
  minister: 'secretariat',
  deputy_minister: 'minister',
};

function escalationTarget(holder: Role): Role {
  return ESCALATION[holder] ?? 'secretariat';
}

/** Who an alert goes to: the holder for a reminder, one level up for an escalation. */
export function alertRecipient(kind: 'reminder' | 'escalation', holder: Role): Role {
  return kind === 'reminder' ? holder : escalationTarget(holder);
}

/**
 * Whether an alert raised at `at` finds its stage past the deadline. `dueAt` is the instant
 * the deadline ends (00:00 Vietnam time after its last working day), so the last day itself
 * is not overdue. The secretariat may remind or escalate early (the desk's at-risk list):
 * such an alert must not call the dossier overdue.
 */
export function isOverdueAt(at: string, dueAt: string): boolean {
  return Date.parse(at) >= Date.parse(dueAt);
}

/** The deadline's state in words, as alerts and their timeline entries state it. */
export function deadlineState(overdue: boolean, dueOn: string): LocalizedText {
  const due = displayDate(parseIsoDate(dueOn));
  return overdue
    ? { vi: `đã quá hạn (hạn ${due})`, en: `overdue (due ${due})` }
    : { vi: `chưa quá hạn, sắp đến hạn ngày ${due}`, en: `not yet overdue, due ${due}` };
}

/** The timeline's line for a reminder or escalation sent from the desk: to whom, and how late. */
export function manualAlertDetail(
  kind: 'reminder' | 'escalation',
  holder: Role,
  overdue: boolean,
  dueOn: string,
): LocalizedText {
  const to = ROLE_LABELS[alertRecipient(kind, holder)];
  const state = deadlineState(overdue, dueOn);
  return kind === 'reminder'
    ? { vi: `Nhắc ${to.vi}: hồ sơ ${state.vi}.`, en: `Reminder to ${to.en}: ${state.en}.` }
    : { vi: `Báo cáo ${to.vi}: hồ sơ ${state.vi}.`, en: `Raised with ${to.en}: ${state.en}.` };
}
