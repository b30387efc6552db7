import { describe, expect, it } from 'vitest';
import type { Message } from '../../api/conversations';
import { merge } from './messages';

function message(id: string, createdAt: string, body = id): Message {
  return { id, conversationId: 'c', author: 'user', channel: 'web', body, replyTo: null, createdAt };
}

describe('merge', () => {
  it('puts a page that came newest first in time order, oldest at the top', () => {
    const page = [message('3', '2026-12-03T10:02:00Z'), message('2', '2026-12-03T10:01:00Z'), message('1', '2026-12-03T10:00:00Z')];
    expect(merge([], page).map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('keeps one of each message, whether it came by the post, the stream or a page read again', () => {
    const posted = message('2', '2026-12-03T10:01:00Z');
    const live = [message('2', '2026-12-03T10:01:00Z'), message('3', '2026-12-03T10:01:00Z', 'the reply')];
    const merged = merge(merge([message('1', '2026-12-03T10:00:00Z'), posted], live), [message('3', '2026-12-03T10:01:00Z', 'the reply')]);
    expect(merged.map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('compares times as instants, whatever their fraction digits', () => {
    const merged = merge([], [message('b', '2026-12-03T10:01:00Z'), message('a', '2026-12-03T10:01:00.250Z'), message('c', '2026-12-03T10:00:59.999999Z')]);
    expect(merged.map((m) => m.id)).toEqual(['c', 'b', 'a']);
  });
});
