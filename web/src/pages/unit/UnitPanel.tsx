import { query, type Page } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { Link } from '../../shell/Link';
import { HomePanel } from '../../shell/HomePanel';
import { useResource } from '../../shell/useResource';
import type { Nomination } from '../nomination/nominationTypes';
import { DueDate } from '../../shell/DueDate';

const TEXT = {
  returned: { vi: 'Hồ sơ bị trả lại cần bổ sung', en: 'Returned dossiers to fix' },
  none: { vi: 'Không có hồ sơ bị trả lại.', en: 'No returned dossiers.' },
  fix: { vi: 'Sửa và trình lại', en: 'Fix and resubmit' },
  create: { vi: 'Lập hồ sơ mới', en: 'New dossier' },
};

/** The unit's first concern: dossiers the secretariat returned, with their supplement deadline. */
export function UnitPanel() {
  const t = useText(TEXT);
  const returned = useResource<Page<Nomination>>(
    `/api/nominations${query({ stage: 'returned', pageSize: 10 })}`,
  );
  return (
    <HomePanel
      titleId="returned-title"
      heading={t.returned}
      items={returned.data?.items}
      empty={t.none}
      item={(n) => (
        <li key={n._id}>
          <Link href={`/nominations/${n._id}`}>{n.nominee.name}</Link> ·{' '}
          <DueDate dueAt={n.dueAt} dueOn={n.dueOn} overdue={n.overdue} /> ·{' '}
          <Link href={`/nominations/${n._id}/edit`}>{t.fix}</Link>
        </li>
      )}
    >
      <p>
        <Link href="/unit/dossiers/new">{t.create}</Link>
      </p>
    </HomePanel>
  );
}
