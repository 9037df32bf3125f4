import { useState } from 'preact/hooks';
import { useText } from '../../shell/i18n';
import { Field, ProblemMessage } from '../../shell/problems';
import { useUser } from '../../shell/session';
import { useAction } from '../nomination/useAction';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Xin không tham gia biểu quyết', en: 'Recuse myself' },
  nomination: { vi: 'Hồ sơ', en: 'Nominee' },
  reason: { vi: 'Lý do (ví dụ: cùng đơn vị, có quan hệ)', en: 'Reason (same unit, related…)' },
  send: { vi: 'Xin không tham gia', en: 'Recuse' },
  recused: { vi: 'Bạn không tham gia biểu quyết:', en: 'You are recused from:' },
};

/** A member steps back from one nominee (same unit or a conflict), before voting. */
export function RecusalForm(props: { round: Round; onDone: () => void }) {
  const t = useText(TEXT);
  const user = useUser();
  const { round } = props;
  const mine = round.recusals.filter((r) => r.memberId === user.userId);
  const open = round.agenda.filter((a) => !mine.some((r) => r.nominationId === a.nominationId));
  const [nominationId, setNominationId] = useState(open[0]?.nominationId ?? '');
  const [reason, setReason] = useState('');
  const action = useAction(props.onDone);
  const name = (id: string) => round.agenda.find((a) => a.nominationId === id)?.nomineeName ?? id;
  return (
    <details class="card">
      <summary>{t.heading}</summary>
      {mine.length > 0 && (
        <p>
          {t.recused} {mine.map((r) => name(r.nominationId)).join(', ')}
        </p>
      )}
      {open.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(`/api/council-rounds/${round._id}/recusals`, {
              nominationId,
              ...(reason && { reason }),
            });
          }}
          noValidate
        >
          <div class="grid-2">
            <Field id="recuse-nomination" label={t.nomination}>
              <select
                id="recuse-nomination"
                value={nominationId}
                onChange={(e) => setNominationId(e.currentTarget.value)}
              >
                {open.map((a) => (
                  <option key={a.nominationId} value={a.nominationId}>
                    {a.nomineeName}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="recuse-reason" label={t.reason}>
              <input
                id="recuse-reason"
                value={reason}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
            </Field>
          </div>
          <ProblemMessage problem={action.problem} />
          <button type="submit" disabled={action.busy}>
            {t.send}
          </button>
        </form>
      )}
    </details>
  );
}
