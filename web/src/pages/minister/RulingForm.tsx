import { useText } from '../../shell/i18n';
import { describedBy, Field, ProblemMessage, problemAt } from '../../shell/problems';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import { useAction } from '../nomination/useAction';
import type { Decision } from './decisionTypes';

const TEXT = {
  heading: { vi: 'Ý kiến của Bộ trưởng', en: "The minister's ruling" },
  outcome: { vi: 'Quyết định', en: 'Ruling' },
  approve_all: { vi: 'Đồng ý tất cả', en: 'Approve all' },
  approve_some: { vi: 'Đồng ý một số', en: 'Approve some' },
  reject: { vi: 'Không đồng ý', en: 'Refuse' },
  return_to_council: { vi: 'Trả về Hội đồng', en: 'Return to the council' },
  return_to_secretariat: { vi: 'Trả về Thường trực', en: 'Return to the secretariat' },
  strike: { vi: 'Không đồng ý với', en: 'Strike' },
  strikeReason: { vi: 'Lý do không đồng ý', en: 'Reason' },
  reason: { vi: 'Lý do', en: 'Reason' },
  sign: { vi: 'Ký và ban hành', en: 'Sign and issue' },
  send: { vi: 'Ghi nhận', en: 'Record the ruling' },
};

type Outcome =
  | 'approve_all'
  | 'approve_some'
  | 'reject'
  | 'return_to_council'
  | 'return_to_secretariat';
const OUTCOMES: Outcome[] = [
  'approve_all',
  'approve_some',
  'reject',
  'return_to_council',
  'return_to_secretariat',
];

/** Sign all or some (each struck nominee with its reason), refuse, or send it back. */
export function RulingForm(props: { decision: Decision; onDone: () => void }) {
  const t = useText(TEXT);
  const user = useUser();
  const d = props.decision;
  const [form, setForm, clearForm] = useStoredDraft(`${user.userId}.ruling.${d._id}`, () => ({
    outcome: 'approve_all' as Outcome,
    struck: {} as Record<string, string>,
    reason: '',
  }));
  const action = useAction(() => {
    clearForm();
    props.onDone();
  });
  const struckIds = Object.keys(form.struck);
  const signs = form.outcome === 'approve_all' || form.outcome === 'approve_some';
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(`/api/decisions/${d._id}/ruling`, {
      outcome: form.outcome,
      ...(form.outcome === 'approve_some' && {
        struck: struckIds.map((nominationId) => ({
          nominationId,
          reason: form.struck[nominationId],
        })),
      }),
      ...(!signs && { reason: form.reason }),
    });
  };
  const toggle = (id: string) => {
    const struck = { ...form.struck };
    if (id in struck) delete struck[id];
    else struck[id] = '';
    setForm({ ...form, struck });
  };
  const reasonProblem = problemAt(action.problem, 'reason');
  return (
    <form class="card" onSubmit={submit} noValidate>
      <h2>{t.heading}</h2>
      <fieldset class="choice-row">
        <legend>{t.outcome}</legend>
        {OUTCOMES.map((outcome) => (
          <label key={outcome}>
            <input
              type="radio"
              name="ruling"
              checked={form.outcome === outcome}
              onChange={() => setForm({ ...form, outcome })}
            />
            {t[outcome]}
          </label>
        ))}
      </fieldset>
      {form.outcome === 'approve_some' &&
        d.annex.map((item, i) => {
          const struck = item.nominationId in form.struck;
          const problem = problemAt(
            action.problem,
            `struck.${struckIds.indexOf(item.nominationId)}`,
          );
          return (
            <div key={item.nominationId} class="strike-row">
              <label class="check-line">
                <input
                  type="checkbox"
                  checked={struck}
                  onChange={() => toggle(item.nominationId)}
                />
                {t.strike}: {item.nomineeName}
              </label>
              {struck && (
                <Field
                  id={`strike-${i}`}
                  label={`${t.strikeReason}: ${item.nomineeName}`}
                  problem={problem}
                >
                  <textarea
                    id={`strike-${i}`}
                    value={form.struck[item.nominationId]}
                    onInput={(e) =>
                      setForm({
                        ...form,
                        struck: { ...form.struck, [item.nominationId]: e.currentTarget.value },
                      })
                    }
                    {...describedBy(`strike-${i}`, problem)}
                  />
                </Field>
              )}
            </div>
          );
        })}
      {!signs && (
        <Field id="ruling-reason" label={t.reason} problem={reasonProblem}>
          <textarea
            id="ruling-reason"
            value={form.reason}
            onInput={(e) => setForm({ ...form, reason: e.currentTarget.value })}
            {...describedBy('ruling-reason', reasonProblem)}
          />
        </Field>
      )}
      <ProblemMessage
        problem={action.problem}
        fields={['reason', ...struckIds.map((_, i) => `struck.${i}`)]}
      />
      <button type="submit" class="primary" disabled={action.busy}>
        {signs ? t.sign : t.send}
      </button>
    </form>
  );
}
