import { query } from '../../shell/api';
import { DataTable } from '../../shell/DataTable';
import { formatDate, formatDateTime, todayInVietnam } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { useResource } from '../../shell/useResource';
import { YearPicker } from '../../shell/YearPicker';
import type { YearCalendar } from './calendarTypes';
import { ScheduleEditor } from './ScheduleEditor';

const TEXT = {
  heading: { vi: 'Lịch nghỉ, ngày làm việc', en: 'Holiday calendar' },
  daysOff: { vi: 'Các ngày nghỉ trong năm', en: 'Days off in the year' },
  date: { vi: 'Ngày', en: 'Date' },
  reason: { vi: 'Lý do', en: 'Reason' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  provisional: { vi: 'Dự kiến (chưa có thông báo)', en: 'Provisional (not yet announced)' },
  swapped: { vi: 'Ngày làm bù', en: 'Swapped working days' },
  editedBy: {
    vi: 'Lịch của năm do quản trị nhập, người nhập:',
    en: 'Entered by an administrator:',
  },
  editedAt: { vi: 'lúc', en: 'at' },
  shipped: {
    vi: 'Lịch theo dữ liệu phát hành kèm hệ thống.',
    en: 'The schedule shipped with the system.',
  },
  revision: { vi: 'Lần sửa lịch đang áp dụng cho thời hạn', en: 'Calendar revision deadlines use' },
  shippedOnly: { vi: 'lịch gốc', en: 'shipped schedules' },
};

/** A year's days off with their reasons, and the official schedule an administrator edits. */
export function CalendarPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const year = Number(props.query.get('year')) || Number(todayInVietnam().slice(0, 4));
  const calendar = useResource<YearCalendar>(`/api/configuration/calendar/${year}`);
  const data = calendar.data?.year === year ? calendar.data : undefined;
  return (
    <>
      <h1>
        {t.heading} {year}
      </h1>
      <YearPicker
        year={year}
        onYear={(y) => navigate(`/admin/calendar${query({ year: y })}`, { replace: true })}
      />
      <ProblemMessage problem={calendar.problem} />
      <section aria-labelledby="days-off-title">
        <h2 id="days-off-title">{t.daysOff}</h2>
        {!data ? (
          <Placeholder rows={8} />
        ) : (
          <>
            <p class="muted">
              {data.editedBy
                ? `${t.editedBy} ${data.editedBy}, ${t.editedAt} ${formatDateTime(data.editedAt)}.`
                : t.shipped}{' '}
              {t.revision}: {data.revision ?? t.shippedOnly}
            </p>
            <DataTable columns={[t.date, t.reason, t.basis]}>
              {data.daysOff.map((d) => (
                <tr key={d.date}>
                  <td>{formatDate(d.date)}</td>
                  <td>
                    {lang === 'en' ? d.reason_en : d.reason_vi}
                    {d.provisional && <div class="due due-soon">{t.provisional}</div>}
                  </td>
                  <td class="muted">{d.basis}</td>
                </tr>
              ))}
              {data.swappedWorkingDays.map((d) => (
                <tr key={`w-${d.date}`}>
                  <td>{formatDate(d.date)}</td>
                  <td>
                    <strong>{t.swapped}:</strong> {lang === 'en' ? d.reason_en : d.reason_vi}
                  </td>
                  <td class="muted">{d.source ?? ''}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
      <section aria-label={t.heading}>
        {data ? (
          <ScheduleEditor
            key={year}
            year={year}
            schedule={data.schedule}
            onSaved={calendar.reload}
          />
        ) : (
          <Placeholder rows={8} />
        )}
      </section>
    </>
  );
}
