import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { EventStreamParser, followEvents, LiveEvents, type LiveEvent, type ParsedItem } from './events';

function events(items: ParsedItem[]) {
  return items.flatMap((item) => (item.kind === 'event' ? [item.event] : []));
}

describe('EventStreamParser', () => {
  it('reads id, event and data lines, dispatching on an empty line', () => {
    const parser = new EventStreamParser();
    const items = parser.push('id: 1-0\nevent: task.changed\ndata: {"id":"t1"}\n\n');
    expect(events(items)).toEqual([{ id: '1-0', type: 'task.changed', data: '{"id":"t1"}' }]);
  });

  it('joins several data lines with a newline and defaults the type to message', () => {
    const parser = new EventStreamParser();
    expect(events(parser.push('data: one\ndata:two\ndata:  three\n\n'))).toEqual([{ id: '', type: 'message', data: 'one\ntwo\n three' }]);
  });

  it('keeps comments and retry apart, ignores a retry that is not digits and unknown fields', () => {
    const parser = new EventStreamParser();
    const items = parser.push(': connected\nretry: 3000\nretry: soon\nfoo: bar\n\n: keep-alive\n');
    expect(items).toEqual([
      { kind: 'comment', text: 'connected' },
      { kind: 'retry', ms: 3000 },
      { kind: 'comment', text: 'keep-alive' },
    ]);
  });

  it('puts together lines, CRLFs and events split across chunks', () => {
    const parser = new EventStreamParser();
    const all: ParsedItem[] = [];
    for (const chunk of ['\uFEFFid: 7', '\r', '\nevent: message.cre', 'ated\r\ndata: {"body":"hi"}\r', '\n\r\n', 'data: x\r\rdata: y\n\n']) {
      all.push(...parser.push(chunk));
    }
    expect(events(all)).toEqual([
      { id: '7', type: 'message.created', data: '{"body":"hi"}' },
      { id: '7', type: 'message', data: 'x' },
      { id: '7', type: 'message', data: 'y' },
    ]);
  });

  it('keeps the last id for the next events, an empty id resets it, an id with NUL is ignored', () => {
    const parser = new EventStreamParser();
    parser.push('id: 5\n\n');
    expect(parser.lastEventId).toBe('5');
    expect(events(parser.push('data: a\n\n'))[0]?.id).toBe('5');
    parser.push('id: 6\0\n\n');
    expect(parser.lastEventId).toBe('5');
    parser.push('id\n\n');
    expect(parser.lastEventId).toBe('');
  });

  it('drops an event the stream ended before closing', () => {
    const parser = new EventStreamParser();
    expect(events(parser.push('data: half'))).toEqual([]);
    parser.end();
    expect(events(parser.push('\n\n'))).toEqual([]);
  });
});

/** A response streaming `chunks`, then ending (a drop) or staying open until aborted. */
function stream(chunks: string[], { open = false, signal }: { open?: boolean; signal?: AbortSignal | null } = {}) {
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        if (!open) controller.close();
        signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    }),
    { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
  );
}

interface Call {
  readonly url: string;
  readonly headers: Headers;
}

describe('followEvents', () => {
  it('reconnects after a drop with Last-Event-ID, after the retry delay the server gave', async () => {
    const calls: Call[] = [];
    const controller = new AbortController();
    const answers = [
      () => stream([': connected\nretry: 1500\n\n', 'id: 1-0\nevent: task.changed\ndata: {"id":"t1"}\n\n']),
      () => stream(['id: 2-0\nevent: message.created\ndata: {"id":"m1"}\n\n']),
    ];
    const api = new ApiClient(async (url, init) => {
      calls.push({ url, headers: new Headers(init?.headers) });
      const next = answers.shift();
      if (next === undefined) {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }
      return next();
    });
    const waits: number[] = [];
    const heard: LiveEvent[] = [];
    await followEvents(api, {
      signal: controller.signal,
      onEvent: (event) => heard.push(event),
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    expect(calls.map((call) => call.url)).toEqual(['/api/v1/events', '/api/v1/events', '/api/v1/events']);
    expect(calls.map((call) => call.headers.get('Accept'))).toEqual(Array(3).fill('text/event-stream'));
    expect(calls.map((call) => call.headers.get('Last-Event-ID'))).toEqual([null, '1-0', '2-0']);
    expect(waits).toEqual([1500, 1500]);
    expect(heard).toEqual([
      { type: 'open' },
      { type: 'task.changed', id: '1-0', data: { id: 't1' } },
      { type: 'open' },
      { type: 'message.created', id: '2-0', data: { id: 'm1' } },
    ]);
  });

  it('waits longer after failures in a row, Retry-After on a 429, and starts afresh after a 422', async () => {
    const controller = new AbortController();
    const lastIds: (string | null)[] = [];
    const answers: (() => Response | Promise<Response>)[] = [
      () => stream(['id: 9-0\ndata: {}\n\n']),
      () => Promise.reject(new TypeError('network down')),
      () => Promise.reject(new TypeError('network down')),
      () => new Response('{}', { status: 429, headers: { 'Retry-After': '7' } }),
      () => new Response('{}', { status: 422 }),
      () => new Response('{}', { status: 500 }),
    ];
    const api = new ApiClient(async (_url, init) => {
      lastIds.push(new Headers(init?.headers).get('Last-Event-ID'));
      const next = answers.shift();
      if (next === undefined) {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }
      return next();
    });
    const waits: number[] = [];
    await followEvents(api, { signal: controller.signal, onEvent: () => undefined, wait: async (ms) => void waits.push(ms) });
    // after the stream: 3000; two network failures: 3000, 6000; 429: 7 s; 422: at once, without the id; 500: 3000 * 2^3
    expect(waits).toEqual([3000, 3000, 6000, 7000, 24000]);
    expect(lastIds).toEqual([null, '9-0', '9-0', '9-0', '9-0', null, null]);
  });

  it('stops on a 401 that the refresh could not mend, and on a 403', async () => {
    for (const status of [401, 403]) {
      const fetches = vi.fn(async () => new Response('{}', { status }));
      const api = new ApiClient(fetches);
      await followEvents(api, { signal: new AbortController().signal, onEvent: () => undefined, wait: async () => undefined });
      expect(fetches).toHaveBeenCalledTimes(1);
    }
  });

  it('stops reading at once when the signal aborts an open stream', async () => {
    const controller = new AbortController();
    let calls = 0;
    const api = new ApiClient(async (_url, init) => {
      calls++;
      return stream(['id: 1\ndata: {"n":1}\n\n'], { open: true, signal: init?.signal ?? null });
    });
    const heard: LiveEvent[] = [];
    const done = followEvents(api, {
      signal: controller.signal,
      onEvent: (event) => {
        heard.push(event);
        if (event.type !== 'open') controller.abort();
      },
    });
    await done;
    expect(calls).toBe(1);
    expect(heard).toEqual([{ type: 'open' }, { type: 'message', id: '1', data: { n: 1 } }]);
  });
});

describe('LiveEvents', () => {
  it('shares one stream between listeners and closes it a moment after the last leaves, or when signed out', async () => {
    vi.useFakeTimers();
    try {
      const signals: AbortSignal[] = [];
      const fetchImpl = vi.fn(async (url: string, init?: RequestInit) => {
        if (url.endsWith('/auth/refresh')) {
          return new Response(JSON.stringify({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 900 }), { status: 200 });
        }
        if (url.endsWith('/auth/logout')) return new Response(null, { status: 204 });
        if (init?.signal) signals.push(init.signal);
        return stream([': connected\n'], { open: true, signal: init?.signal ?? null });
      });
      const api = new ApiClient(fetchImpl);
      await api.start();
      const hub = new LiveEvents(api, 1000);
      const first: LiveEvent[] = [];
      const stopFirst = hub.subscribe((event) => first.push(event));
      const stopSecond = hub.subscribe(() => undefined);
      await vi.advanceTimersByTimeAsync(0);
      expect(signals).toHaveLength(1);
      expect(first).toEqual([{ type: 'open' }]);
      stopFirst();
      stopSecond();
      const again = hub.subscribe(() => undefined); // a page change: the same stream goes on
      await vi.advanceTimersByTimeAsync(1500);
      expect(signals).toHaveLength(1);
      expect(signals[0]?.aborted).toBe(false);
      again();
      await vi.advanceTimersByTimeAsync(1500);
      expect(signals[0]?.aborted).toBe(true);
      expect(hub.following).toBe(false);

      hub.subscribe(() => undefined);
      await vi.advanceTimersByTimeAsync(0);
      expect(signals).toHaveLength(2);
      await api.logOut();
      expect(signals[1]?.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
