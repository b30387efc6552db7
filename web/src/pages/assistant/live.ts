import { useContext, useEffect, useRef } from 'react';
import type { ApiClient } from '../../api/client';
import { liveEvents, type LiveEvent } from '../../api/events';
import { LocaleContext } from '../../i18n';
import { useSession } from '../../session';
import { knownZone } from './time';

/** Hears the shared live stream while the page is shown (the latest `handler` each time). */
export function useLiveEvents(api: ApiClient, handler: (event: LiveEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => liveEvents(api).subscribe((event) => latest.current(event)), [api]);
}

/** The person's time zone (their profile's), UTC until it is known or when this browser lacks it. */
export function useZone(): string {
  const zone = useSession().me?.timezone;
  return zone !== undefined && knownZone(zone) ? zone : 'UTC';
}

export function useLocale(): string {
  return useContext(LocaleContext).locale;
}

/**
 * Runs `load` when the page opens and whenever `load` changes (its inputs did), just after the
 * effect rather than inside it, so its state changes never cascade through the render that
 * started it; a load the page left behind is not started.
 */
export function useLoad(load: () => Promise<void>): void {
  useEffect(() => {
    let live = true;
    queueMicrotask(() => {
      if (live) void load();
    });
    return () => {
      live = false;
    };
  }, [load]);
}
