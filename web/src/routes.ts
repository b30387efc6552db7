import type { ReactNode } from 'react';
import type { ApiClient } from './api/client';
import type { MessageKey } from './i18n/en';

/** What a page is given: the API, and the path's parameters (`:id`) and query. */
export interface PageProps {
  readonly api: ApiClient;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

/**
 * One page of the app. Each area (the assistant, security, the account and administration) lists
 * its own in its `routes.tsx`; App.tsx puts them together, guards the signed-in ones and builds
 * the navigation from the entries that have `nav`.
 */
export interface Route {
  /** `/conversations/:id`: segments starting with `:` are parameters. */
  readonly path: string;
  /** `signed-in` pages send a signed-out person to the login and back. */
  readonly access: 'public' | 'signed-in';
  readonly render: (props: PageProps) => ReactNode;
  /** In the navigation: `primary` entries always shown, the others under "More"; `permission` hides it from who lacks it. */
  readonly nav?: { readonly label: MessageKey; readonly primary?: boolean; readonly permission?: string };
}

/** The route a path opens and its parameters, or null. */
export function match(routes: readonly Route[], path: string): { route: Route; params: Record<string, string> } | null {
  const segments = path.split('/').filter((segment) => segment !== '');
  for (const route of routes) {
    const pattern = route.path.split('/').filter((segment) => segment !== '');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          return false;
        }
        return true;
      }
      return part === segment;
    });
    if (fits) return { route, params };
  }
  return null;
}
