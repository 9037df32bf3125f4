import { KIND_TEXT } from '../../../../domain/catalogue/awardDefinition';
import { query } from '../../shell/api';
import { DataTable } from '../../shell/DataTable';
import { pick, useLang, useText, type Lang } from '../../shell/i18n';
import { awardName } from '../../shell/labels';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { Tabs } from '../../shell/Tabs';
import { useResource } from '../../shell/useResource';
import { BarChart } from './BarChart';
import { ExportPanel } from './ExportPanel';
import { YearPicker } from '../../shell/YearPicker';

const TEXT = {
  heading: { vi: 'Thống kê khen thưởng', en: 'Award statistics' },
  dimension: { vi: 'Thống kê theo', en: 'Broken down by' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  award: { vi: 'Hình thức', en: 'Award' },
  kind: { vi: 'Loại hình', en: 'Kind' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  nominated: { vi: 'Số đề nghị', en: 'Nominated' },
  awarded: { vi: 'Được khen thưởng', en: 'Awarded' },
  notAwarded: { vi: 'Không được khen thưởng', en: 'Not awarded' },
  inProgress: { vi: 'Đang xử lý', en: 'In progress' },
  revoked: { vi: 'Bị thu hồi', en: 'Revoked' },
  chart: { vi: 'Đề nghị và kết quả năm', en: 'Nominations and results,' },
  none: { vi: 'Chưa có hồ sơ nào trong năm.', en: 'No nominations this year.' },
  xlsxAll: { vi: 'Tải tất cả bảng (XLSX)', en: 'All tables (XLSX)' },
  csvOne: { vi: 'Tải bảng đang xem (CSV)', en: 'This table (CSV)' },
  annualReturn: { vi: 'Biểu 0603.N (XLSX)', en: 'Form 0603.N (XLSX)' },
  female: { vi: 'Nữ', en: 'Female' },
  male: { vi: 'Nam', en: 'Male' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  unknown: { vi: 'Chưa có hồ sơ cá nhân', en: 'No personal record' },
};

const DIMENSIONS = ['unit', 'award', 'kind', 'gender', 'ethnicity'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const COLUMNS = ['nominated', 'awarded', 'notAwarded', 'inProgress', 'revoked'] as const;

interface BreakdownRow extends Record<(typeof COLUMNS)[number], number> {
  key: string;
  label: string;
}
type Breakdown = { year: number } & Record<Dimension, BreakdownRow[]>;

/** A row's name in the reader's language where the domain has one; else the server's. */
function rowName(dimension: Dimension, row: BreakdownRow, lang: Lang): string {
  if (dimension === 'award') return awardName(row.key, lang);
  if (dimension === 'kind')
    return pick(KIND_TEXT[row.key as keyof typeof KIND_TEXT], lang) || row.label;
  if (dimension === 'gender' || row.key === 'collective' || row.key === 'unknown') {
    const own = TEXT[row.key as 'female' | 'male' | 'collective' | 'unknown'];
    if (own) return own[lang];
  }
  return row.label;
}

/** The year's nominations and results by unit, award, kind, gender, ethnicity; exports. */
export function StatisticsPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const asked = Number(props.query.get('year')) || undefined;
  const by = (DIMENSIONS as readonly string[]).includes(props.query.get('by') ?? '')
    ? (props.query.get('by') as Dimension)
    : 'unit';
  // Without a year in the address the server answers for the latest year with dossiers,
  // not the calendar's (in January every dossier is still last year's).
  const stats = useResource<Breakdown>(`/api/statistics/breakdown${query({ year: asked })}`);
  const year = asked ?? stats.data?.year;
  const rows = stats.data?.[by] ?? [];
  const href = (next: { year?: number; by?: Dimension }) =>
    `/secretariat/statistics${query({ year, by, ...next })}`;
  return (
    <>
      <h1>
        {t.heading} {year}
      </h1>
      {year !== undefined && (
        <YearPicker year={year} onYear={(y) => navigate(href({ year: y }), { replace: true })} />
      )}
      <Tabs
        label={t.dimension}
        tabs={DIMENSIONS}
        current={by}
        href={(d) => href({ by: d })}
        text={(d) => t[d]}
      />
      <ProblemMessage problem={stats.problem} />
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">
          {t.dimension} {t[by].toLowerCase()}
        </h2>
        {!stats.data ? (
          <Placeholder rows={6} />
        ) : rows.length === 0 ? (
          <p class="empty">{t.none}</p>
        ) : (
          <>
            <BarChart
              id={`chart-${by}`}
              caption={`${t.chart} ${year} — ${t[by]}`}
              categories={rows.map((r) => rowName(by, r, lang))}
              series={[
                { name: t.nominated, values: rows.map((r) => r.nominated) },
                { name: t.awarded, values: rows.map((r) => r.awarded) },
                { name: t.inProgress, values: rows.map((r) => r.inProgress) },
              ]}
            />
            <DataTable columns={[t[by], ...COLUMNS.map((c) => t[c])]}>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{rowName(by, r, lang)}</th>
                  {COLUMNS.map((c) => (
                    <td key={c}>{r[c]}</td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
      {year !== undefined && (
        <ExportPanel
          choices={[
            {
              id: 'xlsx',
              label: t.xlsxAll,
              path: `/api/statistics/breakdown${query({ year, format: 'xlsx' })}`,
            },
            {
              id: 'csv',
              label: t.csvOne,
              path: `/api/statistics/breakdown${query({ year, by, format: 'csv' })}`,
            },
            {
              id: 'return',
              label: t.annualReturn,
              path: `/api/statistics/annual-return${query({ year, format: 'xlsx' })}`,
            },
          ]}
        />
      )}
    </>
  );
}
