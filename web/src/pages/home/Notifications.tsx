import { formatDateTime } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { Link } from '../../shell/Link';
import type { NotificationItem } from './inboxTypes';

const TEXT = {
  none: { vi: 'Chưa có thông báo.', en: 'No notifications yet.' },
  unread: { vi: 'Chưa đọc', en: 'Unread' },
  open: { vi: 'Mở hồ sơ', en: 'Open the dossier' },
};

/** Reminders, escalations and changes addressed to the reader, newest first. */
export function Notifications(props: { items: NotificationItem[] }) {
  const t = useText(TEXT);
  const lang = useLang();
  if (props.items.length === 0) return <p class="empty">{t.none}</p>;
  return (
    <ul class="notifications">
      {props.items.map((item) => (
        <li key={item._id} class={`notification kind-${item.kind}${item.read ? '' : ' unread'}`}>
          <p class="notification-title">
            {!item.read && <span class="badge">{t.unread}</span>} {pick(item.title, lang)}
          </p>
          <p>{pick(item.body, lang)}</p>
          <p class="muted">
            {formatDateTime(item.createdAt)}
            {item.nominationId && (
              <>
                {' · '}
                <Link href={`/nominations/${item.nominationId}`}>
                  {t.open}
                  {item.nominationNumber && ` ${item.nominationNumber}`}
                </Link>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
