import { POSTING_DAY_RULE_TEXT } from '../../../../domain/calendar/publicCommentPeriod';
import { formatDateTime } from '../../shell/dates';
import { DueDate } from '../../shell/DueDate';
import { pick, useLang, useText } from '../../shell/i18n';
import { documentName, roleName, stageName } from '../../shell/labels';
import { ACTION_LABELS, ALERT_LABELS } from './actionLabels';
import type { Alert, Nomination } from './nominationTypes';

const TEXT = {
  heading: { vi: 'Diễn biến hồ sơ', en: 'Timeline' },
  now: { vi: 'Hiện tại', en: 'Now' },
  waitsFor: { vi: 'chờ', en: 'waiting for' },
  deadline: { vi: 'hạn', en: 'deadline' },
  counted: { vi: 'cách tính', en: 'counted' },
  to: { vi: 'gửi', en: 'to' },
};

interface Line {
  at: string;
  key: string;
  what: string;
  who: string;
  why: string[];
  alert: boolean;
}

/** An escalation sent before the deadline is not called overdue. */
const alertKind = (a: Alert) =>
  a.kind === 'escalation' && a.overdue === false ? 'early_escalation' : a.kind;

/** Every step — who, when, why — with the reminders and escalations, then where it waits now. */
export function Timeline(props: { nomination: Nomination }) {
  const t = useText(TEXT);
  const lang = useLang();
  const n = props.nomination;
  const itemName = (item: string) =>
    item.startsWith('documents.') ? documentName(item.slice(10), lang) : item;
  const lines: Line[] = [
    ...n.history.map((h) => ({
      at: h.at,
      key: `h${h.seq}`,
      what: pick(ACTION_LABELS[h.action] ?? h.detail ?? { vi: h.action, en: h.action }, lang),
      who:
        h.actor.role === 'system'
          ? roleName('system', lang)
          : `${h.actor.name} (${roleName(h.actor.role, lang)})`,
      why: [
        ...(h.reasons ?? []).map(
          (r) => `${r.item ? `${itemName(r.item)}: ` : ''}${pick(r.message, lang)}`,
        ),
        ...(h.reason ? [h.reason] : []),
        // A labelled step's detail (a letter's date, a new deadline, an assignee) is shown under it.
        ...(ACTION_LABELS[h.action] && h.detail ? [pick(h.detail, lang)] : []),
      ],
      alert: false,
    })),
    ...(n.alerts ?? []).map((a) => ({
      at: a.at,
      key: a.key,
      what: `${pick(ALERT_LABELS[alertKind(a)] ?? { vi: a.kind, en: a.kind }, lang)} · ${stageName(a.stage, lang)}`,
      who: `${t.to} ${roleName(a.toRole, lang)}`,
      why: [],
      alert: true,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.heading}</h2>
      <ol class="timeline">
        {lines.map((line) => (
          <li key={line.key} class={line.alert ? 'timeline-alert' : undefined}>
            <time dateTime={line.at}>{formatDateTime(line.at)}</time>
            <div>
              <strong>{line.what}</strong> — {line.who}
              {line.why.length > 0 && (
                <ul>
                  {line.why.map((why, i) => (
                    <li key={i}>{why}</li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
        {n.holderRole && (
          <li class="timeline-now">
            <span>{t.now}</span>
            <div>
              <strong>{stageName(n.stage, lang)}</strong> — {t.waitsFor}{' '}
              {roleName(n.holderRole, lang)}, {t.deadline}{' '}
              <DueDate dueAt={n.dueAt} dueOn={n.dueOn} overdue={n.overdue} />
              {n.stage === 'public_comment' && n.publicCommentPostingDay && (
                <span class="muted">
                  {' '}
                  ({t.counted}: {POSTING_DAY_RULE_TEXT[n.publicCommentPostingDay][lang]})
                </span>
              )}
            </div>
          </li>
        )}
      </ol>
    </section>
  );
}
