import { useState } from 'preact/hooks';
import { AWARD_CODES } from '../../../../domain/catalogue/awardCodes';
import { ROLES } from '../../../../domain/process/roles';
import { useLang, useText } from '../../shell/i18n';
import { awardName, roleName, stageName } from '../../shell/labels';
import { WAITING_STAGES } from '../../../../domain/process/stages';
import type { DeskUnits } from './deskTypes';

const TEXT = {
  legend: { vi: 'Lọc danh sách', en: 'Filter the list' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  award: { vi: 'Danh hiệu, hình thức', en: 'Award' },
  year: { vi: 'Năm', en: 'Year' },
  stage: { vi: 'Bước', en: 'Stage' },
  holder: { vi: 'Người đang xử lý', en: 'Holder' },
  risk: { vi: 'Mức khẩn', en: 'Urgency' },
  all: { vi: 'Tất cả', en: 'All' },
  late: { vi: 'Chỉ hồ sơ quá hạn', en: 'Late only' },
  atRisk: { vi: 'Quá hạn hoặc có nguy cơ trễ', en: 'Late or at risk' },
  apply: { vi: 'Lọc', en: 'Apply' },
  clear: { vi: 'Bỏ lọc', en: 'Clear' },
};

export const FILTER_KEYS = ['unitId', 'awardCode', 'year', 'stage', 'holder', 'risk'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

/** The desk's filters; applied together with one button, kept in the address. */
export function DeskFilters(props: {
  filters: Filters;
  units: DeskUnits | undefined;
  onApply: (filters: Filters) => void;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const [draft, setDraft] = useState<Filters>(props.filters);
  const set = (key: keyof Filters) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: e.currentTarget.value });
  const select = (key: keyof Filters, label: string, options: [string, string][]) => (
    <div class="field">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={draft[key] ?? ''} onChange={set(key)}>
        <option value="">{t.all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply(draft);
      }}
    >
      <fieldset>
        <legend>{t.legend}</legend>
        <div class="grid-2">
          {select(
            'unitId',
            t.unit,
            (props.units?.items ?? []).map((u) => [u.unitId, `${u.unitId} — ${u.name}`]),
          )}
          {select(
            'awardCode',
            t.award,
            AWARD_CODES.map((c) => [c, awardName(c, lang)]),
          )}
          <div class="field">
            <label for="filter-year">{t.year}</label>
            <input
              id="filter-year"
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              value={draft.year ?? ''}
              onInput={set('year')}
            />
          </div>
          {select(
            'stage',
            t.stage,
            WAITING_STAGES.map((s) => [s, stageName(s, lang)]),
          )}
          {select(
            'holder',
            t.holder,
            ROLES.map((r) => [r, roleName(r, lang)]),
          )}
          {select('risk', t.risk, [
            ['late', t.late],
            ['at_risk', t.atRisk],
          ])}
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            {t.apply}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft({});
              props.onApply({});
            }}
          >
            {t.clear}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
