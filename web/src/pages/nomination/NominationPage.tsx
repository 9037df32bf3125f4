import { DOCUMENT_TYPES } from '../../../../domain/agency/agencyIdentity';
import { DECIDER_TEXT } from '../../../../domain/catalogue/awardDefinition';
import { REVIEW_OCCASION_TEXT } from '../../../../domain/eligibility/context';
import { isUnitRole } from '../../../../domain/process/roles';
import { formatDate, formatDateTime } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear, documentName } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import type { RouteProps } from '../../shell/router';
import { useUser } from '../../shell/session';
import { StageBadge } from '../../shell/StageBadge';
import { useResource } from '../../shell/useResource';
import { AppraisalPanel } from './AppraisalPanel';
import { EligibilityReasons } from './EligibilityReasons';
import type { Nomination } from './nominationTypes';
import { ProcessPicture } from './ProcessPicture';
import { Timeline } from './Timeline';
import { UnitActions } from './UnitActions';

const TEXT = {
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  number: { vi: 'Số hồ sơ', en: 'Dossier number' },
  draft: { vi: 'Dự thảo, chưa có số', en: 'Draft, not numbered yet' },
  letter: { vi: 'Tờ trình (PDF)', en: 'Submission letter (PDF)' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  position: { vi: 'Chức vụ', en: 'Position' },
  person: { vi: 'Mã cán bộ', en: "Person's code" },
  version: { vi: 'Phiên bản hồ sơ', en: 'Dossier version' },
  occasion: { vi: 'Dịp xét', en: 'Review occasion' },
  received: { vi: 'Ngày tiếp nhận', en: 'Received on' },
  external: { vi: 'Quyết định của cấp trên', en: "Higher authority's decision" },
  granted: { vi: 'được khen thưởng', en: 'granted' },
  refused: { vi: 'không được khen thưởng', en: 'refused' },
  round: { vi: 'Phiên họp Hội đồng', en: 'Council round' },
  open: { vi: 'Mở', en: 'Open' },
  achievements: { vi: 'Tóm tắt thành tích', en: 'Achievements' },
  documents: { vi: 'Tài liệu kèm theo', en: 'Attachments' },
  noDocuments: { vi: 'Chưa có tài liệu.', en: 'No documents.' },
  checks: { vi: 'Kết quả kiểm tra điều kiện', en: 'Eligibility check' },
  judgedBy: { vi: 'Theo bộ quy tắc', en: 'Under rule set' },
  revision: { vi: 'cấu hình', en: 'configuration' },
  shipped: { vi: 'giá trị gốc', en: 'shipped values' },
  noChecks: {
    vi: 'Kiểm tra tự động chạy khi hồ sơ được trình.',
    en: 'The automatic check runs when the dossier is submitted.',
  },
};

/**
 * One nomination for every role within its rights: where it is in the process and what
 * comes next, every step against its deadline, the eligibility check with its citations,
 * and the actions the reader may take now.
 */
export function NominationPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const resource = useResource<Nomination>(`/api/nominations/${props.params.id}`);
  const n = resource.data;
  if (resource.problem && !n) return <ProblemMessage problem={resource.problem} />;
  if (!n) return <Placeholder rows={12} />;
  return (
    <>
      <h1>
        {n.nominee.name} — {awardOfYear(n.awardCode, n.year, lang)} <StageBadge stage={n.stage} />
      </h1>
      <p class="muted">
        {t.number}: {n.number ?? t.draft}
        {n.number && n.dossierId && (
          <>
            {' · '}
            <a href={`/api/dossiers/${n.dossierId}/submission-letter.pdf`}>{t.letter}</a>
          </>
        )}
      </p>
      <ProcessPicture nomination={n} />
      {isUnitRole(user.role) && <UnitActions nomination={n} onDone={resource.reload} />}
      {user.role === 'secretariat' && n.stage === 'appraisal' && (
        <AppraisalPanel nomination={n} onDone={resource.reload} />
      )}
      <div class="columns">
        <div>
          <Timeline nomination={n} />
          <section>
            <h2>{t.achievements}</h2>
            <p class="prewrap">{n.achievements}</p>
            <h3>{t.documents}</h3>
            {n.documents.length === 0 ? (
              <p class="empty">{t.noDocuments}</p>
            ) : (
              <ul>
                {n.documents.map((d, i) => (
                  <li key={i}>
                    {documentName(d.code, lang)}: {d.title}
                    {d.reference && ` (${d.reference})`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div>
          <section>
            <h2>{t.dossier}</h2>
            <dl class="facts">
              <dt>{t.unit}</dt>
              <dd>{n.unitId}</dd>
              {n.nominee.position && (
                <>
                  <dt>{t.position}</dt>
                  <dd>{n.nominee.position}</dd>
                </>
              )}
              {n.nominee.personId && (
                <>
                  <dt>{t.person}</dt>
                  <dd>{n.nominee.personId}</dd>
                </>
              )}
              {n.reviewOccasion && (
                <>
                  <dt>{t.occasion}</dt>
                  <dd>{REVIEW_OCCASION_TEXT[n.reviewOccasion][lang]}</dd>
                </>
              )}
              <dt>{t.version}</dt>
              <dd>{n.dossierVersion}</dd>
              {n.receivedOn && (
                <>
                  <dt>{t.received}</dt>
                  <dd>{formatDate(n.receivedOn)}</dd>
                </>
              )}
              {n.roundId && !isUnitRole(user.role) && (
                <>
                  <dt>{t.round}</dt>
                  <dd>
                    <Link href={`/council/rounds/${n.roundId}`}>{t.open}</Link>
                  </dd>
                </>
              )}
              {(n.decision?.number || n.decisionId) && (
                <>
                  <dt>{DOCUMENT_TYPES[n.decision?.documentType ?? 'decision'].name[lang]}</dt>
                  <dd>
                    {n.decision?.number ?? ''}
                    {n.decision?.signedAt && ` (${formatDate(n.decision.signedAt)})`}
                  </dd>
                </>
              )}
              {n.externalDecision && (
                <>
                  <dt>{t.external}</dt>
                  <dd>
                    {n.externalDecision.number} ({formatDate(n.externalDecision.decidedOn)},{' '}
                    {DECIDER_TEXT[n.externalDecision.issuer][lang]}):{' '}
                    {n.externalDecision.outcome === 'granted' ? t.granted : t.refused}
                  </dd>
                </>
              )}
            </dl>
          </section>
          <section>
            <h2>{t.checks}</h2>
            {n.checks ? (
              <>
                <EligibilityReasons verdict={n.checks.verdict} reasons={n.checks.reasons} />
                {n.checks.ruleSetId && (
                  <p class="muted">
                    {t.judgedBy} {n.checks.ruleSetId}, {t.revision}{' '}
                    {n.checks.configRevision ?? t.shipped}
                    {n.checks.ranAt && ` (${formatDateTime(n.checks.ranAt)})`}
                  </p>
                )}
              </>
            ) : (
              <p class="muted">{t.noChecks}</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
