import type { Route } from '../../routes';
import { Authenticator } from './Authenticator';
import { Overview } from './Overview';
import { Password } from './Password';
import { Sessions } from './Sessions';
import { Sms } from './Sms';
import './security.css';

/** The security pages: the overview, the authenticator app, text-message codes and the phone, sessions, the password. */
export const securityRoutes: readonly Route[] = [
  { path: '/security', access: 'signed-in', render: ({ api }) => <Overview api={api} />, nav: { label: 'security.title' } },
  { path: '/security/authenticator', access: 'signed-in', render: ({ api }) => <Authenticator api={api} /> },
  { path: '/security/sms', access: 'signed-in', render: ({ api }) => <Sms api={api} /> },
  { path: '/security/sessions', access: 'signed-in', render: ({ api }) => <Sessions api={api} /> },
  { path: '/security/password', access: 'signed-in', render: ({ api }) => <Password api={api} /> },
];
