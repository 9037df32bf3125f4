import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../../shell/dates';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { useStoredDraft } from '../../shell/storedDraft';
import { ADMIN_TEXT } from './adminText';
import type { Unit, UserView } from './adminTypes';
import { AccountFields } from './AccountFields';
import { TextField } from '../../shell/TextField';
import { useSubmit } from './useSubmit';

const TEXT = {
  ...ADMIN_TEXT,
  title: { vi: 'Sửa người dùng', en: 'Edit user' },
  save: { vi: 'Lưu thay đổi', en: 'Save changes' },
  lock: { vi: 'Khoá tài khoản', en: 'Lock the account' },
  unlock: { vi: 'Mở khoá tài khoản', en: 'Unlock the account' },
  clearLockout: { vi: 'Gỡ tạm khoá đăng nhập', en: 'Clear the sign-in lockout' },
  lockedOut: { vi: 'Tạm khoá đăng nhập đến', en: 'Sign-in locked until' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  resetPassword: { vi: 'Đặt lại mật khẩu', en: 'Reset the password' },
  close: { vi: 'Đóng', en: 'Close' },
  nothing: { vi: 'Chưa có gì thay đổi.', en: 'Nothing has changed.' },
};

const FIELDS = ['name', 'role', 'unitId', 'email', 'reason', 'password'];

/** One account: name, role, unit, e-mail; lock or unlock; a new password. Each with a reason. */
export function UserEditor(props: {
  user: UserView;
  units: Unit[] | undefined;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useText(TEXT);
  const { user } = props;
  const initial = () => ({
    name: user.name,
    role: user.role,
    unitId: user.unitId ?? '',
    email: user.email ?? '',
    reason: '',
  });
  const [draft, setDraft, clear] = useStoredDraft(`admin.editUser.${user._id}`, initial);
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | undefined>();
  const submit = useSubmit(() => {
    clear();
    setDraft({ ...draft, reason: '' });
    setPassword('');
    setNotice(t.saved);
    props.onChanged();
  });
  const field = (key: keyof ReturnType<typeof initial>) => ({
    id: `edit-user-${key}`,
    field: key,
    value: draft[key],
    onValue: (value: string) => setDraft({ ...draft, [key]: value }),
    problem: submit.problem,
  });
  const path = `/api/admin/users/${encodeURIComponent(user._id)}`;
  const act = (method: 'POST' | 'PATCH', suffix: string, body: Record<string, unknown>) => {
    setNotice(undefined);
    void submit.run(method, `${path}${suffix}`, { ...body, reason: draft.reason });
  };
  const save = () => {
    const changes: Record<string, unknown> = {};
    if (draft.name !== user.name) changes.name = draft.name;
    if (draft.role !== user.role) changes.role = draft.role;
    if (draft.unitId !== (user.unitId ?? '')) changes.unitId = draft.unitId || null;
    if (draft.email !== (user.email ?? '')) changes.email = draft.email || null;
    if (Object.keys(changes).length === 0) setNotice(t.nothing);
    else act('PATCH', '', changes);
  };
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row further down: bring the reader (and the keyboard) here.
  useEffect(() => heading.current?.focus(), []);
  const lockedOut = user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();
  return (
    <section aria-labelledby="edit-user-title">
      <h2 id="edit-user-title" ref={heading} tabIndex={-1}>
        {t.title}: {user._id}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div class="grid-2">
          <AccountFields field={field} units={props.units} />
        </div>
        <TextField {...field('reason')} label={t.reason} />
        <div class="actions">
          <button type="submit" class="primary" disabled={submit.busy}>
            {t.save}
          </button>
          {user.active ? (
            <button
              type="button"
              class="danger"
              disabled={submit.busy}
              onClick={() => act('POST', '/deactivate', {})}
            >
              {t.lock}
            </button>
          ) : (
            <button
              type="button"
              disabled={submit.busy}
              onClick={() => act('POST', '/reactivate', {})}
            >
              {t.unlock}
            </button>
          )}
          {lockedOut && (
            <button type="button" disabled={submit.busy} onClick={() => act('POST', '/unlock', {})}>
              {t.clearLockout}
            </button>
          )}
        </div>
        {lockedOut && (
          <p class="muted">
            {t.lockedOut} {formatDateTime(user.lockedUntil)}
          </p>
        )}
        <div class="grid-2">
          <TextField
            id="edit-user-password"
            field="password"
            label={t.newPassword}
            type="password"
            autoComplete="new-password"
            value={password}
            onValue={setPassword}
            problem={submit.problem}
          />
        </div>
        <div class="actions">
          <button
            type="button"
            disabled={submit.busy}
            onClick={() => act('POST', '/password', { password })}
          >
            {t.resetPassword}
          </button>
          <button type="button" class="link-button" onClick={props.onClose}>
            {t.close}
          </button>
        </div>
        <ProblemMessage problem={submit.problem} fields={FIELDS} />
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
      </form>
    </section>
  );
}
