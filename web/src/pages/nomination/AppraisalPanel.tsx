import { CATALOGUE } from '../../../../domain/catalogue/awards';
import type { AwardCode } from '../../../../domain/catalogue/awardCodes';
import { DOCUMENT_CODES } from '../../../../domain/catalogue/documents';
import { useLang, useText } from '../../shell/i18n';
import { documentName } from '../../shell/labels';
import { describedBy, Field, ProblemMessage, problemAt } from '../../shell/problems';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import type { Nomination } from './nominationTypes';
import { useAction } from './useAction';

const TEXT = {
  heading: { vi: 'Thẩm định hồ sơ', en: 'Appraisal' },
  outcome: { vi: 'Kết quả thẩm định', en: 'Outcome' },
  accept: { vi: 'Chấp nhận', en: 'Accept' },
  return: { vi: 'Trả lại để bổ sung', en: 'Return for supplement' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  reasons: { vi: 'Lý do theo từng mục', en: 'Reasons, item by item' },
  item: { vi: 'Mục', en: 'Item' },
  message: { vi: 'Nội dung cần bổ sung, sửa đổi', en: 'What is missing or wrong' },
  addReason: { vi: '+ Thêm lý do', en: '+ Add a reason' },
  removeReason: { vi: 'Bỏ lý do này', en: 'Remove this reason' },
  achievements: { vi: 'Tóm tắt thành tích', en: 'Achievements' },
  nominee: { vi: 'Thông tin người được đề nghị', en: 'Nominee details' },
  note: { vi: 'Ghi chú', en: 'Note' },
  send: { vi: 'Ghi nhận kết quả thẩm định', en: 'Record the appraisal' },
};

type Outcome = 'accept' | 'return' | 'reject';
interface ReasonRow {
  item: string;
  message: string;
}

const CODE_OF: Record<Outcome, (item: string) => string> = {
  accept: () => 'NOTE',
  return: (item) => (item.startsWith('documents.') ? 'MISSING_DOCUMENT' : 'NEEDS_CORRECTION'),
  reject: () => 'INELIGIBLE',
};

/** The secretariat accepts, returns with a reason per item, or rejects; a stale view is refused. */
export function AppraisalPanel(props: { nomination: Nomination; onDone: () => void }) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const n = props.nomination;
  const [form, setForm, clearForm] = useStoredDraft(
    `${user.userId}.appraisal.${n._id}.${n.lastSeq}`,
    () => ({
      outcome: 'accept' as Outcome,
      reasons: [] as ReasonRow[],
      note: '',
    }),
  );
  const action = useAction(() => {
    clearForm();
    props.onDone();
  });
  const required = (CATALOGUE[n.awardCode as AwardCode]?.dossier ?? []).map((d) => d.document);
  const items = [...required, ...DOCUMENT_CODES.filter((c) => !required.includes(c))].map(
    (code) => ({ value: `documents.${code}`, label: documentName(code, lang) }),
  );
  items.unshift(
    { value: 'achievements', label: t.achievements },
    { value: 'nominee', label: t.nominee },
  );
  const setReason = (i: number, change: Partial<ReasonRow>) =>
    setForm({
      ...form,
      reasons: form.reasons.map((r, j) => (j === i ? { ...r, ...change } : r)),
    });
  const withReasons = form.outcome !== 'accept';
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(`/api/nominations/${n._id}/appraisal`, {
      outcome: form.outcome,
      expectedSeq: n.lastSeq,
      ...(withReasons && {
        reasons: form.reasons.map((r) => ({
          code: CODE_OF[form.outcome](r.item),
          message: { vi: r.message },
          item: r.item,
        })),
      }),
      ...(form.note && { note: form.note }),
    });
  };
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="appraisal-title">
      <h2 id="appraisal-title">{t.heading}</h2>
      <fieldset class="choice-row">
        <legend>{t.outcome}</legend>
        {(['accept', 'return', 'reject'] as const).map((outcome) => (
          <label key={outcome}>
            <input
              type="radio"
              name="outcome"
              checked={form.outcome === outcome}
              onChange={() =>
                setForm({
                  ...form,
                  outcome,
                  reasons:
                    outcome !== 'accept' && form.reasons.length === 0
                      ? [{ item: items[2]!.value, message: '' }]
                      : form.reasons,
                })
              }
            />
            {t[outcome]}
          </label>
        ))}
      </fieldset>
      {withReasons && (
        <fieldset>
          <legend>{t.reasons}</legend>
          {form.reasons.map((reason, i) => {
            const messageProblem = problemAt(action.problem, `reasons.${i}`);
            return (
              <div class="grid-2" key={i}>
                <Field id={`reason-${i}-item`} label={`${t.item} ${i + 1}`}>
                  <select
                    id={`reason-${i}-item`}
                    value={reason.item}
                    onChange={(e) => setReason(i, { item: e.currentTarget.value })}
                  >
                    {items.map((item) => (
                      <option key={item.value} value={item.value}>
                        {item.label}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={`reason-${i}-message`} label={t.message} problem={messageProblem}>
                  <textarea
                    id={`reason-${i}-message`}
                    value={reason.message}
                    onInput={(e) => setReason(i, { message: e.currentTarget.value })}
                    {...describedBy(`reason-${i}-message`, messageProblem)}
                  />
                </Field>
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    setForm({ ...form, reasons: form.reasons.filter((_, j) => j !== i) })
                  }
                >
                  {t.removeReason}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            onClick={() =>
              setForm({
                ...form,
                reasons: [...form.reasons, { item: items[0]!.value, message: '' }],
              })
            }
          >
            {t.addReason}
          </button>
        </fieldset>
      )}
      <Field id="appraisal-note" label={t.note}>
        <textarea
          id="appraisal-note"
          value={form.note}
          onInput={(e) => setForm({ ...form, note: e.currentTarget.value })}
        />
      </Field>
      <ProblemMessage
        problem={action.problem}
        fields={form.reasons.map((_, i) => `reasons.${i}`)}
      />
      <button type="submit" class="primary" disabled={action.busy}>
        {t.send}
      </button>
    </form>
  );
}
