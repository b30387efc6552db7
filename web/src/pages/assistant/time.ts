/**
 * Local dates and times in a named time zone (IANA id), with Intl alone: what a person types
 * (a date and a time on their wall clock) to the UTC instant the API takes, and back. A time that
 * does not exist on that day (the spring gap) moves later by the gap's length, a time that exists
 * twice (the autumn overlap) is the first: the same reading as the API's (java.time).
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** A wall-clock reading: `date` as YYYY-MM-DD, `time` as HH:MM, `weekday` 0 (Sunday) to 6. */
export interface LocalDateTime {
  readonly date: string;
  readonly time: string;
  readonly weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function fields(zone: string, instant: number) {
  const values: Record<string, string> = {};
  for (const part of partsFormat(zone).formatToParts(new Date(instant))) values[part.type] = part.value;
  const number = (name: string) => Number.parseInt(values[name] ?? '0', 10);
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour') % 24,
    minute: number('minute'),
    second: number('second'),
    weekday: WEEKDAYS.indexOf(values.weekday ?? 'Sun'),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Paris in summer: +7,200,000). */
export function offsetAt(zone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const f = fields(zone, whole);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - whole;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The wall clock of `zone` at an instant. */
export function localOf(instant: Date | number | string, zone: string): LocalDateTime {
  const f = fields(zone, new Date(instant).getTime());
  return { date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`, time: `${pad(f.hour)}:${pad(f.minute)}`, weekday: f.weekday };
}

function parseDate(date: string): [number, number, number] | null {
  const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (found === null) return null;
  return [Number(found[1]), Number(found[2]), Number(found[3])];
}

/**
 * The UTC instant of a local date (`YYYY-MM-DD`) and time (`HH:MM`) in `zone`, or null when
 * either is not a real date or time.
 */
export function zonedToUtc(date: string, time: string, zone: string): Date | null {
  const day = parseDate(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (day === null || clock === null) return null;
  const [year, month, dayOfMonth] = day;
  const hour = Number(clock[1]);
  const minute = Number(clock[2]);
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return null;
  const DAY = 86_400_000;
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - offsetAt(zone, instant) === instant)
    .sort((a, b) => a - b);
  const first = valid[0];
  // In a gap no offset fits: the offset before the gap moves the time later by the gap's length.
  return new Date(first ?? wall - before);
}

/** The date after (or before, with a negative count) a `YYYY-MM-DD` date. */
export function addDays(date: string, count: number): string {
  const day = parseDate(date);
  if (day === null) return date;
  const moved = new Date(Date.UTC(day[0], day[1] - 1, day[2] + count));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** The first instant of the local day of `now` in `zone`, and the first of the next day. */
export function dayBounds(zone: string, now: Date | number = Date.now()): { start: Date; end: Date } {
  const today = localOf(now, zone).date;
  return {
    start: zonedToUtc(today, '00:00', zone) ?? new Date(now),
    end: zonedToUtc(addDays(today, 1), '00:00', zone) ?? new Date(now),
  };
}

/** Whether the id is a zone this browser knows. */
export function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How a reminder repeats in the form; `other` is a rule made elsewhere (by a message). */
export type Repeat = 'none' | 'daily' | 'weekdays' | 'weekly' | 'monthly';
export const REPEATS: readonly Repeat[] = ['none', 'daily', 'weekdays', 'weekly', 'monthly'];

/** The RRULE (without `RRULE:`) of a choice, or null for a one-off. */
export function ruleOf(repeat: Repeat): string | null {
  switch (repeat) {
    case 'none':
      return null;
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekdays':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case 'weekly':
      return 'FREQ=WEEKLY';
    case 'monthly':
      return 'FREQ=MONTHLY';
  }
}

/** The choice a rule reads as, or `other` for any other rule (e.g. every other Wednesday). */
export function repeatOf(rule: string | null): Repeat | 'other' {
  if (rule === null || rule === '') return 'none';
  const parts = new Map(
    rule
      .toUpperCase()
      .split(';')
      .map((part) => part.split('=') as [string, string | undefined]),
  );
  const freq = parts.get('FREQ');
  const extra = [...parts.keys()].filter((key) => key !== 'FREQ' && key !== 'BYDAY' && !(key === 'INTERVAL' && parts.get(key) === '1'));
  if (extra.length > 0) return 'other';
  const byDay = parts.get('BYDAY');
  if (freq === 'DAILY' && byDay === undefined) return 'daily';
  if (freq === 'WEEKLY' && byDay !== undefined && byDay.split(',').sort().join(',') === 'FR,MO,TH,TU,WE') return 'weekdays';
  if (freq === 'WEEKLY' && (byDay === undefined || !byDay.includes(','))) return 'weekly';
  if (freq === 'MONTHLY' && byDay === undefined) return 'monthly';
  return 'other';
}

/**
 * The start date a rule's first occurrence should take: the API counts the start as the first
 * occurrence whatever the rule, so "weekdays" from a Saturday starts on the Monday.
 */
export function firstDateFor(repeat: Repeat, date: string): string {
  if (repeat !== 'weekdays') return date;
  const day = parseDate(date);
  if (day === null) return date;
  const weekday = new Date(Date.UTC(day[0], day[1] - 1, day[2])).getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let format = timeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
    timeFormats.set(key, format);
  }
  return format;
}

/** The local time of an instant in the app's locale ("4:00 PM", "16:00"). */
export function formatTime(instant: string | Date, zone: string, locale: string): string {
  return cached(locale, zone, { hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

/** The local date of an instant ("Fri, Dec 4"), the year when it is not this one. */
export function formatDate(instant: string | Date, zone: string, locale: string, now: Date = new Date()): string {
  const sameYear = localOf(instant, zone).date.slice(0, 4) === localOf(now, zone).date.slice(0, 4);
  return cached(locale, zone, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(new Date(instant));
}

/** Which day an instant falls on, seen from `now` in `zone`. */
export function dayOf(instant: string | Date, zone: string, now: Date = new Date()): 'today' | 'tomorrow' | 'yesterday' | 'other' {
  const date = localOf(instant, zone).date;
  const today = localOf(now, zone).date;
  if (date === today) return 'today';
  if (date === addDays(today, 1)) return 'tomorrow';
  if (date === addDays(today, -1)) return 'yesterday';
  return 'other';
}

/** When "tomorrow morning" is, in the reminder's zone. */
const MORNING = '09:00';

/** The snooze presets: ten minutes, an hour, tomorrow at 9 in the reminder's zone. */
export function snoozeTimes(zone: string, now: Date = new Date()): { minutes10: Date; hour: Date; tomorrow: Date } {
  const tomorrow = zonedToUtc(addDays(localOf(now, zone).date, 1), MORNING, zone) ?? new Date(now.getTime() + 86_400_000);
  return { minutes10: new Date(now.getTime() + 10 * 60_000), hour: new Date(now.getTime() + 60 * 60_000), tomorrow };
}
