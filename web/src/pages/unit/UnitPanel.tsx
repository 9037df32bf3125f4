import { query, type Page } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { Link } from '../../shell/Link';
import { Placeholder } from '../../shell/Placeholder';
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
    <section aria-labelledby="returned-title">
      <h2 id="returned-title">{t.returned}</h2>
      {!returned.data ? (
        <Placeholder rows={2} />
      ) : returned.data.items.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <ul>
          {returned.data.items.map((n) => (
            <li key={n._id}>
              <Link href={`/nominations/${n._id}`}>{n.nominee.name}</Link> ·{' '}
              <DueDate dueAt={n.dueAt} dueOn={n.dueOn} overdue={n.overdue} /> ·{' '}
              <Link href={`/nominations/${n._id}/edit`}>{t.fix}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/unit/dossiers/new">{t.create}</Link>
      </p>
    </section>
  );
}
