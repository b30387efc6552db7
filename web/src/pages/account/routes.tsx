import type { Route } from '../../routes';
import { AdminAudit } from './admin/AdminAudit';
import { AdminJobs } from './admin/AdminJobs';
import { AdminSms } from './admin/AdminSms';
import { AdminUser } from './admin/AdminUser';
import { AdminUsers } from './admin/AdminUsers';
import { Numbers } from './Numbers';
import { Profile } from './Profile';
import './account.css';

/**
 * The profile and preferences, the number and texts, and the administration pages. The
 * navigation shows Profile to everyone, Number and texts to who may see their numbers, and
 * Administration to who manages accounts; the administration's pages link each other.
 */
export const accountRoutes: readonly Route[] = [
  { path: '/profile', access: 'signed-in', render: ({ api }) => <Profile api={api} />, nav: { label: 'account.nav.profile' } },
  {
    path: '/numbers',
    access: 'signed-in',
    render: ({ api }) => <Numbers api={api} />,
    nav: { label: 'account.nav.numbers', permission: 'phone-number:read' },
  },
  {
    path: '/admin/users',
    access: 'signed-in',
    render: ({ api }) => <AdminUsers api={api} />,
    nav: { label: 'account.nav.admin', permission: 'user:manage' },
  },
  { path: '/admin/users/:id', access: 'signed-in', render: ({ api, params }) => <AdminUser api={api} id={params.id ?? ''} key={params.id} /> },
  { path: '/admin/audit', access: 'signed-in', render: ({ api, query }) => <AdminAudit api={api} query={query} key={query.toString()} /> },
  { path: '/admin/jobs', access: 'signed-in', render: ({ api }) => <AdminJobs api={api} /> },
  { path: '/admin/sms', access: 'signed-in', render: ({ api }) => <AdminSms api={api} /> },
];
