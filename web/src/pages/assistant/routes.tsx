import type { Route } from '../../routes';
import { Today } from './Today';

/** The assistant's pages: Today first, the home of a signed-in person. */
export const assistantRoutes: readonly Route[] = [
  { path: '/', access: 'signed-in', render: ({ api }) => <Today api={api} /> },
  { path: '/today', access: 'signed-in', render: ({ api }) => <Today api={api} />, nav: { label: 'today.title', primary: true } },
];
