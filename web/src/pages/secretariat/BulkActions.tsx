import { useState } from 'preact/hooks';
import { MAX_EXTENSION_WORKING_DAYS } from '../../../../domain/process/nominationActions';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { describedBy, Field, ProblemMessage, problemAt } from '../../shell/problems';
import { useStoredDraft } from '../../shell/storedDraft';
import { DESK_ACTIONS, type BulkOutcome, type DeskAction } from './deskTypes';

const TEXT = {
  legend: { vi: 'Thao tác với các hồ sơ đã chọn', en: 'Act on the selected dossiers' },
  selected: { vi: 'hồ sơ đã chọn', en: 'dossiers selected' },
  remind: { vi: 'Nhắc người xử lý', en: 'Remind the holder' },
  reassign: { vi: 'Giao người khác xử lý', en: 'Reassign' },
  extend: { vi: 'Gia hạn (có lý do)', en: 'Extend the deadline (with reason)' },
  escalate: { vi: 'Báo cáo cấp trên', en: 'Escalate' },
  note: { vi: 'Nội dung nhắc (không bắt buộc)', en: 'Note (optional)' },
  escalateNote: { vi: 'Nội dung báo cáo', en: 'What to report' },
  assignee: { vi: 'Tên đăng nhập của người được giao', en: "Assignee's username" },
  workingDays: { vi: 'Số ngày làm việc gia hạn', en: 'Working days to add' },
  reason: { vi: 'Lý do', en: 'Reason' },
  reasonOptional: { vi: 'Lý do (không bắt buộc)', en: 'Reason (optional)' },
  run: { vi: 'Thực hiện', en: 'Apply' },
  busy: { vi: 'Đang thực hiện…', en: 'Working…' },
  chooseFirst: {
    vi: 'Chọn ít nhất một hồ sơ trong danh sách.',
    en: 'Select at least one dossier.',
  },
};

interface BulkDraft {
  action: DeskAction;
  note: string;
  assigneeUserId: string;
  workingDays: string;
  reason: string;
}

/** The body each action takes; empty optional texts are left out. */
function paramsOf(draft: BulkDraft): Record<string, unknown> {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  switch (draft.action) {
    case 'remind':
      return { note: optional(draft.note) };
    case 'escalate':
      return { note: draft.note.trim() };
    case 'extend':
      return { workingDays: Number(draft.workingDays), reason: draft.reason.trim() };
    case 'reassign':
      return { assigneeUserId: draft.assigneeUserId.trim(), reason: optional(draft.reason) };
  }
}

/** One action for every selected dossier; the outcome says, per dossier, done or why not. */
export function BulkActions(props: { ids: string[]; onDone: (outcome: BulkOutcome) => void }) {
  const t = useText(TEXT);
  const [draft, setDraft, clear] = useStoredDraft<BulkDraft>('secretariat.bulk', () => ({
    action: 'remind',
    note: '',
    assigneeUserId: '',
    workingDays: '5',
    reason: '',
  }));
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof BulkDraft) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: e.currentTarget.value });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (props.ids.length === 0) {
      setProblem({ status: 0, code: 'NONE_SELECTED', message: TEXT.chooseFirst });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await api.post<BulkOutcome>(
        '/api/desk/bulk',
        { action: draft.action, nominationIds: props.ids, params: paramsOf(draft) },
        { idempotencyKey: crypto.randomUUID() },
      );
      clear();
      setDraft({ ...draft, note: '', reason: '' });
      props.onDone(outcome);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'note' | 'reason' | 'assigneeUserId', label: string, multiline = false) => {
    const fieldProblem = problemAt(problem, key);
    const attrs = {
      id: `bulk-${key}`,
      value: draft[key],
      onInput: set(key),
      ...describedBy(`bulk-${key}`, fieldProblem),
    };
    return (
      <Field id={`bulk-${key}`} label={label} problem={fieldProblem}>
        {multiline ? <textarea rows={2} {...attrs} /> : <input {...attrs} />}
      </Field>
    );
  };
  const daysProblem = problemAt(problem, 'workingDays');

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>
          {t.legend} ({props.ids.length} {t.selected})
        </legend>
        <div class="choice-row" role="radiogroup">
          {DESK_ACTIONS.map((action) => (
            <label key={action}>
              <input
                type="radio"
                name="bulk-action"
                value={action}
                checked={draft.action === action}
                onChange={() => {
                  setProblem(undefined);
                  setDraft({ ...draft, action });
                }}
              />
              {t[action]}
            </label>
          ))}
        </div>
        <div class="grid-2">
          {draft.action === 'remind' && text('note', t.note, true)}
          {draft.action === 'escalate' && text('note', t.escalateNote, true)}
          {draft.action === 'reassign' && text('assigneeUserId', t.assignee)}
          {draft.action === 'extend' && (
            <Field id="bulk-workingDays" label={t.workingDays} problem={daysProblem}>
              <input
                id="bulk-workingDays"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_EXTENSION_WORKING_DAYS}
                value={draft.workingDays}
                onInput={set('workingDays')}
                {...describedBy('bulk-workingDays', daysProblem)}
              />
            </Field>
          )}
          {draft.action === 'extend' && text('reason', t.reason, true)}
          {draft.action === 'reassign' && text('reason', t.reasonOptional, true)}
        </div>
        <ProblemMessage
          problem={problem}
          fields={['note', 'reason', 'assigneeUserId', 'workingDays']}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t.busy : t.run}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
