import { AWARD_CODES } from '../../../../domain/catalogue/awardCodes';
import { REVIEW_OCCASIONS, REVIEW_OCCASION_TEXT } from '../../../../domain/eligibility/context';
import type { Problem } from '../../shell/api';
import { useLang, useText } from '../../shell/i18n';
import { awardName } from '../../shell/labels';
import { describedBy, Field, problemAt } from '../../shell/problems';

const TEXT = {
  award: { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Award' },
  year: { vi: 'Năm', en: 'Year' },
  occasion: { vi: 'Dịp xét', en: 'Review occasion' },
  noOccasion: { vi: '— Chưa xác định —', en: '— Not stated —' },
  occasionHint: {
    vi: 'Danh hiệu Anh hùng được xét tại Đại hội thi đua yêu nước.',
    en: 'Hero titles are considered at emulation congresses.',
  },
};

/** What a dossier or a nomination proposes its nominees for, as a draft keeps it. */
export interface AwardYearDraft {
  awardCode: string;
  year: number;
  /** '' or absent when not stated. */
  reviewOccasion?: string;
}

/**
 * The award, the year and the review occasion (year-end, emulation congress, ad hoc) every
 * nominee of a dossier is proposed for; '' is an occasion not stated.
 */
export function AwardYearFields(props: {
  awardCode: string;
  year: number;
  reviewOccasion: string;
  problem: Problem | undefined;
  onChange: (change: { awardCode?: string; year?: number; reviewOccasion?: string }) => void;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const yearProblem = problemAt(props.problem, 'year');
  const occasionProblem = problemAt(props.problem, 'reviewOccasion');
  return (
    <div class="grid-2">
      <Field id="award" label={t.award} problem={problemAt(props.problem, 'awardCode')}>
        <select
          id="award"
          value={props.awardCode}
          onChange={(e) => props.onChange({ awardCode: e.currentTarget.value })}
        >
          {AWARD_CODES.map((code) => (
            <option key={code} value={code}>
              {awardName(code, lang)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="year" label={t.year} problem={yearProblem}>
        <input
          id="year"
          type="number"
          inputMode="numeric"
          value={props.year}
          onInput={(e) => props.onChange({ year: Number(e.currentTarget.value) })}
          {...describedBy('year', yearProblem)}
        />
      </Field>
      <Field id="occasion" label={t.occasion} problem={occasionProblem} hint={t.occasionHint}>
        <select
          id="occasion"
          value={props.reviewOccasion}
          onChange={(e) => props.onChange({ reviewOccasion: e.currentTarget.value })}
          {...describedBy('occasion', occasionProblem)}
        >
          <option value="">{t.noOccasion}</option>
          {REVIEW_OCCASIONS.map((occasion) => (
            <option key={occasion} value={occasion}>
              {REVIEW_OCCASION_TEXT[occasion][lang]}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
