import { useState } from 'preact/hooks';
import { AWARD_CODES } from '../../../../domain/catalogue/awardCodes';
import { api, ApiFailure, type Page, type Problem } from '../../shell/api';
import { formatDate, todayInVietnam } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { awardName } from '../../shell/labels';
import { ListTable } from '../../shell/ListTable';
import { ProblemMessage, problemAt } from '../../shell/problems';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import { useResource } from '../../shell/useResource';
import { TextField } from '../../shell/TextField';

const TEXT = {
  heading: { vi: 'Ủy quyền ký quyết định (ký thay)', en: 'Delegated signing' },
  deputy: { vi: 'Thứ trưởng được ủy quyền', en: 'Deputy' },
  awards: { vi: 'Danh hiệu, hình thức được ký thay', en: 'Awards covered' },
  period: { vi: 'Thời hạn', en: 'Period' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  grant: { vi: 'Ủy quyền', en: 'Grant' },
  revoke: { vi: 'Thu hồi', en: 'Revoke' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  none: { vi: 'Chưa có ủy quyền nào.', en: 'No delegations.' },
  deputyLogin: { vi: 'Tên đăng nhập của Thứ trưởng', en: "Deputy's username" },
};

interface Delegation {
  _id: string;
  deputy: { userId: string; name: string };
  scope: { awardCodes: string[]; kinds: string[] };
  validFrom: string;
  validTo: string;
  basis?: string;
  revoked: boolean;
}

/** The minister lets a deputy sign named awards for a period, and takes it back. */
export function DelegationsPage() {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const list = useResource<Page<Delegation>>('/api/delegations');
  const [form, setForm, clearForm] = useStoredDraft(`${user.userId}.delegation`, () => ({
    deputyUserId: '',
    awardCodes: [] as string[],
    validFrom: todayInVietnam(),
    validTo: todayInVietnam(),
    basis: '',
  }));
  const [problem, setProblem] = useState<Problem | undefined>();
  const act = async (work: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await work();
      list.reload();
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    }
  };
  const grant = (event: Event) => {
    event.preventDefault();
    void act(async () => {
      await api.post('/api/delegations', {
        deputyUserId: form.deputyUserId.trim(),
        scope: { awardCodes: form.awardCodes, kinds: [] },
        validFrom: form.validFrom,
        validTo: form.validTo,
        ...(form.basis && { basis: form.basis }),
      });
      clearForm();
    });
  };
  const p = (field: string) => problemAt(problem, field);
  return (
    <>
      <h1>{t.heading}</h1>
      <section>
        <ListTable
          items={list.data?.items}
          loadingRows={3}
          empty={t.none}
          columns={[t.deputy, t.awards, t.period, t.basis, '']}
          row={(d) => (
            <tr key={d._id}>
              <td>{d.deputy.name}</td>
              <td>{d.scope.awardCodes.map((c) => awardName(c, lang)).join(', ')}</td>
              <td>
                {formatDate(d.validFrom)} – {formatDate(d.validTo)}
              </td>
              <td>{d.basis ?? ''}</td>
              <td>
                {d.revoked ? (
                  t.revoked
                ) : (
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void act(() => api.post(`/api/delegations/${d._id}/revoke`))}
                  >
                    {t.revoke}
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      </section>
      <form class="card" onSubmit={grant} noValidate>
        <h2>{t.grant}</h2>
        <TextField
          id="deputy"
          field="deputyUserId"
          label={t.deputyLogin}
          value={form.deputyUserId}
          onValue={(deputyUserId) => setForm({ ...form, deputyUserId })}
          problem={problem}
        />
        <fieldset class="choice-row">
          <legend>{t.awards}</legend>
          {AWARD_CODES.map((code) => (
            <label key={code}>
              <input
                type="checkbox"
                checked={form.awardCodes.includes(code)}
                onChange={() =>
                  setForm({
                    ...form,
                    awardCodes: form.awardCodes.includes(code)
                      ? form.awardCodes.filter((c) => c !== code)
                      : [...form.awardCodes, code],
                  })
                }
              />
              {awardName(code, lang)}
            </label>
          ))}
        </fieldset>
        {p('scope') && <p class="field-error">{problem && problem.message[lang]}</p>}
        <div class="grid-2">
          <TextField
            id="from"
            field="validFrom"
            label={t.from}
            type="date"
            value={form.validFrom}
            onValue={(validFrom) => setForm({ ...form, validFrom })}
            problem={problem}
          />
          <TextField
            id="to"
            field="validTo"
            label={t.to}
            type="date"
            value={form.validTo}
            onValue={(validTo) => setForm({ ...form, validTo })}
            problem={problem}
          />
        </div>
        <TextField
          id="basis"
          field="basis"
          label={t.basis}
          value={form.basis}
          onValue={(basis) => setForm({ ...form, basis })}
          problem={problem}
        />
        <ProblemMessage
          problem={problem}
          fields={['deputyUserId', 'scope', 'validFrom', 'validTo', 'basis']}
        />
        <button type="submit" class="primary">
          {t.grant}
        </button>
      </form>
    </>
  );
}
