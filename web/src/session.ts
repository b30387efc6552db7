import { createContext, useContext } from 'react';
import type { Me } from './api/client';

/**
 * The signed-in person as `GET /users/me` shows it (null while it loads or when signed out), and
 * `reload()` for the pages that change it (profile, second factors): the language and the
 * navigation follow at once.
 */
export interface Session {
  readonly me: Me | null;
  readonly reload: () => Promise<void>;
}

export const SessionContext = createContext<Session>({ me: null, reload: () => Promise.resolve() });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Whether the person holds a permission (`resource:action`), as their roles give it. */
export function can(me: Me | null, permission: string | undefined): boolean {
  return permission === undefined || (me?.permissions.includes(permission) ?? false);
}
