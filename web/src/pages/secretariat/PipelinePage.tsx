import { formatDate } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { stageName } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { Placeholder } from '../../shell/Placeholder';
import { ListTable } from '../../shell/ListTable';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import { BarChart } from './BarChart';
import { WAITING_STAGES } from '../../../../domain/process/stages';
import type { Pipeline } from './deskTypes';

const TEXT = {
  heading: { vi: 'Tiến độ theo bước', en: 'Pipeline' },
  board: { vi: 'Hồ sơ đang chờ ở từng bước', en: 'Dossiers waiting at each stage' },
  dossiers: { vi: 'hồ sơ', en: 'dossiers' },
  median: { vi: 'Trung vị thời gian ở bước', en: 'Median time in stage' },
  days: { vi: 'ngày làm việc', en: 'working days' },
  noMedian: { vi: 'chưa đủ số liệu', en: 'not enough data yet' },
  open: { vi: 'Xem danh sách', en: 'Open the list' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  awarded: { vi: 'được khen thưởng', en: 'awarded' },
  notAwarded: { vi: 'không được khen thưởng', en: 'not awarded' },
  revoked: { vi: 'bị thu hồi', en: 'revoked' },
  byUnit: { vi: 'Hồ sơ đang mở theo đơn vị', en: 'Open dossiers per unit' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  total: { vi: 'Tổng', en: 'Total' },
  noUnits: { vi: 'Không có hồ sơ đang mở.', en: 'No open dossiers.' },
  trend: { vi: 'Xu hướng theo tuần (12 tuần gần nhất)', en: 'Weekly trend (last 12 weeks)' },
  submitted: { vi: 'Tiếp nhận', en: 'Received' },
  approved: { vi: 'Được khen thưởng', en: 'Approved' },
  closedOtherwise: { vi: 'Kết thúc khác', en: 'Closed otherwise' },
  weekOf: { vi: 'Tuần từ', en: 'Week of' },
  trendCaption: {
    vi: 'Số hồ sơ tiếp nhận và kết thúc mỗi tuần',
    en: 'Dossiers received and closed each week',
  },
};

/** Counts per stage and per unit, how long each stage takes, and the weekly trend: one request. */
export function PipelinePage() {
  const t = useText(TEXT);
  const lang = useLang();
  const pipeline = useResource<Pipeline>('/api/desk/pipeline?weeks=12');
  const data = pipeline.data;
  const count = (stage: string) => data?.byStage.find((s) => s.stage === stage)?.count ?? 0;
  const closed = data
    ? (['awarded', 'notAwarded', 'revoked'] as const).filter((o) => data.closed[o] > 0)
    : [];
  const shownStages = WAITING_STAGES.filter((s) => data?.byUnit.some((u) => u.byStage[s]));
  return (
    <>
      <h1>{t.heading}</h1>
      <ProblemMessage problem={pipeline.problem} />
      <section aria-labelledby="board-title">
        <h2 id="board-title">{t.board}</h2>
        {data ? (
          <ol class="process">
            {WAITING_STAGES.map((stage) => {
              const median = data.medianWorkingDays.find((m) => m.stage === stage)?.median;
              return (
                <li
                  key={stage}
                  class={count(stage) > 0 ? 'process-step step-current' : 'process-step'}
                >
                  <span class="step-name">{stageName(stage, lang)}</span>
                  <span>
                    <strong>{count(stage)}</strong> {t.dossiers}
                  </span>
                  <span class="step-state">
                    {t.median}: {median === undefined ? t.noMedian : `${median} ${t.days}`}
                  </span>
                  {count(stage) > 0 && (
                    <Link href={`/secretariat/desk?stage=${stage}`}>{t.open}</Link>
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <Placeholder rows={3} />
        )}
        {closed.length > 0 && (
          <p class="muted">
            {t.closed}: {closed.map((o) => `${data!.closed[o]} ${t[o]}`).join(' · ')}
          </p>
        )}
      </section>
      <section aria-labelledby="units-title">
        <h2 id="units-title">{t.byUnit}</h2>
        <ListTable
          items={data?.byUnit}
          loadingRows={4}
          empty={t.noUnits}
          columns={[t.unit, ...shownStages.map((s) => stageName(s, lang)), t.total]}
          row={(u) => (
            <tr key={u.unitId}>
              <th scope="row">
                <Link href={`/secretariat/desk?unitId=${u.unitId}`}>{u.unitId}</Link>
              </th>
              {shownStages.map((s) => (
                <td key={s}>{u.byStage[s] ?? 0}</td>
              ))}
              <td>
                <strong>{u.open}</strong>
              </td>
            </tr>
          )}
        />
      </section>
      <section aria-labelledby="trend-title">
        <h2 id="trend-title">{t.trend}</h2>
        {data ? (
          <BarChart
            id="trend"
            caption={t.trendCaption}
            categories={data.trend.map((w) => `${t.weekOf} ${formatDate(w.weekOf)}`)}
            series={[
              { name: t.submitted, values: data.trend.map((w) => w.submitted) },
              { name: t.approved, values: data.trend.map((w) => w.approved) },
              { name: t.closedOtherwise, values: data.trend.map((w) => w.closedOtherwise) },
            ]}
          />
        ) : (
          <Placeholder rows={6} />
        )}
      </section>
    </>
  );
}
