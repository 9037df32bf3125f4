import { useText, type Lang } from '../../shell/i18n';
import type { User } from '../../shell/session';
import { SignInForm } from '../../shell/SignInForm';

const TEXT = {
  title: { vi: 'Đăng nhập', en: 'Sign in' },
  system: {
    vi: 'Hệ thống quản lý hồ sơ thi đua, khen thưởng',
    en: 'Emulation and commendation dossiers',
  },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
};

/** Shown for any address while nobody is signed in; the address opens after sign-in. */
export function SignInPage(props: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  onSignedIn: (user: User) => void;
}) {
  const t = useText(TEXT);
  return (
    <main id="main" class="signin">
      <div class="signin-card">
        <p class="brand-large">TĐKT Flow</p>
        <p class="muted">{t.system}</p>
        <h1>{t.title}</h1>
        <SignInForm onSignedIn={props.onSignedIn} />
        <button
          type="button"
          class="link-button"
          lang={props.lang === 'vi' ? 'en' : 'vi'}
          onClick={() => props.onLang(props.lang === 'vi' ? 'en' : 'vi')}
        >
          {t.switchTo}
        </button>
      </div>
    </main>
  );
}
