import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, onPasswordChangeRequired, onSessionExpired } from './api';
import { LangContext, storeLang, storedLang, useText, type Lang } from './i18n';
import { Layout } from './Layout';
import { matchRoute, navigate, usePlace, type RouteDef } from './router';
import { currentUser, SessionContext, signOut, type User } from './session';
import { SignInAgain } from './SignInAgain';
import { SignInPage } from '../pages/signIn/SignInPage';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage';
import { clearStoredDrafts } from './draftKeys';

const TEXT = {
  notFound: { vi: 'Không có trang này.', en: 'There is no such page.' },
  notAllowed: {
    vi: 'Vai trò của bạn không dùng trang này.',
    en: 'Your role does not use this page.',
  },
  starting: { vi: 'Đang tải…', en: 'Loading…' },
};

function Missing(props: { unknown: boolean }) {
  const t = useText(TEXT);
  return <p class="problem">{props.unknown ? t.notFound : t.notAllowed}</p>;
}

/** Who is signed in, the language, and the page for the address. */
export function App(props: { routes: readonly RouteDef[] }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const place = usePlace();
  const main = useRef<string>(place.pathname);

  useEffect(() => {
    currentUser()
      .then(setUser)
      .catch((error: unknown) => {
        if (error instanceof ApiFailure && error.problem.status === 401) setUser(null);
        else throw error;
      });
  }, []);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  useEffect(
    () =>
      onPasswordChangeRequired(() =>
        setUser((known) => (known ? { ...known, mustChangePassword: true } : known)),
      ),
    [],
  );
  useEffect(() => {
    // A new page: start at its top and let screen readers and keyboards begin there.
    if (main.current === place.pathname) return;
    main.current = place.pathname;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus();
  }, [place.pathname]);

  const changeLang = (next: Lang) => {
    storeLang(next);
    setLang(next);
  };
  const leave = async () => {
    await signOut().catch(() => undefined);
    clearStoredDrafts(localStorage);
    setUser(null);
    navigate('/');
  };

  let body;
  if (user === undefined) {
    body = <p class="boot">{TEXT.starting[lang]}</p>;
  } else if (user === null) {
    body = <SignInPage lang={lang} onLang={changeLang} onSignedIn={setUser} />;
  } else if (user.mustChangePassword) {
    // Nothing else answers until then: the page alone, with sign-out as the other way out.
    body = (
      <main id="main" class="page">
        <ChangePasswordPage
          required
          onChanged={() => setUser({ ...user, mustChangePassword: false })}
          onSignOut={leave}
        />
      </main>
    );
  } else {
    const found = matchRoute(props.routes, place.pathname);
    const allowed = !found?.route.roles || found.route.roles.includes(user.role);
    body = (
      <SessionContext.Provider value={user}>
        <Layout pathname={place.pathname} onLang={changeLang} onSignOut={leave}>
          <div class="page" key={place.pathname}>
            {found && allowed ? (
              found.route.view({ params: found.params, query: new URLSearchParams(place.search) })
            ) : (
              <Missing unknown={!found} />
            )}
          </div>
        </Layout>
        {expired && (
          <SignInAgain
            user={user}
            onSignedIn={(again) => {
              setExpired(false);
              if (again.userId !== user.userId) setUser(again);
            }}
          />
        )}
      </SessionContext.Provider>
    );
  }
  return <LangContext.Provider value={lang}>{body}</LangContext.Provider>;
}
