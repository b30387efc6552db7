import type { Channel, Preferences, UsageLine } from '../../api/account';
import { CHANNELS } from '../../api/account';

/*
 * What the account pages compute, apart from React: the list of time zones, the preferences a
 * form gives, the order of reminder channels, money and dates for people, the usage table.
 */

/** The zones to choose from: the current one first, then every other one once, in alphabetical order. */
export function timeZoneChoices(current: string, supported: readonly string[]): string[] {
  const rest = [...new Set([...supported, 'UTC'])].filter((zone) => zone !== current).sort();
  return current === '' ? rest : [current, ...rest];
}

/** The zones the browser knows, or only the current one where `Intl.supportedValuesOf` is missing. */
export function supportedTimeZones(): readonly string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/**
 * The channels in order of preference after ticking or unticking one: the order kept, a channel
 * ticked again goes last (the least preferred), each once.
 */
export function toggleChannel(current: readonly Channel[], channel: Channel, on: boolean): Channel[] {
  const without = current.filter((other) => other !== channel);
  return on ? [...without, channel] : without;
}

/** What the preferences form holds: text fields as typed, the switches as booleans. */
export interface PreferencesForm {
  readonly quietOn: boolean;
  readonly quietStart: string;
  readonly quietEnd: string;
  readonly nagIntervalMinutes: string;
  readonly maxNags: string;
  readonly checkInOn: boolean;
  readonly checkInTime: string;
  readonly reminderChannels: readonly Channel[];
}

export function formOf(preferences: Preferences): PreferencesForm {
  return {
    quietOn: preferences.quietHours !== null,
    quietStart: preferences.quietHours?.start ?? '22:00',
    quietEnd: preferences.quietHours?.end ?? '07:30',
    nagIntervalMinutes: String(preferences.nagIntervalMinutes),
    maxNags: String(preferences.maxNags),
    checkInOn: preferences.checkInTime !== null,
    checkInTime: preferences.checkInTime ?? '09:00',
    reminderChannels: CHANNELS.filter((channel) => preferences.reminderChannels.includes(channel)).sort(
      (a, b) => preferences.reminderChannels.indexOf(a) - preferences.reminderChannels.indexOf(b),
    ),
  };
}

/**
 * The body of `PUT /users/me/preferences` from the form. A number field that is not a whole number
 * goes as -1, which the API refuses under that field like any other value out of its range.
 */
export function preferencesOf(form: PreferencesForm): Preferences {
  return {
    quietHours: form.quietOn ? { start: form.quietStart, end: form.quietEnd } : null,
    nagIntervalMinutes: whole(form.nagIntervalMinutes),
    maxNags: whole(form.maxNags),
    checkInTime: form.checkInOn ? form.checkInTime : null,
    reminderChannels: [...form.reminderChannels],
  };
}

function whole(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : -1;
}

/** A cost as the API gives it (a decimal string, 4 decimals or more) for a person: 2 to 4 decimals. */
export function money(cost: string, currency: string, locale: string): string {
  const value = Number(cost);
  if (!Number.isFinite(value)) return `${cost} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value);
  } catch {
    return `${cost} ${currency}`;
  }
}

/** An instant as a date and time in the person's zone and language; '' for null. */
export function when(iso: string | null | undefined, locale: string, timeZone: string): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

/** An instant as a date only, in the person's zone and language. */
export function day(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  }
}

/** The usage lines newest period first, sent before received within a period. */
export function usageRows(items: readonly UsageLine[]): UsageLine[] {
  const rank = (direction: string) => (direction === 'outbound' ? 0 : direction === 'inbound' ? 1 : 2);
  return [...items].sort((a, b) => (a.period === b.period ? rank(a.direction) - rank(b.direction) : a.period < b.period ? 1 : -1));
}

/** A `datetime-local` value (the browser's local time) as the ISO instant the API filters on; '' stays ''. */
export function localToInstant(value: string): string {
  if (value.trim() === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** The roles to send: the ones ticked, `user` always (the API implies it), in the order of the ladder. */
export function rolesToSend(ticked: readonly string[], ladder: readonly string[]): string[] {
  return ladder.filter((role) => role === 'user' || ticked.includes(role));
}
