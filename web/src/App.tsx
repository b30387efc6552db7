import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ApiClient, Me } from './api/client';
import { LocaleContext, pickLocale, translator, type Locale, type Translate } from './i18n';
import { OfflineBanner } from './offline/OfflineBanner';
import { accountRoutes } from './pages/account/routes';
import { assistantRoutes } from './pages/assistant/routes';
import { publicRoutes } from './pages/routes';
import { securityRoutes } from './pages/security/routes';
import { match, type Route } from './routes';
import { navigate, useLocation } from './router';
import { can, SessionContext } from './session';
import { Link, Screen } from './ui';

/** Every page of the app, by area; the navigation lists them in this order. */
export const ROUTES: readonly Route[] = [...publicRoutes, ...assistantRoutes, ...securityRoutes, ...accountRoutes];

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
  const [loaded, setMe] = useState<Me | null>(null);
  const me = signedIn ? loaded : null;
  const locale: Locale = chosenLocale(me) ?? pickLocale(navigator.languages);
  const context = useMemo(() => ({ locale, t: translator(locale) }), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const reload = useCallback(async () => {
    const result = await api.me();
    if (result.ok) setMe(result.value);
  }, [api]);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void api.me().then((result) => {
      if (live && result.ok) setMe(result.value);
    });
    return () => {
      live = false;
    };
  }, [api, signedIn]);
  const sessionContext = useMemo(() => ({ me, reload }), [me, reload]);

  const found = match(ROUTES, path);
  const guarded = found?.route.access === 'signed-in';
  const needsSession = guarded && session === 'signed-out';
  const waiting = session === 'unknown' && (guarded || path === '/login');
  useEffect(() => {
    if (needsSession) navigate(path === '/' ? '/login' : '/login?from=' + encodeURIComponent(path), { replace: true });
    else if (signedIn && path === '/login') navigate('/today', { replace: true });
  }, [needsSession, signedIn, path]);

  return (
    <LocaleContext.Provider value={context}>
      <SessionContext.Provider value={sessionContext}>
        <a className="skip" href="#main">
          {context.t('app.skip')}
        </a>
        <header className="bar">
          <span className="brand">{context.t('app.name')}</span>
          {signedIn && <Navigation me={me} path={path} t={context.t} onSignOut={() => void api.logOut().then(() => navigate('/login'))} />}
        </header>
        <OfflineBanner api={api} />
        <main id="main" aria-busy={waiting}>
          {needsSession || waiting ? null : found === null ? <NotFound t={context.t} /> : found.route.render({ api, params: found.params, query })}
        </main>
      </SessionContext.Provider>
    </LocaleContext.Provider>
  );
}

function chosenLocale(me: Me | null): Locale | null {
  return me?.locale === 'fr' || me?.locale === 'en' ? me.locale : null;
}

/** The few places a person goes: the primary ones always in sight, the rest folded under "More". */
function Navigation({ me, path, t, onSignOut }: { me: Me | null; path: string; t: Translate; onSignOut: () => void }) {
  const entries = ROUTES.filter((route) => route.nav !== undefined && can(me, route.nav.permission));
  const link = (route: Route) => (
    <li key={route.path}>
      <Link href={route.path} aria-current={route.path === path ? 'page' : undefined}>
        {t(route.nav?.label ?? 'app.name')}
      </Link>
    </li>
  );
  const more = entries.filter((route) => route.nav?.primary !== true);
  // "More" folds again once the person has gone somewhere (a link, the back button).
  const folded = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (folded.current !== null) folded.current.open = false;
  }, [path]);
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav">
        {entries.filter((route) => route.nav?.primary === true).map(link)}
        {more.length > 0 && (
          <li>
            <details
              className="more"
              ref={folded}
              onKeyDown={(event) => {
                // Escape folds "More" and gives the keyboard back to its summary.
                if (event.key !== 'Escape' || folded.current?.open !== true) return;
                folded.current.open = false;
                folded.current.querySelector('summary')?.focus();
              }}
            >
              <summary>{t('nav.more')}</summary>
              <ul>{more.map(link)}</ul>
            </details>
          </li>
        )}
        <li>
          <button type="button" className="link" onClick={onSignOut}>
            {t('nav.signOut')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

function NotFound({ t }: { t: Translate }) {
  return (
    <Screen title={t('notFound.title')}>
      <Link className="button primary" href="/today">
        {t('notFound.home')}
      </Link>
    </Screen>
  );
}
