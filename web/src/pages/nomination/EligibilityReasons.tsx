import type { Reason, Verdict } from '../../../../domain/eligibility/reason';
import { formatCitation } from '../../../../domain/ruleSets/citation';
import { pick, useLang, useText } from '../../shell/i18n';

const TEXT = {
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  not_eligible: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  needs_judgement: { vi: 'Cần xem xét', en: 'Needs judgement' },
  blocking: { vi: 'Không đạt', en: 'Not met' },
  needsJudgement: { vi: 'Cần xem xét', en: 'To judge' },
  info: { vi: 'Đạt', en: 'Met' },
  basis: { vi: 'Căn cứ', en: 'Legal basis' },
};

const VERDICT_CLASS: Record<Verdict, string> = {
  eligible: 'stage-approved',
  not_eligible: 'stage-rejected',
  needs_judgement: 'stage-returned',
};

/** A verdict and each rule's reason with its legal citation, blocking ones first. */
export function EligibilityReasons(props: { verdict: Verdict; reasons: readonly Reason[] }) {
  const t = useText(TEXT);
  const lang = useLang();
  const order = { blocking: 0, needs_judgement: 1, info: 2 };
  const reasons = [...props.reasons].sort((a, b) => order[a.severity] - order[b.severity]);
  const severity = (r: Reason) =>
    r.severity === 'needs_judgement' ? t.needsJudgement : t[r.severity];
  return (
    <div class="eligibility">
      <p>
        <span class={`badge ${VERDICT_CLASS[props.verdict]}`}>{t[props.verdict]}</span>
      </p>
      <ul class="reasons">
        {reasons.map((reason) => (
          <li key={reason.code} class={`reason reason-${reason.severity}`}>
            <strong>{severity(reason)}:</strong> {pick(reason.message, lang)}
            {reason.citation && (
              <span class="citation">
                {' '}
                — {t.basis}: {formatCitation(reason.citation)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
