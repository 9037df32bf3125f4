import { formatDate } from '../../shell/dates';
import { useText } from '../../shell/i18n';
import type { Risk } from './deskTypes';

const TEXT = {
  late: { vi: 'Quá hạn', en: 'Late' },
  at_risk: { vi: 'Có nguy cơ trễ', en: 'At risk' },
  on_track: { vi: 'Còn hạn', en: 'On time' },
  no_deadline: { vi: 'Không có hạn', en: 'No deadline' },
  daysLeft: { vi: 'ngày làm việc còn lại', en: 'working days left' },
  daysLate: { vi: 'ngày làm việc quá hạn', en: 'working days late' },
};

const CLASS: Record<Risk, string> = {
  late: 'due due-overdue',
  at_risk: 'due due-soon',
  on_track: 'due due-onTime',
  no_deadline: 'muted',
};

/** The deadline state in words (the colour only repeats them) and the working days left. */
export function RiskLabel(props: { risk: Risk; dueOn?: string; workingDaysLeft?: number }) {
  const t = useText(TEXT);
  const left = props.workingDaysLeft;
  return (
    <span class={CLASS[props.risk]}>
      {t[props.risk]}
      {props.dueOn && ` · ${formatDate(props.dueOn)}`}
      {left !== undefined && (left < 0 ? ` · ${-left} ${t.daysLate}` : ` · ${left} ${t.daysLeft}`)}
    </span>
  );
}
