import { useState } from 'preact/hooks';
import type { Problem } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { useText } from '../../shell/i18n';
import { useStoredDraft } from '../../shell/storedDraft';
import { ADMIN_TEXT } from './adminText';
import type { OfficialSchedule, ScheduleEntry } from './calendarTypes';
import { isoDayOf } from './dayText';
import { ScheduleEntries } from './ScheduleEntries';
import { FormFooter } from './adminForm';
import { TextField } from '../../shell/TextField';
import { useSubmit } from './useSubmit';

const TEXT = {
  ...ADMIN_TEXT,
  title: { vi: 'Sửa lịch nghỉ chính thức của năm', en: "Edit the year's official schedule" },
  daysOff: { vi: 'Ngày nghỉ theo thông báo', en: 'Announced days off' },
  workingDays: { vi: 'Ngày làm bù (thứ Bảy, Chủ nhật)', en: 'Swapped working days (weekends)' },
  source: { vi: 'Căn cứ (số thông báo, công văn)', en: 'Source (announcement number)' },
  save: { vi: 'Lưu lịch nghỉ', en: 'Save the schedule' },
  badDay: {
    vi: 'Nhập ngày có thật theo dạng dd/mm/yyyy, ví dụ 02/09/2026.',
    en: 'Enter a real day as dd/mm/yyyy, e.g. 02/09/2026.',
  },
};

const LISTS = ['daysOff', 'workingDays'] as const;
const typed = (entries: readonly ScheduleEntry[]) =>
  entries.map((e) => ({ ...e, date: formatDate(e.date) }));

/** The schedule with ISO days, or the first day that is not one. */
function withIsoDays(schedule: OfficialSchedule): OfficialSchedule | Problem {
  const out = { ...schedule };
  for (const list of LISTS) {
    const entries: ScheduleEntry[] = [];
    for (const [i, entry] of schedule[list].entries()) {
      const date = isoDayOf(entry.date);
      if (!date) {
        return {
          status: 0,
          code: 'BAD_DAY',
          message: TEXT.badDay,
          field: `schedule.${list}.${i}.date`,
        };
      }
      entries.push({ ...entry, date });
    }
    out[list] = entries;
  }
  return out;
}

/** The official schedule of one year, row by row; saved whole, validated by the server. */
export function ScheduleEditor(props: {
  year: number;
  schedule: OfficialSchedule | null;
  onSaved: () => void;
}) {
  const t = useText(TEXT);
  const [draft, setDraft, clear] = useStoredDraft(`admin.calendar.${props.year}`, () => ({
    // Days as typed (dd/mm/yyyy) until sent.
    schedule: props.schedule
      ? {
          ...props.schedule,
          daysOff: typed(props.schedule.daysOff),
          workingDays: typed(props.schedule.workingDays),
        }
      : { year: props.year, daysOff: [], workingDays: [], source: '' },
    reason: '',
  }));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit(() => {
    clear();
    setSaved(true);
    props.onSaved();
  });
  const schedule = draft.schedule;
  const change = (next: Partial<OfficialSchedule>) => {
    setSaved(false);
    setDraft({ ...draft, schedule: { ...schedule, ...next } });
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const sent = withIsoDays(schedule);
        if ('code' in sent) submit.setProblem(sent);
        else
          void submit.run('PUT', `/api/configuration/calendar/${props.year}`, {
            schedule: sent,
            reason: draft.reason,
          });
      }}
    >
      <h2>{t.title}</h2>
      <ScheduleEntries
        list="daysOff"
        legend={t.daysOff}
        entries={schedule.daysOff}
        onChange={(daysOff) => change({ daysOff })}
        problem={submit.problem}
      />
      <ScheduleEntries
        list="workingDays"
        legend={t.workingDays}
        entries={schedule.workingDays}
        onChange={(workingDays) => change({ workingDays })}
        problem={submit.problem}
      />
      <TextField
        id="schedule-source"
        field="schedule.source"
        label={t.source}
        value={schedule.source}
        onValue={(source) => change({ source })}
        problem={submit.problem}
      />
      <FormFooter
        reason={{
          id: 'schedule-reason',
          field: 'reason',
          value: draft.reason,
          onValue: (reason) => setDraft({ ...draft, reason }),
          problem: submit.problem,
        }}
        problem={submit.problem}
        fields={['schedule']}
        notice={saved ? t.saved : undefined}
        busy={submit.busy}
        submitLabel={t.save}
      />
    </form>
  );
}
