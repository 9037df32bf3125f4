import type { EligibilityResult } from '../../../../domain/eligibility/reason';
import { formatCitation } from '../../../../domain/ruleSets/citation';
import type { RegimeChoice } from '../../../../domain/ruleSets/regime';
import { query } from '../../shell/api';
import { pick, useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import { EligibilityReasons } from '../nomination/EligibilityReasons';

const TEXT = {
  title: { vi: 'Xem trước điều kiện', en: 'Eligibility preview' },
  needPerson: {
    vi: 'Chọn người trong dữ liệu khen thưởng để xem trước điều kiện theo dữ liệu đã lưu.',
    en: 'Choose the person in the stored history to preview eligibility from it.',
  },
  ruleSet: { vi: 'Theo', en: 'Under' },
  basis: { vi: 'Căn cứ', en: 'Legal basis' },
};

/** The rules' answer for this person, award and year, as the appraisal will compute it. */
export function EligibilityPreview(props: {
  personId: string;
  awardCode: string;
  year: number;
  reviewOccasion: string;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const { personId } = props;
  const path =
    personId && props.awardCode && props.year
      ? `/api/people/${encodeURIComponent(personId)}/eligibility${query({ award: props.awardCode, year: props.year, reviewOccasion: props.reviewOccasion })}`
      : null;
  const result = useResource<
    EligibilityResult & { ruleSet: { name: { vi: string; en: string } }; regime: RegimeChoice }
  >(path);
  return (
    <div class="preview" aria-live="polite">
      <h4>{t.title}</h4>
      {!path ? (
        <p class="muted">{t.needPerson}</p>
      ) : result.loading && !result.data ? (
        <Placeholder rows={2} />
      ) : result.problem ? (
        <ProblemMessage problem={result.problem} />
      ) : result.data ? (
        <>
          <EligibilityReasons verdict={result.data.verdict} reasons={result.data.reasons} />
          <p class="muted">
            {t.ruleSet}: {pick(result.data.ruleSet.name, lang)}
          </p>
          <p class="muted regime">
            {pick(result.data.regime.message, lang)} — {t.basis}:{' '}
            {result.data.regime.basis.map(formatCitation).join('; ')}
          </p>
        </>
      ) : null}
    </div>
  );
}
