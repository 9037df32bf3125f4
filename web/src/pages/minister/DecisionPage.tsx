import { DataTable } from '../../shell/DataTable';
import { formatDate } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import type { RouteProps } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useResource } from '../../shell/useResource';
import { CouncilTally } from './CouncilTally';
import { DECISION_STATUS, type Decision } from './decisionTypes';
import { RulingForm } from './RulingForm';

const TEXT = {
  status: { vi: 'Tình trạng', en: 'Status' },
  drafted: { vi: 'Dự thảo', en: 'Drafted' },
  by: { vi: 'bởi', en: 'by' },
  number: { vi: 'Số quyết định', en: 'Decision number' },
  signer: { vi: 'Người ký', en: 'Signed by' },
  annex: { vi: 'Danh sách kèm theo (Hội đồng đã thông qua)', en: 'Annex (passed by the council)' },
  nominee: { vi: 'Người được khen thưởng', en: 'Nominee' },
  position: { vi: 'Chức vụ', en: 'Position' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  council: { vi: 'Kết quả bỏ phiếu của Hội đồng', en: "The council's vote" },
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  open: { vi: 'Xem', en: 'Open' },
  struck: { vi: 'Không đồng ý', en: 'Struck' },
  pdf: { vi: 'Dự thảo quyết định (PDF)', en: 'Draft decision (PDF)' },
  signedPdf: { vi: 'Quyết định (PDF)', en: 'Decision (PDF)' },
};

const SIGNERS = ['minister', 'deputy_minister'];

/**
 * A decision with its annex — each nominee beside the council's vote on them — the document
 * itself, and the minister's ruling while it is a draft.
 */
export function DecisionPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const resource = useResource<Decision>(`/api/decisions/${props.params.id}`);
  const d = resource.data;
  if (resource.problem && !d) return <ProblemMessage problem={resource.problem} />;
  if (!d) return <Placeholder rows={10} />;
  const struck = new Map(d.struck.map((s) => [s.nominationId, s.reason]));
  const tallies = new Map(d.councilResults.map((r) => [r.nominationId, r]));
  const voted = tallies.size > 0;
  return (
    <>
      <h1>{awardOfYear(d.awardCode, d.year, lang)}</h1>
      <dl class="facts card">
        <dt>{t.status}</dt>
        <dd>{pick(DECISION_STATUS[d.status], lang)}</dd>
        <dt>{t.drafted}</dt>
        <dd>
          {formatDate(d.draftedAt)} {t.by} {d.draftedBy.name}
        </dd>
        {d.number && (
          <>
            <dt>{t.number}</dt>
            <dd>
              {d.number} ({formatDate(d.signedOn)})
            </dd>
            <dt>{t.signer}</dt>
            <dd>{d.signer?.name}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/decisions/${d._id}/decision.pdf`}>{d.number ? t.signedPdf : t.pdf}</a>
      </p>
      {d.status === 'draft' && SIGNERS.includes(user.role) && (
        <RulingForm decision={d} onDone={resource.reload} />
      )}
      <section aria-labelledby="annex-title">
        <h2 id="annex-title">{t.annex}</h2>
        <DataTable columns={[t.nominee, t.position, t.unit, voted && t.council, t.dossier]}>
          {d.annex.map((item) => (
            <tr key={item.nominationId}>
              <td>
                {item.nomineeName}
                {struck.has(item.nominationId) && (
                  <span class="badge stage-rejected">
                    {' '}
                    {t.struck}: {struck.get(item.nominationId)}
                  </span>
                )}
              </td>
              <td>{item.position ?? ''}</td>
              <td>{item.unitName ?? item.unitId}</td>
              {voted && (
                <td>
                  <CouncilTally tally={tallies.get(item.nominationId)} />
                </td>
              )}
              <td>
                <Link href={`/nominations/${item.nominationId}`}>{t.open}</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}
