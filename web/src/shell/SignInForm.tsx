import { useState } from 'preact/hooks';
import { ApiFailure, type Problem } from './api';
import { describedBy, Field, ProblemMessage, problemAt } from './problems';
import { signIn, type User } from './session';
import { useText } from './i18n';

const TEXT = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  submit: { vi: 'Đăng nhập', en: 'Sign in' },
  busy: { vi: 'Đang đăng nhập…', en: 'Signing in…' },
};

/** Username and password; `fixedUser` when the session expired and only the password is asked. */
export function SignInForm(props: { fixedUser?: string; onSignedIn: (user: User) => void }) {
  const t = useText(TEXT);
  const [username, setUsername] = useState(props.fixedUser ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      props.onSignedIn(await signIn(username.trim(), password));
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  const userProblem = problemAt(problem, 'username');
  const passwordProblem = problemAt(problem, 'password');
  return (
    <form class="signin-form" onSubmit={submit} noValidate>
      <Field id="username" label={t.username} problem={userProblem}>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          readOnly={props.fixedUser !== undefined}
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
          {...describedBy('username', userProblem)}
        />
      </Field>
      <Field id="password" label={t.password} problem={passwordProblem}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          {...describedBy('password', passwordProblem)}
        />
      </Field>
      <ProblemMessage problem={problem} fields={['username', 'password']} />
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t.busy : t.submit}
      </button>
    </form>
  );
}
