import { AWARD_CODES } from '../../../../domain/catalogue/awardCodes';
import type { Problem } from '../../shell/api';
import { useLang, useText } from '../../shell/i18n';
import { awardName } from '../../shell/labels';
import { describedBy, Field, problemAt } from '../../shell/problems';

const TEXT = {
  award: { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Award' },
  year: { vi: 'Năm', en: 'Year' },
};

/** The award and the year every nominee of a dossier is proposed for. */
export function AwardYearFields(props: {
  awardCode: string;
  year: number;
  problem: Problem | undefined;
  onChange: (change: { awardCode?: string; year?: number }) => void;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const yearProblem = problemAt(props.problem, 'year');
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
    </div>
  );
}
