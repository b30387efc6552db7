import type { Route } from '../../routes';
import './assistant.css';
import { Conversation, Conversations, Thread } from './Conversation';
import { Reminders } from './Reminders';
import { Search } from './Search';
import { Today } from './Today';

/** The assistant's pages: Today first, the home of a signed-in person. */
export const assistantRoutes: readonly Route[] = [
  { path: '/', access: 'signed-in', render: ({ api }) => <Today api={api} /> },
  { path: '/today', access: 'signed-in', render: ({ api }) => <Today api={api} />, nav: { label: 'today.title', primary: true } },
  { path: '/reminders', access: 'signed-in', render: ({ api }) => <Reminders api={api} />, nav: { label: 'reminders.nav', primary: true } },
  { path: '/conversation', access: 'signed-in', render: ({ api }) => <Conversation api={api} />, nav: { label: 'conversation.nav', primary: true } },
  { path: '/conversation/:id', access: 'signed-in', render: ({ api, params }) => <Conversation key={params.id} api={api} id={params.id ?? ''} /> },
  {
    path: '/conversation/:id/thread/:messageId',
    access: 'signed-in',
    render: ({ api, params }) => <Thread key={`${params.id ?? ''}/${params.messageId ?? ''}`} api={api} conversationId={params.id ?? ''} messageId={params.messageId ?? ''} />,
  },
  { path: '/conversations', access: 'signed-in', render: ({ api }) => <Conversations api={api} /> },
  { path: '/search', access: 'signed-in', render: ({ api, query }) => <Search api={api} query={query} />, nav: { label: 'search.title' } },
];
