import type { ApiClient, ApiResult, Page } from './client';

/** A conversation as `GET /conversations/{id}` shows it. */
export interface Conversation {
  readonly id: string;
  readonly channel: 'web' | 'sms';
  readonly title: string | null;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly lastMessageAt: string | null;
}

/** A message as `GET /conversations/{id}/messages` shows it. */
export interface Message {
  readonly id: string;
  readonly conversationId: string;
  readonly author: 'user' | 'assistant' | 'system';
  readonly channel: 'web' | 'sms';
  readonly body: string;
  readonly replyTo: string | null;
  readonly createdAt: string;
}

/** A search hit: `snippet` is HTML-escaped text with `<mark>` around the matches. */
export interface SearchHit {
  readonly messageId: string;
  readonly conversationId: string;
  readonly author: Message['author'];
  readonly createdAt: string;
  readonly snippet: string;
  readonly rank: number;
}

const id = encodeURIComponent;

/** The person's conversations, newest first; `archived` keeps only those (or only the others). */
export function listConversations(api: ApiClient, archived?: boolean): Promise<ApiResult<Page<Conversation>>> {
  return api.request('GET', `/conversations?limit=100${archived === undefined ? '' : `&archived=${String(archived)}`}`);
}

export function getConversation(api: ApiClient, conversationId: string): Promise<ApiResult<Conversation>> {
  return api.request('GET', `/conversations/${id(conversationId)}`);
}

export function startConversation(api: ApiClient): Promise<ApiResult<Conversation>> {
  return api.request('POST', '/conversations', {});
}

export function archiveConversation(api: ApiClient, conversationId: string, archived: boolean): Promise<ApiResult<Conversation>> {
  return api.request('PATCH', `/conversations/${id(conversationId)}`, { archived });
}

/** A page of messages, newest first (`cursor`: the page before's `nextCursor`). */
export function listMessages(api: ApiClient, conversationId: string, cursor?: string | null): Promise<ApiResult<Page<Message>>> {
  const after = cursor === undefined || cursor === null ? '' : `&cursor=${id(cursor)}`;
  return api.request('GET', `/conversations/${id(conversationId)}/messages?limit=50${after}`);
}

export function postMessage(api: ApiClient, conversationId: string, body: string, replyTo?: string): Promise<ApiResult<Message>> {
  return api.request('POST', `/conversations/${id(conversationId)}/messages`, replyTo === undefined ? { body } : { body, replyTo });
}

/** The message and every reply to it, oldest first. */
export function thread(api: ApiClient, conversationId: string, messageId: string): Promise<ApiResult<Page<Message>>> {
  return api.request('GET', `/conversations/${id(conversationId)}/messages/${id(messageId)}/thread?limit=100`);
}

export function search(api: ApiClient, q: string): Promise<ApiResult<Page<SearchHit>>> {
  return api.request('GET', `/conversations/search?q=${id(q)}&limit=50`);
}
