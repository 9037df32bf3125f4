import type { ComponentChildren } from 'preact';
import { pick, useLang, useText, type Lang } from './i18n';
import { roleName } from './labels';
import { Link } from './Link';
import { NAV } from './nav';
import { useUser } from './session';

const TEXT = {
  skip: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  brand: { vi: 'Thi đua – Khen thưởng', en: 'Emulation & Commendation' },
  menu: { vi: 'Chức năng', en: 'Main menu' },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
  switchLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  password: { vi: 'Đổi mật khẩu', en: 'Change password' },
};

/** The frame of every signed-in page: the role's links, language switch, who is signed in. */
export function Layout(props: {
  pathname: string;
  onLang: (lang: Lang) => void;
  onSignOut: () => void;
  children: ComponentChildren;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const links = NAV[user.role];
  // The most specific link that contains the page is the current one.
  const current = links
    .map((link) => link.href)
    .filter((href) => props.pathname === href || props.pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <div class="layout">
      <a class="skip" href="#main">
        {t.skip}
      </a>
      <header class="topbar">
        <Link class="brand" href="/">
          TĐKT Flow <span>{t.brand}</span>
        </Link>
        <div class="who">
          <span>
            {user.name} · {roleName(user.role, lang)}
            {user.unitId ? ` · ${user.unitId}` : ''}
          </span>
          <button
            type="button"
            class="link-button"
            lang={lang === 'vi' ? 'en' : 'vi'}
            aria-label={t.switchLabel}
            onClick={() => props.onLang(lang === 'vi' ? 'en' : 'vi')}
          >
            {t.switchTo}
          </button>
          <Link href="/account/password">{t.password}</Link>
          <button type="button" class="link-button" onClick={props.onSignOut}>
            {t.signOut}
          </button>
        </div>
      </header>
      <nav class="mainnav" aria-label={t.menu}>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} aria-current={link.href === current ? 'page' : undefined}>
                {pick(link.label, lang)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
