import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ApiClient } from './api/client';
import { LocaleContext, pickLocale, translator, type Locale } from './i18n';
import { navigate, useLocation } from './router';
import { ForgotPassword } from './pages/ForgotPassword';
import { LogIn } from './pages/LogIn';
import { Register } from './pages/Register';
import { ResetPassword } from './pages/ResetPassword';
import { Today } from './pages/Today';
import { VerifyEmail } from './pages/VerifyEmail';
import { Link, Screen } from './ui';

/** The pages that need a session; the others (log in, register, the links of the emails) do not. */
const SIGNED_IN = new Set(['/', '/today']);

export function App({ api }: { api: ApiClient }) {
  const session = useSyncExternalStore(
    (listener) => api.subscribe(listener),
    () => api.session,
  );
  const signedIn = session === 'signed-in';
  // One silent refresh on start: the HttpOnly cookie of a live session brings it back after a reload.
  useEffect(() => {
    void api.start();
  }, [api]);
  const { path, query } = useLocation();
  const [loaded, setProfile] = useState<{ name: string; locale: Locale | null } | null>(null);
  const profile = signedIn ? loaded : null;
  const locale: Locale = profile?.locale ?? pickLocale(navigator.languages);
  const context = useMemo(() => ({ locale, t: translator(locale) }), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void api.me().then((result) => {
      if (live && result.ok) {
        const chosen = result.value.locale;
        setProfile({ name: result.value.displayName, locale: chosen === 'fr' || chosen === 'en' ? chosen : null });
      }
    });
    return () => {
      live = false;
    };
  }, [api, signedIn]);

  const needsSession = SIGNED_IN.has(path) && session === 'signed-out';
  const waiting = session === 'unknown' && (SIGNED_IN.has(path) || path === '/login');
  useEffect(() => {
    if (needsSession) navigate(path === '/' ? '/login' : '/login?from=' + encodeURIComponent(path), { replace: true });
    else if (signedIn && path === '/login') navigate('/today', { replace: true });
  }, [needsSession, signedIn, path]);

  return (
    <LocaleContext.Provider value={context}>
      <a className="skip" href="#main">
        {context.t('app.skip')}
      </a>
      <header className="bar">
        <span className="brand">{context.t('app.name')}</span>
        {signedIn && (
          <button type="button" className="link" onClick={() => void api.logOut().then(() => navigate('/login'))}>
            {context.t('today.signOut')}
          </button>
        )}
      </header>
      <main id="main" aria-busy={waiting}>{needsSession || waiting ? null : page(api, path, query, profile?.name ?? null)}</main>
    </LocaleContext.Provider>
  );
}

function page(api: ApiClient, path: string, query: URLSearchParams, name: string | null) {
  switch (path) {
    case '/':
    case '/today':
      return <Today api={api} name={name} />;
    case '/login':
      return <LogIn api={api} needed={query.has('from')} />;
    case '/register':
      return <Register api={api} />;
    case '/verify-email':
      return <VerifyEmail api={api} token={query.get('token')} />;
    case '/forgot-password':
      return <ForgotPassword api={api} />;
    case '/reset-password':
      return <ResetPassword api={api} token={query.get('token')} />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <LocaleContext.Consumer>
      {({ t }) => (
        <Screen title={t('notFound.title')}>
          <Link className="button primary" href="/today">
            {t('notFound.home')}
          </Link>
        </Screen>
      )}
    </LocaleContext.Consumer>
  );
}
