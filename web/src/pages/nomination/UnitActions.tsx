import { actionAllowedAt } from '../../../../domain/process/nominationActions';
import { useState } from 'preact/hooks';
import { useText } from '../../shell/i18n';
import { Link } from '../../shell/Link';
import { describedBy, Field, ProblemMessage, problemAt } from '../../shell/problems';
import { useUser } from '../../shell/session';
import type { Nomination } from './nominationTypes';
import { useAction } from './useAction';

const TEXT = {
  heading: { vi: 'Thao tác của đơn vị', en: "The unit's actions" },
  edit: { vi: 'Sửa hồ sơ', en: 'Edit the dossier' },
  fix: { vi: 'Bổ sung và trình lại', en: 'Fix and resubmit' },
  submit: { vi: 'Trình hồ sơ', en: 'Submit' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  reason: { vi: 'Lý do rút hồ sơ', en: 'Reason for withdrawing' },
  confirm: { vi: 'Xác nhận rút hồ sơ', en: 'Confirm the withdrawal' },
};

/** Edit, submit, fix a return, or withdraw — what the unit may do at this stage. */
export function UnitActions(props: { nomination: Nomination; onDone: () => void }) {
  const t = useText(TEXT);
  const user = useUser();
  const n = props.nomination;
  const isHead = user.role === 'unit_head';
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction(props.onDone);
  const editable = n.stage === 'draft' || n.stage === 'returned';
  const canWithdraw = isHead && actionAllowedAt('withdraw', n.stage);
  if (!editable && !canWithdraw) return null;
  const reasonProblem = problemAt(action.problem, 'reason');
  return (
    <div class="card">
      <h2>{t.heading}</h2>
      <div class="actions">
        {editable && (
          <Link class="button-link" href={`/nominations/${n._id}/edit`}>
            {n.stage === 'returned' ? t.fix : t.edit}
          </Link>
        )}
        {isHead && n.stage === 'draft' && (
          <button
            type="button"
            class="primary"
            disabled={action.busy}
            onClick={() => void action.run(`/api/nominations/${n._id}/submit`)}
          >
            {t.submit}
          </button>
        )}
        {canWithdraw && !withdrawing && (
          <button type="button" class="danger" onClick={() => setWithdrawing(true)}>
            {t.withdraw}
          </button>
        )}
      </div>
      {withdrawing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(`/api/nominations/${n._id}/withdraw`, {
              reason,
              expectedSeq: n.lastSeq,
            });
          }}
          noValidate
        >
          <Field id="withdraw-reason" label={t.reason} problem={reasonProblem}>
            <textarea
              id="withdraw-reason"
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
              {...describedBy('withdraw-reason', reasonProblem)}
            />
          </Field>
          <button type="submit" class="danger" disabled={action.busy}>
            {t.confirm}
          </button>
        </form>
      )}
      <ProblemMessage problem={action.problem} fields={['reason']} />
    </div>
  );
}
