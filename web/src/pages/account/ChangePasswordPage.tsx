import { useState } from 'preact/hooks';
import { ApiFailure, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { describedBy, Field, ProblemMessage, problemAt } from '../../shell/problems';
import { changePassword } from '../../shell/session';

const TEXT = {
  title: { vi: 'Đổi mật khẩu', en: 'Change password' },
  required: {
    vi: 'Quản trị viên đã đặt mật khẩu cho tài khoản của bạn. Hãy đặt mật khẩu mới của riêng bạn trước khi tiếp tục.',
    en: 'An administrator set your account’s password. Choose your own new password before going on.',
  },
  current: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  next: { vi: 'Mật khẩu mới', en: 'New password' },
  nextHint: {
    vi: 'Ít nhất 10 ký tự, khác tên đăng nhập và không phải mật khẩu phổ biến. Một câu ngắn dễ nhớ là lựa chọn tốt.',
    en: 'At least 10 characters, not the username and not a common password. A short sentence you remember works well.',
  },
  again: { vi: 'Nhập lại mật khẩu mới', en: 'New password again' },
  mismatch: { vi: 'Hai lần nhập mật khẩu mới không khớp.', en: 'The two new passwords differ.' },
  submit: { vi: 'Đổi mật khẩu', en: 'Change password' },
  busy: { vi: 'Đang đổi…', en: 'Changing…' },
  done: {
    vi: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
    en: 'Password changed. Your other sessions have ended.',
  },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
};

/** One password input with its label, hint and error. */
function PasswordField(props: {
  id: string;
  label: string;
  hint?: string;
  problem: Problem | undefined;
  value: string;
  onValue: (value: string) => void;
  autoComplete?: string;
}) {
  return (
    <Field id={props.id} label={props.label} problem={props.problem} hint={props.hint}>
      <input
        id={props.id}
        type="password"
        autoComplete={props.autoComplete ?? 'new-password'}
        required
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        {...describedBy(props.id, props.problem)}
      />
    </Field>
  );
}

/**
 * The signed-in user changes their own password: from the user menu, or before anything else
 * when an administrator set it (`required`, then `onSignOut` is the only other way out).
 */
export function ChangePasswordPage(props: {
  required?: boolean;
  onChanged?: () => void;
  onSignOut?: () => void;
}) {
  const t = useText(TEXT);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (next !== again) {
      setProblem({ status: 0, code: 'MISMATCH', message: TEXT.mismatch, field: 'again' });
      return;
    }
    setBusy(true);
    try {
      await changePassword(current, next);
      setProblem(undefined);
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
      props.onChanged?.();
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="change-password">
      <h1>{t.title}</h1>
      {props.required && <p class="notice">{t.required}</p>}
      <form onSubmit={submit} noValidate>
        <PasswordField
          id="current-password"
          label={t.current}
          problem={problemAt(problem, 'currentPassword')}
          value={current}
          onValue={setCurrent}
          autoComplete="current-password"
        />
        <PasswordField
          id="new-password"
          label={t.next}
          hint={t.nextHint}
          problem={problemAt(problem, 'newPassword')}
          value={next}
          onValue={setNext}
        />
        <PasswordField
          id="new-password-again"
          label={t.again}
          problem={problemAt(problem, 'again')}
          value={again}
          onValue={setAgain}
        />
        <ProblemMessage problem={problem} fields={['currentPassword', 'newPassword', 'again']} />
        {done && <p role="status">{t.done}</p>}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.busy : t.submit}
        </button>
        {props.onSignOut && (
          <button type="button" class="link-button" onClick={props.onSignOut}>
            {t.signOut}
          </button>
        )}
      </form>
    </section>
  );
}
