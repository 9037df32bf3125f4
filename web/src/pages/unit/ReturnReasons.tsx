import { pick, useLang, useText } from '../../shell/i18n';
import { documentName } from '../../shell/labels';
import type { HistoryEntry } from '../nomination/nominationTypes';

const TEXT = {
  heading: { vi: 'Cần bổ sung, sửa đổi', en: 'What to fix' },
  item: { vi: 'Mục', en: 'Item' },
};

/** The reasons of the latest return, item by item: what the unit must fix before resubmitting. */
export function ReturnReasons(props: { history: HistoryEntry[] }) {
  const t = useText(TEXT);
  const lang = useLang();
  const latest = [...props.history].reverse().find((h) => h.action === 'returned');
  if (!latest) return null;
  const itemName = (item: string) =>
    item.startsWith('documents.') ? documentName(item.slice('documents.'.length), lang) : item;
  return (
    <div class="card return-reasons" role="note">
      <h2>{t.heading}</h2>
      <ul>
        {(latest.reasons ?? []).map((reason, i) => (
          <li key={i}>
            {reason.item && (
              <strong>
                {t.item} {itemName(reason.item)}:{' '}
              </strong>
            )}
            {pick(reason.message, lang)}
          </li>
        ))}
        {latest.reason && <li>{latest.reason}</li>}
      </ul>
    </div>
  );
}
