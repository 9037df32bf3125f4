import { formatDate, formatDateTime } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import type { Minutes } from './roundTypes';

const TEXT = {
  heading: { vi: 'Biên bản phiên họp (xem trước)', en: 'Minutes (preview)' },
  date: { vi: 'Ngày họp', en: 'Meeting date' },
  closed: { vi: 'Kết thúc lúc', en: 'Closed at' },
  members: { vi: 'Thành phần', en: 'Members' },
  present: { vi: 'có mặt', en: 'present' },
  absent_written: { vi: 'vắng, có phiếu bằng văn bản', en: 'absent, voted in writing' },
  absent: { vi: 'vắng', en: 'absent' },
  pdf: { vi: 'Tải biên bản (PDF)', en: 'Download the minutes (PDF)' },
};

/** What the minutes say: attendance, totals and the rule applied; the signed PDF beside it. */
export function MinutesPreview(props: { roundId: string }) {
  const t = useText(TEXT);
  const lang = useLang();
  const minutes = useResource<Minutes>(`/api/council-rounds/${props.roundId}/minutes`);
  const attendance = (a: string) =>
    a === 'present' || a === 'absent_written' || a === 'absent' ? t[a] : a;
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t.heading}</h2>
      <ProblemMessage problem={minutes.problem} />
      {!minutes.data ? (
        <Placeholder rows={3} />
      ) : (
        <>
          <dl class="facts">
            <dt>{t.date}</dt>
            <dd>{formatDate(minutes.data.scheduledOn)}</dd>
            <dt>{t.closed}</dt>
            <dd>{formatDateTime(minutes.data.closedAt)}</dd>
            <dt>{t.members}</dt>
            <dd>
              {minutes.data.members
                .map((m) => `${m.name} (${attendance(m.attendance)})`)
                .join('; ')}
            </dd>
          </dl>
          {minutes.data.summary && <p class="prewrap">{pick(minutes.data.summary, lang)}</p>}
          <p>
            <a href={`/api/council-rounds/${props.roundId}/minutes.pdf`}>{t.pdf}</a>
          </p>
        </>
      )}
    </section>
  );
}
