import { query, type Page } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { Link } from '../../shell/Link';
import { HomePanel } from '../../shell/HomePanel';
import { useResource } from '../../shell/useResource';
import { ROUND_STATUS, type Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Phiên họp của tôi', en: 'My council rounds' },
  none: { vi: 'Không có phiên họp nào đang mở.', en: 'No open council rounds.' },
};

/** Open rounds the member sits on: ballots to cast first; the chair's rounds to run. */
export function CouncilPanel() {
  const t = useText(TEXT);
  const lang = useLang();
  const rounds = useResource<Page<Round>>(`/api/council-rounds${query({ pageSize: 20 })}`);
  const open = (rounds.data?.items ?? []).filter((r) => r.status !== 'closed');
  return (
    <HomePanel
      titleId="rounds-title"
      heading={t.heading}
      items={rounds.data && open}
      empty={t.none}
      item={(r) => (
        <li key={r._id}>
          <Link href={`/council/rounds/${r._id}`}>{r.title}</Link> — {formatDate(r.scheduledOn)},{' '}
          {pick(ROUND_STATUS[r.status], lang)}
        </li>
      )}
    />
  );
}
