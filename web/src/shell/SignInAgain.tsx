import { useEffect, useRef } from 'preact/hooks';
import { useText } from './i18n';
import type { User } from './session';
import { SignInForm } from './SignInForm';

const TEXT = {
  title: { vi: 'Phiên đăng nhập đã hết hạn', en: 'Your session has expired' },
  body: {
    vi: 'Nội dung bạn đang nhập vẫn được giữ nguyên. Nhập lại mật khẩu rồi bấm lại nút vừa bấm.',
    en: 'What you typed is kept. Enter your password again, then press the button you pressed.',
  },
};

/** Asks for the password over the current page, which stays as it was underneath. */
export function SignInAgain(props: { user: User; onSignedIn: (user: User) => void }) {
  const t = useText(TEXT);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby="signin-again-title"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="signin-again-title">{t.title}</h2>
      <p>{t.body}</p>
      <SignInForm fixedUser={props.user.userId} onSignedIn={props.onSignedIn} />
    </dialog>
  );
}
