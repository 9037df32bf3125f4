import { useState } from 'preact/hooks';
import { query, type Page } from '../../shell/api';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { Placeholder } from '../../shell/Placeholder';
import { Field, ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import type { Nomination } from '../nomination/nominationTypes';
import { useAction } from '../nomination/useAction';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Đưa hồ sơ vào phiên họp', en: 'Add nominations' },
  waiting: { vi: 'Hồ sơ chờ Hội đồng xét', en: 'Nominations awaiting the council' },
  none: { vi: 'Không có hồ sơ nào chờ Hội đồng xét.', en: 'No nominations await the council.' },
  ldtt: {
    vi: 'Số cá nhân đạt Lao động tiên tiến năm {year} của {unit} (tính tỷ lệ 15% Chiến sĩ thi đua cơ sở)',
    en: "{unit}'s Advanced Workers in {year} (the 15% quota's base)",
  },
  add: { vi: 'Đưa vào phiên họp', en: 'Add to the round' },
};

/** The secretariat puts accepted nominations on the agenda, with the quota's LĐTT count. */
export function AddNominationsForm(props: { round: Round; onDone: () => void }) {
  const t = useText(TEXT);
  const lang = useLang();
  const candidates = useResource<Page<Nomination>>(
    `/api/nominations${query({ stage: 'council_review', pageSize: 100 })}`,
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [ldtt, setLdtt] = useState<Record<string, string>>({});
  const action = useAction(props.onDone);
  const onAgenda = new Set(props.round.agenda.map((a) => a.nominationId));
  const items = (candidates.data?.items ?? []).filter((n) => !onAgenda.has(n._id));
  const chosen = items.filter((n) => selected.includes(n._id));
  const quotaUnits = [
    ...new Set(chosen.filter((n) => n.awardCode === 'CSTDCS').map((n) => `${n.unitId}:${n.year}`)),
  ];
  const submit = (event: Event) => {
    event.preventDefault();
    const ldttHolders = quotaUnits
      .filter((key) => ldtt[key])
      .map((key) => {
        const [unitId, year] = key.split(':');
        return { unitId: unitId!, year: Number(year), count: Number(ldtt[key]) };
      });
    void action.run(`/api/council-rounds/${props.round._id}/nominations`, {
      nominations: selected.map((nominationId) => ({ nominationId })),
      ...(ldttHolders.length > 0 && { ldttHolders }),
    });
  };
  return (
    <form class="card" onSubmit={submit} noValidate>
      <h2>{t.heading}</h2>
      {!candidates.data ? (
        <Placeholder rows={3} />
      ) : items.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <fieldset>
          <legend>{t.waiting}</legend>
          {items.map((n) => (
            <label key={n._id} class="check-line">
              <input
                type="checkbox"
                checked={selected.includes(n._id)}
                onChange={() =>
                  setSelected(
                    selected.includes(n._id)
                      ? selected.filter((s) => s !== n._id)
                      : [...selected, n._id],
                  )
                }
              />
              {n.nominee.name} — {awardOfYear(n.awardCode, n.year, lang)} ({n.unitId})
            </label>
          ))}
        </fieldset>
      )}
      {quotaUnits.map((key) => {
        const [unit, year] = key.split(':');
        const id = `ldtt-${unit}-${year}`;
        return (
          <Field id={id} key={key} label={t.ldtt.replace('{unit}', unit!).replace('{year}', year!)}>
            <input
              id={id}
              type="number"
              min={0}
              inputMode="numeric"
              value={ldtt[key] ?? ''}
              onInput={(e) => setLdtt({ ...ldtt, [key]: e.currentTarget.value })}
            />
          </Field>
        );
      })}
      <ProblemMessage problem={action.problem} />
      <button type="submit" class="primary" disabled={action.busy || selected.length === 0}>
        {t.add} ({selected.length})
      </button>
    </form>
  );
}
