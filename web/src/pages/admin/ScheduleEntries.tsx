import { OCCASIONS, OCCASION_INFO } from '../../../../domain/calendar/occasions';
import type { Problem } from '../../shell/api';
import { DataTable } from '../../shell/DataTable';
import { pick, useLang, useText } from '../../shell/i18n';
import { describedBy, problemAt } from '../../shell/problems';
import type { ScheduleEntry } from './calendarTypes';

const TEXT = {
  date: { vi: 'Ngày', en: 'Date' },
  occasion: { vi: 'Dịp', en: 'Occasion' },
  reasonVi: { vi: 'Lý do (tiếng Việt)', en: 'Reason (Vietnamese)' },
  reasonEn: { vi: 'Lý do (tiếng Anh)', en: 'Reason (English)' },
  remove: { vi: 'Xoá dòng', en: 'Remove' },
  add: { vi: '+ Thêm ngày', en: '+ Add a day' },
  empty: { vi: 'Chưa có ngày nào.', en: 'No days yet.' },
};

/**
 * The rows of one list of a schedule (days off, or swapped working days), each cell a
 * labelled input whose server error (`schedule.daysOff.3.date`) shows beneath it.
 */
export function ScheduleEntries(props: {
  list: 'daysOff' | 'workingDays';
  legend: string;
  entries: ScheduleEntry[];
  onChange: (entries: ScheduleEntry[]) => void;
  problem: Problem | undefined;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const listProblem = props.problem?.field === `schedule.${props.list}` ? props.problem : undefined;
  const set = (i: number, change: Partial<ScheduleEntry>) =>
    props.onChange(props.entries.map((e, k) => (k === i ? { ...e, ...change } : e)));
  const cell = (i: number, key: keyof ScheduleEntry, label: string, placeholder?: string) => {
    const id = `${props.list}-${i}-${key}`;
    const problem = problemAt(props.problem, `schedule.${props.list}.${i}.${key}`);
    return (
      <td class={problem ? 'field-invalid' : undefined}>
        <label class="visually-hidden" for={id}>
          {label} {i + 1}
        </label>
        <input
          id={id}
          placeholder={placeholder}
          value={props.entries[i]![key] ?? ''}
          onInput={(e) => set(i, { [key]: e.currentTarget.value })}
          {...describedBy(id, problem)}
        />
        {problem && (
          <p class="field-error" id={`${id}-error`} role="alert">
            {pick(problem.message, lang)}
          </p>
        )}
      </td>
    );
  };
  return (
    <fieldset class={listProblem ? 'field-invalid' : undefined}>
      <legend>{props.legend}</legend>
      {listProblem && (
        <p class="field-error" role="alert">
          {pick(listProblem.message, lang)}
        </p>
      )}
      {props.entries.length === 0 ? (
        <p class="empty">{t.empty}</p>
      ) : (
        <DataTable
          columns={[
            t.date,
            t.occasion,
            t.reasonVi,
            t.reasonEn,
            <span class="visually-hidden">{t.remove}</span>,
          ]}
        >
          {props.entries.map((entry, i) => (
            <tr key={i}>
              {cell(i, 'date', t.date, 'dd/mm/yyyy')}
              <td>
                <label class="visually-hidden" for={`${props.list}-${i}-occasion`}>
                  {t.occasion} {i + 1}
                </label>
                <select
                  id={`${props.list}-${i}-occasion`}
                  value={entry.occasion}
                  onChange={(e) => set(i, { occasion: e.currentTarget.value })}
                >
                  {OCCASIONS.map((o) => (
                    <option key={o} value={o}>
                      {pick(OCCASION_INFO[o], lang)}
                    </option>
                  ))}
                </select>
              </td>
              {cell(i, 'reason_vi', t.reasonVi)}
              {cell(i, 'reason_en', t.reasonEn)}
              <td>
                <button
                  type="button"
                  class="danger"
                  aria-label={`${t.remove} ${i + 1}`}
                  onClick={() => props.onChange(props.entries.filter((_, k) => k !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            props.onChange([
              ...props.entries,
              { date: '', occasion: 'other', reason_vi: '', reason_en: '' },
            ])
          }
        >
          {t.add}
        </button>
      </div>
    </fieldset>
  );
}
