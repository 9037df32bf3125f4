import { DataTable } from '../../shell/DataTable';
import { pick, useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { LockIcon } from '../../shell/LockIcon';
import { Link } from '../../shell/Link';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Hồ sơ đưa ra xét', en: 'Agenda' },
  nominee: { vi: 'Người được đề nghị', en: 'Nominee' },
  award: { vi: 'Danh hiệu', en: 'Award' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  ballot: { vi: 'Hình thức biểu quyết', en: 'Ballot' },
  secret: { vi: 'Bỏ phiếu kín', en: 'Secret ballot' },
  open: { vi: 'Biểu quyết công khai', en: 'Open vote' },
  result: { vi: 'Kết quả', en: 'Result' },
  counts: { vi: 'Đồng ý / Không / Không ý kiến', en: 'Approve / Reject / Abstain' },
  none: { vi: 'Chưa có hồ sơ nào trong phiên họp.', en: 'No nominations on the agenda yet.' },
  dossier: { vi: 'Xem hồ sơ và kết quả kiểm tra', en: 'Dossier and eligibility check' },
};

/** The nominees, how each is voted on, and — once the round is closed — the tally. */
export function AgendaTable(props: { round: Round }) {
  const t = useText(TEXT);
  const lang = useLang();
  const { agenda, results } = props.round;
  if (agenda.length === 0) return <p class="empty">{t.none}</p>;
  return (
    <DataTable
      columns={[
        t.nominee,
        t.award,
        t.unit,
        t.ballot,
        results.length > 0 && t.counts,
        results.length > 0 && t.result,
      ]}
    >
      {agenda.map((item) => {
        const result = results.find((r) => r.nominationId === item.nominationId);
        return (
          <tr key={item.nominationId}>
            <td>
              <Link href={`/nominations/${item.nominationId}`} title={t.dossier}>
                {item.nomineeName}
              </Link>
            </td>
            <td>{awardOfYear(item.awardCode, item.year, lang)}</td>
            <td>{item.unitId}</td>
            <td>
              {item.rule.ballot === 'secret' ? (
                <span class="badge secret-badge">
                  <LockIcon /> {t.secret}
                </span>
              ) : (
                t.open
              )}
            </td>
            {results.length > 0 && (
              <td>
                {result
                  ? `${result.counts.approve} / ${result.counts.reject} / ${result.counts.abstain}`
                  : '—'}
              </td>
            )}
            {results.length > 0 && <td>{result ? pick(result.explanation, lang) : '—'}</td>}
          </tr>
        );
      })}
    </DataTable>
  );
}
