import type { Route } from '../routes';
import { ForgotPassword } from './ForgotPassword';
import { LogIn } from './LogIn';
import { Register } from './Register';
import { ResetPassword } from './ResetPassword';
import { VerifyEmail } from './VerifyEmail';

/** The pages open without a session: log in, register, and the links of the emails. */
export const publicRoutes: readonly Route[] = [
  { path: '/login', access: 'public', render: ({ api, query }) => <LogIn api={api} needed={query.has('from')} /> },
  { path: '/register', access: 'public', render: ({ api }) => <Register api={api} /> },
  { path: '/verify-email', access: 'public', render: ({ api, query }) => <VerifyEmail api={api} token={query.get('token')} /> },
  { path: '/forgot-password', access: 'public', render: ({ api }) => <ForgotPassword api={api} /> },
  { path: '/reset-password', access: 'public', render: ({ api, query }) => <ResetPassword api={api} token={query.get('token')} /> },
];
