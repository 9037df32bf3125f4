import { useEffect, useState } from 'preact/hooks';
import type { EligibilityResult } from '../../../../domain/eligibility/reason';
import { query } from '../../shell/api';
import { pick, useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import { EligibilityReasons } from '../nomination/EligibilityReasons';

const TEXT = {
  title: { vi: 'Xem trước điều kiện', en: 'Eligibility preview' },
  needPerson: {
    vi: 'Nhập mã cán bộ để xem trước điều kiện theo dữ liệu khen thưởng đã lưu.',
    en: "Enter the person's code to preview eligibility from the stored history.",
  },
  ruleSet: { vi: 'Theo', en: 'Under' },
};

const TYPING_PAUSE_MS = 500;

/** The rules' answer for this person, award and year, as the appraisal will compute it. */
export function EligibilityPreview(props: { personId: string; awardCode: string; year: number }) {
  const t = useText(TEXT);
  const lang = useLang();
  const [personId, setPersonId] = useState(props.personId.trim());
  useEffect(() => {
    const timer = setTimeout(() => setPersonId(props.personId.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [props.personId]);
  const path =
    personId && props.awardCode && props.year
      ? `/api/people/${encodeURIComponent(personId)}/eligibility${query({ award: props.awardCode, year: props.year })}`
      : null;
  const result = useResource<EligibilityResult & { ruleSet: { name: { vi: string; en: string } } }>(
    path,
  );
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
        </>
      ) : null}
    </div>
  );
}
