import { daysUntil, formatDate } from './dates';
import { useText } from './i18n';

const TEXT = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  onTime: { vi: 'Còn hạn', en: 'On time' },
};

/** Days left before a deadline counted as "soon" (amber). */
const SOON_DAYS = 2;

/** A deadline with its state in words and colour: red overdue, amber soon, green on time. */
export function DueDate(props: {
  dueAt?: string | null;
  dueOn?: string | null;
  overdue?: boolean;
}) {
  const t = useText(TEXT);
  if (!props.dueAt && !props.dueOn) return <span class="muted">—</span>;
  const days = props.dueAt ? daysUntil(props.dueAt) : Number.POSITIVE_INFINITY;
  const state = props.overdue || days < 0 ? 'overdue' : days <= SOON_DAYS ? 'soon' : 'onTime';
  return (
    <span class={`due due-${state}`}>
      {formatDate(props.dueOn ?? props.dueAt)} · {t[state]}
    </span>
  );
}
