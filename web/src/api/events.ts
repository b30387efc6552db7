import type { ApiClient } from './client';

/**
 * The live events of `GET /events` (docs/api.md, "Live events"). The stream needs the bearer
 * token, which EventSource cannot send, so it is read with `fetchRaw` and parsed here as the
 * HTML standard's server-sent events: `id:`, `event:`, `data:` and `retry:` lines, `:` comments,
 * an empty line dispatching the event. After a drop it reconnects with `Last-Event-ID` after the
 * server's `retry:` delay; it stops when its signal aborts (unmount, sign out).
 */

/** One dispatched event: `type` is `event:` (`message` when absent), `data` its lines joined. */
export interface StreamEvent {
  readonly type: string;
  readonly data: string;
  readonly id: string;
}

/** What the parser hands back for each chunk. */
export type ParsedItem =
  | { readonly kind: 'event'; readonly event: StreamEvent }
  | { readonly kind: 'retry'; readonly ms: number }
  | { readonly kind: 'comment'; readonly text: string };

/**
 * An incremental parser of `text/event-stream`: feed it the decoded text as it arrives, in chunks
 * of any size (a line, a CRLF or a multi-byte character may be split across chunks; `TextDecoder`
 * with `stream: true` handles the last).
 */
export class EventStreamParser {
  private buffer = '';
  private data: string[] = [];
  private type = '';
  private hasData = false;
  private started = false;
  /** The last event id seen (`id:`), kept across events as the standard says. */
  lastEventId = '';
  /** True when the previous chunk ended on CR: an LF opening the next one belongs to it. */
  private pendingCr = false;

  push(chunk: string): ParsedItem[] {
    let text = chunk;
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    this.buffer += text;
    const items: ParsedItem[] = [];
    let start = 0;
    for (let index = 0; index < this.buffer.length; index++) {
      const char = this.buffer[index];
      if (char !== '\n' && char !== '\r') continue;
      const line = this.buffer.slice(start, index);
      if (char === '\r') {
        if (index + 1 < this.buffer.length) {
          if (this.buffer[index + 1] === '\n') index++;
        } else {
          this.pendingCr = true;
        }
      }
      start = index + 1;
      this.line(line, items);
    }
    this.buffer = this.buffer.slice(start);
    return items;
  }

  /** The stream ended: an event not closed by an empty line is dropped, as the standard says. */
  end(): void {
    this.buffer = '';
    this.data = [];
    this.type = '';
    this.hasData = false;
    this.pendingCr = false;
  }

  private line(line: string, items: ParsedItem[]): void {
    if (line === '') {
      this.dispatch(items);
      return;
    }
    if (line.startsWith(':')) {
      items.push({ kind: 'comment', text: line.slice(1).replace(/^ /, '') });
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data.push(value);
        this.hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) items.push({ kind: 'retry', ms: Number.parseInt(value, 10) });
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  private dispatch(items: ParsedItem[]): void {
    if (this.hasData) {
      items.push({ kind: 'event', event: { type: this.type === '' ? 'message' : this.type, data: this.data.join('\n'), id: this.lastEventId } });
    }
    this.data = [];
    this.type = '';
    this.hasData = false;
  }
}

/** What a follower hears: the stream opened (read the resources again: events may have been missed), or an event. */
export type LiveEvent =
  | { readonly type: 'open' }
  | { readonly type: string; readonly id: string; readonly data: unknown };

export interface FollowOptions {
  readonly signal: AbortSignal;
  readonly onEvent: (event: LiveEvent) => void;
  /** Resume after this id (the `id:` of the last event seen). */
  readonly lastEventId?: string;
  /** Waits `ms` or until the signal aborts (injected by the tests). */
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called with the latest id, so a later follower can resume from it. */
  readonly onId?: (id: string) => void;
}

/** The server's default until it says otherwise (`retry: 3000` opens every stream). */
export const DEFAULT_RETRY_MS = 3000;
/** Consecutive failures wait longer, up to this. */
export const MAX_RETRY_MS = 60_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * Follows `GET /events` until the signal aborts or the session is refused (401 after the client's
 * own refresh, 403): each 200 is announced as `open`, each event's JSON handed on; a drop or a
 * network failure reconnects after the retry delay (doubled for each failure in a row, reset by a
 * stream that delivered something), with `Last-Event-ID`. A 422 (an id the server no longer
 * knows) starts afresh without it; 429 and 503 wait `Retry-After`.
 */
export async function followEvents(api: ApiClient, options: FollowOptions): Promise<void> {
  const { signal, onEvent } = options;
  const wait = options.wait ?? sleep;
  let lastEventId = options.lastEventId ?? '';
  let retry = DEFAULT_RETRY_MS;
  let failures = 0;
  while (!signal.aborted) {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId !== '') headers['Last-Event-ID'] = lastEventId;
    const { status, response } = await api.fetchRaw('/events', { headers, signal });
    if (signal.aborted) return;
    let delay: number;
    if (status === 200 && response?.body) {
      onEvent({ type: 'open' });
      const parser = new EventStreamParser();
      parser.lastEventId = lastEventId;
      const heard = await read(response.body, parser, signal, (item) => {
        if (item.kind === 'retry') retry = item.ms;
        else if (item.kind === 'event') {
          lastEventId = item.event.id;
          options.onId?.(lastEventId);
          onEvent({ type: item.event.type, id: item.event.id, data: parseData(item.event.data) });
        }
      });
      if (signal.aborted) return;
      failures = heard ? 0 : failures + 1;
      delay = backoff(retry, failures);
    } else if (status === 401 || status === 403) {
      return; // signed out, or no permission to follow: nothing to retry
    } else if (status === 422 && lastEventId !== '') {
      lastEventId = ''; // an id the server no longer knows: start afresh, at once
      delay = 0;
    } else {
      failures++;
      const after = Number.parseInt(response?.headers.get('Retry-After') ?? '', 10);
      delay = (status === 429 || status === 503) && Number.isFinite(after) ? after * 1000 : backoff(retry, failures);
      await response?.body?.cancel().catch(() => undefined);
    }
    if (delay > 0) await wait(delay, signal);
  }
}

function backoff(retry: number, failures: number): number {
  return Math.min(retry * 2 ** Math.max(0, failures - 1), Math.max(retry, MAX_RETRY_MS));
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

/** Reads the body to its end (or the abort); true when something (an event, a comment) came. */
async function read(
  body: ReadableStream<Uint8Array>,
  parser: EventStreamParser,
  signal: AbortSignal,
  handle: (item: ParsedItem) => void,
): Promise<boolean> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let heard = false;
  const abort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', abort);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const item of parser.push(decoder.decode(value, { stream: true }))) {
        if (item.kind !== 'retry') heard = true;
        handle(item);
      }
    }
  } catch {
    // a drop: the caller reconnects
  } finally {
    signal.removeEventListener('abort', abort);
    parser.end();
  }
  return heard;
}

type Listener = (event: LiveEvent) => void;

/**
 * One stream per ApiClient, shared by every page that listens (the API allows 5 per person):
 * it opens with the first listener and the signed-in session, and closes a moment after the last
 * listener leaves (a page change does not reconnect) or at once when the session ends.
 */
export class LiveEvents {
  private readonly listeners = new Set<Listener>();
  private controller: AbortController | null = null;
  private closing: ReturnType<typeof setTimeout> | null = null;
  private lastEventId = '';

  constructor(
    private readonly api: ApiClient,
    private readonly graceMs = 2000,
  ) {
    api.subscribe(() => {
      if (api.session !== 'signed-in') {
        this.stop();
        this.lastEventId = '';
      } else if (this.listeners.size > 0) this.start();
    });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.closing !== null) {
      clearTimeout(this.closing);
      this.closing = null;
    }
    if (this.controller !== null) listener({ type: 'open' });
    else if (this.api.session === 'signed-in') this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.closing === null) {
        this.closing = setTimeout(() => {
          this.closing = null;
          if (this.listeners.size === 0) this.stop();
        }, this.graceMs);
      }
    };
  }

  /** Whether a stream is being followed (open or reconnecting). */
  get following(): boolean {
    return this.controller !== null;
  }

  private start(): void {
    if (this.controller !== null) return;
    const controller = new AbortController();
    this.controller = controller;
    void followEvents(this.api, {
      signal: controller.signal,
      lastEventId: this.lastEventId,
      onId: (id) => {
        this.lastEventId = id;
      },
      onEvent: (event) => {
        for (const listener of [...this.listeners]) listener(event);
      },
    }).finally(() => {
      if (this.controller === controller) this.controller = null;
    });
  }

  private stop(): void {
    this.controller?.abort();
    this.controller = null;
  }
}

const hubs = new WeakMap<ApiClient, LiveEvents>();

/** The shared live events of this client. */
export function liveEvents(api: ApiClient): LiveEvents {
  let hub = hubs.get(api);
  if (hub === undefined) {
    hub = new LiveEvents(api);
    hubs.set(api, hub);
  }
  return hub;
}
