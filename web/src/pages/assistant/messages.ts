import type { Message } from '../../api/conversations';

/** Messages by id, oldest first (by time, then id: the API's ids are time-ordered). Times are compared as instants: `Instant.toString` writes as many fraction digits as it needs, so their text does not sort. */
export function merge(current: readonly Message[], added: readonly Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of added) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
