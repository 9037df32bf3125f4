import { useState } from 'preact/hooks';
import { ApiFailure, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { changePassword } from '../../shell/session';
import { TextField } from '../../shell/TextField';

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
        <TextField
          id="current-password"
          field="currentPassword"
          label={t.current}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onValue={setCurrent}
          problem={problem}
        />
        <TextField
          id="new-password"
          field="newPassword"
          label={t.next}
          hint={t.nextHint}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onValue={setNext}
          problem={problem}
        />
        <TextField
          id="new-password-again"
          field="again"
          label={t.again}
          type="password"
          autoComplete="new-password"
          required
          value={again}
          onValue={setAgain}
          problem={problem}
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
