import { query, type Page } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { PagedTable } from '../../shell/PagedTable';
import { navigate, type RouteProps } from '../../shell/router';
import { Tabs } from '../../shell/Tabs';
import { useResource } from '../../shell/useResource';
import { DECISION_STATUS, type Decision, type DecisionStatus } from './decisionTypes';

const TEXT = {
  heading: { vi: 'Quyết định khen thưởng', en: 'Award decisions' },
  filter: { vi: 'Lọc theo tình trạng', en: 'Filter by status' },
  award: { vi: 'Danh hiệu', en: 'Award' },
  nominees: { vi: 'Số người', en: 'Nominees' },
  drafted: { vi: 'Ngày dự thảo', en: 'Drafted on' },
  status: { vi: 'Tình trạng', en: 'Status' },
  number: { vi: 'Số quyết định', en: 'Number' },
  none: { vi: 'Không có quyết định nào.', en: 'No decisions.' },
};

const STATUSES = Object.keys(DECISION_STATUS) as DecisionStatus[];
const PAGE_SIZE = 25;

/** The decision queue: drafts awaiting the minister first; every status a click away. */
export function DecisionQueuePage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const status = props.query.get('status') ?? 'draft';
  const page = Number(props.query.get('page') ?? '1') || 1;
  const list = useResource<Page<Decision>>(
    `/api/decisions${query({ status, page, pageSize: PAGE_SIZE })}`,
  );
  return (
    <>
      <h1>{t.heading}</h1>
      <Tabs
        label={t.filter}
        tabs={STATUSES}
        current={status}
        href={(s) => `/decisions${query({ status: s })}`}
        text={(s) => pick(DECISION_STATUS[s], lang)}
      />
      <section>
        <PagedTable
          list={list}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => navigate(`/decisions${query({ status, page: p })}`)}
          loadingRows={5}
          empty={t.none}
          columns={[t.award, t.nominees, t.drafted, t.status, t.number]}
          row={(d) => (
            <tr key={d._id}>
              <td>
                <Link href={`/decisions/${d._id}`}>{awardOfYear(d.awardCode, d.year, lang)}</Link>
              </td>
              <td>{d.annex.length}</td>
              <td>{formatDate(d.draftedAt)}</td>
              <td>{pick(DECISION_STATUS[d.status], lang)}</td>
              <td>{d.number ?? '—'}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
