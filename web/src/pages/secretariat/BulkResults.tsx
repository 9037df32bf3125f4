import { DataTable } from '../../shell/DataTable';
import { pick, useLang, useText } from '../../shell/i18n';
import type { BulkOutcome } from './deskTypes';

const TEXT = {
  title: { vi: 'Kết quả thao tác', en: 'Outcome' },
  done: { vi: 'Đã thực hiện', en: 'Done' },
  refused: { vi: 'Không thực hiện được', en: 'Refused' },
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  result: { vi: 'Kết quả', en: 'Result' },
};

/** What the bulk action did to each dossier: done, or refused with the server's reason. */
export function BulkResults(props: { outcome: BulkOutcome; names: ReadonlyMap<string, string> }) {
  const t = useText(TEXT);
  const lang = useLang();
  const { outcome } = props;
  return (
    <section aria-labelledby="bulk-results-title" role="status">
      <h2 id="bulk-results-title">
        {t.title}: {outcome.done} {t.done.toLowerCase()}, {outcome.refused}{' '}
        {t.refused.toLowerCase()}
      </h2>
      <DataTable columns={[t.dossier, t.result]}>
        {outcome.results.map((r) => (
          <tr key={r.nominationId}>
            <td>{props.names.get(r.nominationId) ?? r.nominationId}</td>
            <td>
              {r.status === 'done' ? (
                <span class="due due-onTime">✓ {t.done}</span>
              ) : (
                <>
                  <span class="due due-overdue">✗ {t.refused}</span>{' '}
                  {r.error &&
                    pick({ vi: r.error.messageVi ?? r.error.message, en: r.error.message }, lang)}
                </>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
