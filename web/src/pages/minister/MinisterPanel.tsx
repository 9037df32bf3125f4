import { query, type Page } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { HomePanel } from '../../shell/HomePanel';
import { useResource } from '../../shell/useResource';
import type { Decision } from './decisionTypes';

const TEXT = {
  heading: { vi: 'Quyết định chờ ký', en: 'Decisions awaiting signature' },
  none: { vi: 'Không có quyết định nào chờ ký.', en: 'No decision awaits your signature.' },
  nominees: { vi: 'người', en: 'nominees' },
  drafted: { vi: 'dự thảo ngày', en: 'drafted' },
};

/** The minister's first concern: drafted decisions to sign, oldest year first. */
export function MinisterPanel() {
  const t = useText(TEXT);
  const lang = useLang();
  const drafts = useResource<Page<Decision>>(
    `/api/decisions${query({ status: 'draft', pageSize: 10 })}`,
  );
  return (
    <HomePanel
      titleId="to-sign-title"
      heading={t.heading}
      items={drafts.data?.items}
      empty={t.none}
      item={(d) => (
        <li key={d._id}>
          <Link href={`/decisions/${d._id}`}>{awardOfYear(d.awardCode, d.year, lang)}</Link> —{' '}
          {d.annex.length} {t.nominees}, {t.drafted} {formatDate(d.draftedAt)}
        </li>
      )}
    />
  );
}
