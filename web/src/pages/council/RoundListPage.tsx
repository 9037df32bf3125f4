import { query, type Page } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { Link } from '../../shell/Link';
import { PagedTable } from '../../shell/PagedTable';
import { navigate, type RouteProps } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useResource } from '../../shell/useResource';
import { ROUND_STATUS, type Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Phiên họp Hội đồng', en: 'Council rounds' },
  create: { vi: 'Lập phiên họp', en: 'New round' },
  title: { vi: 'Phiên họp', en: 'Round' },
  date: { vi: 'Ngày họp', en: 'Date' },
  items: { vi: 'Số hồ sơ', en: 'Nominations' },
  status: { vi: 'Tình trạng', en: 'Status' },
  none: { vi: 'Chưa có phiên họp nào.', en: 'No council rounds yet.' },
};

const PAGE_SIZE = 25;

/** Rounds the reader sits on (every round for the secretariat and leaders), newest first. */
export function RoundListPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const page = Number(props.query.get('page') ?? '1') || 1;
  const rounds = useResource<Page<Round>>(
    `/api/council-rounds${query({ page, pageSize: PAGE_SIZE })}`,
  );
  return (
    <>
      <h1>{t.heading}</h1>
      {user.role === 'secretariat' && (
        <p>
          <Link class="button-link" href="/council/rounds/new">
            {t.create}
          </Link>
        </p>
      )}
      <section>
        <PagedTable
          list={rounds}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => navigate(`/council/rounds${query({ page: p })}`)}
          loadingRows={5}
          empty={t.none}
          columns={[t.title, t.date, t.items, t.status]}
          row={(round) => (
            <tr key={round._id}>
              <td>
                <Link href={`/council/rounds/${round._id}`}>{round.title}</Link>
              </td>
              <td>{formatDate(round.scheduledOn)}</td>
              <td>{round.agenda.length}</td>
              <td>{pick(ROUND_STATUS[round.status], lang)}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
