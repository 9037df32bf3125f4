import { useState } from 'preact/hooks';
import { query } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { Pager } from '../../shell/Pager';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useUser } from '../../shell/session';
import { useResource } from '../../shell/useResource';
import { AwaitingTable } from './AwaitingTable';
import type { Inbox } from './inboxTypes';
import { Notifications } from './Notifications';
import { ROLE_PANELS } from './rolePanels';

const TEXT = {
  greeting: { vi: 'Xin chào', en: 'Hello' },
  awaiting: { vi: 'Việc đang chờ tôi', en: 'What awaits me' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  notifications: { vi: 'Thông báo', en: 'Notifications' },
  unread: { vi: 'chưa đọc', en: 'unread' },
};

const AWAITING_PAGE_SIZE = 20;

/** Every role's first page: its own panel (ballots, decisions, returns), then the inbox. */
export function HomePage() {
  const t = useText(TEXT);
  const user = useUser();
  const [page, setPage] = useState(1);
  const inbox = useResource<Inbox>(
    `/api/inbox${query({ pageSize: 10, awaitingPage: page, awaitingPageSize: AWAITING_PAGE_SIZE })}`,
  );
  const Panel = ROLE_PANELS[user.role];
  const awaiting = inbox.data?.awaiting;
  return (
    <>
      <h1>
        {t.greeting}, {user.name}
      </h1>
      {Panel && <Panel />}
      <section aria-labelledby="awaiting-title">
        <h2 id="awaiting-title">
          {t.awaiting}
          {awaiting && (
            <span class="count">
              {' '}
              ({awaiting.total}
              {awaiting.overdue > 0 && `, ${awaiting.overdue} ${t.overdue}`})
            </span>
          )}
        </h2>
        <ProblemMessage problem={inbox.problem} />
        {awaiting ? (
          <>
            <AwaitingTable items={awaiting.items} />
            {awaiting.total > awaiting.pageSize && (
              <Pager
                page={awaiting.page}
                pageSize={awaiting.pageSize}
                total={awaiting.total}
                onPage={setPage}
              />
            )}
          </>
        ) : (
          <Placeholder rows={4} />
        )}
      </section>
      <section aria-labelledby="notifications-title">
        <h2 id="notifications-title">
          {t.notifications}
          {inbox.data && inbox.data.notifications.unread > 0 && (
            <span class="count">
              {' '}
              ({inbox.data.notifications.unread} {t.unread})
            </span>
          )}
        </h2>
        {inbox.data ? <Notifications items={inbox.data.notifications.items} /> : <Placeholder />}
      </section>
    </>
  );
}
