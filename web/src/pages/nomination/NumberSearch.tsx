import { useEffect, useState } from 'preact/hooks';
import { query, type Page } from '../../shell/api';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { describedBy, Field, problemAt } from '../../shell/problems';
import { navigate } from '../../shell/router';
import { useResource } from '../../shell/useResource';
import type { Nomination } from './nominationTypes';

const TEXT = {
  label: { vi: 'Tìm theo số hồ sơ', en: 'Find by dossier number' },
  hint: {
    vi: 'Số hồ sơ (VCSDT-2025-0012) hoặc số của một trường hợp (VCSDT-2025-0012/2).',
    en: 'A dossier number (VCSDT-2025-0012) or one nominee’s (VCSDT-2025-0012/2).',
  },
  find: { vi: 'Tìm', en: 'Find' },
  none: { vi: 'Không có hồ sơ mang số này.', en: 'No dossier has this number.' },
};

/**
 * Finds a dossier by its number: one nominee opens at once; a dossier of several lists them.
 * Only what the reader may see is found (`GET /api/nominations?number=`).
 */
export function NumberSearch() {
  const t = useText(TEXT);
  const lang = useLang();
  const [typed, setTyped] = useState('');
  const [sought, setSought] = useState<string | null>(null);
  const found = useResource<Page<Nomination>>(
    sought === null ? null : `/api/nominations${query({ number: sought, pageSize: 200 })}`,
  );
  const items = sought === null ? undefined : found.data?.items;
  useEffect(() => {
    if (items?.length === 1) navigate(`/nominations/${items[0]!._id}`);
  }, [items]);
  const problem = problemAt(found.problem, 'number');
  return (
    <form
      class="number-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        setSought(typed.trim());
      }}
    >
      <Field id="number-search" label={t.label} hint={t.hint} problem={problem}>
        <input
          id="number-search"
          value={typed}
          placeholder="VCSDT-2025-0012"
          autocomplete="off"
          onInput={(e) => setTyped(e.currentTarget.value)}
          {...describedBy('number-search', problem)}
        />
      </Field>
      <button type="submit">{t.find}</button>
      {items?.length === 0 && (
        <p class="empty" role="status">
          {t.none}
        </p>
      )}
      {items && items.length > 1 && (
        <ul role="status">
          {items.map((n) => (
            <li key={n._id}>
              <Link href={`/nominations/${n._id}`}>{n.number}</Link> — {n.nominee.name},{' '}
              {awardOfYear(n.awardCode, n.year, lang)}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
