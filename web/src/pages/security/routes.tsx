import type { Route } from '../../routes';

/** The security pages: second factors, phone, sessions, password (issue 14, to come). */
export const securityRoutes: readonly Route[] = [];
