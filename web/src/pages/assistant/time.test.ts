import { describe, expect, it } from 'vitest';
import { addDays, dayBounds, dayOf, firstDateFor, formatTime, localOf, offsetAt, repeatOf, ruleOf, snoozeTimes, zonedToUtc, REPEATS } from './time';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('zonedToUtc', () => {
  it('reads a local date and time in the zone', () => {
    expect(iso(zonedToUtc('2026-12-03', '16:00', 'Europe/Paris'))).toBe('2026-12-03T15:00:00.000Z');
    expect(iso(zonedToUtc('2026-07-03', '16:00', 'Europe/Paris'))).toBe('2026-07-03T14:00:00.000Z');
    expect(iso(zonedToUtc('2026-12-03', '16:00', 'America/New_York'))).toBe('2026-12-03T21:00:00.000Z');
    expect(iso(zonedToUtc('2026-12-03', '16:00', 'UTC'))).toBe('2026-12-03T16:00:00.000Z');
    expect(iso(zonedToUtc('2026-12-03', '09:15', 'Asia/Kolkata'))).toBe('2026-12-03T03:45:00.000Z');
    expect(iso(zonedToUtc('2026-12-03', '00:30', 'Pacific/Kiritimati'))).toBe('2026-12-02T10:30:00.000Z');
  });

  it('moves a time in the spring gap later by the gap, as java.time does', () => {
    // Paris, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and becomes 03:30 CEST.
    expect(iso(zonedToUtc('2026-03-29', '02:30', 'Europe/Paris'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToUtc('2026-03-29', '01:59', 'Europe/Paris'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(zonedToUtc('2026-03-29', '03:00', 'Europe/Paris'))).toBe('2026-03-29T01:00:00.000Z');
    // New York, 8 March 2026: 02:30 becomes 03:30 EDT.
    expect(iso(zonedToUtc('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // Lord Howe moves half an hour: 02:15 on 4 October 2026 becomes 02:45 (+11).
    expect(iso(zonedToUtc('2026-10-04', '02:15', 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00.000Z');
  });

  it('takes the first of a time that comes twice in the autumn', () => {
    // Paris, 25 October 2026: 02:30 comes in CEST (00:30Z), then again in CET (01:30Z).
    expect(iso(zonedToUtc('2026-10-25', '02:30', 'Europe/Paris'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedToUtc('2026-10-25', '03:00', 'Europe/Paris'))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(zonedToUtc('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(zonedToUtc('2026-02-30', '10:00', 'UTC')).toBeNull();
    expect(zonedToUtc('2026-12-03', '24:00', 'UTC')).toBeNull();
    expect(zonedToUtc('03/12/2026', '10:00', 'UTC')).toBeNull();
    expect(zonedToUtc('2026-12-03', '', 'UTC')).toBeNull();
  });

  it('goes back and forth with localOf', () => {
    for (const zone of ['Europe/Paris', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Tokyo']) {
      for (const time of ['00:00', '08:05', '12:30', '23:59']) {
        const instant = zonedToUtc('2026-06-15', time, zone);
        expect(localOf(instant ?? 0, zone)).toMatchObject({ date: '2026-06-15', time });
      }
    }
  });
});

describe('the day in a zone', () => {
  it('offsets and day bounds follow the zone, a 23-hour day included', () => {
    expect(offsetAt('Europe/Paris', Date.parse('2026-07-01T00:00:00Z'))).toBe(7_200_000);
    expect(offsetAt('America/New_York', Date.parse('2026-12-01T00:00:00Z'))).toBe(-18_000_000);
    const { start, end } = dayBounds('Europe/Paris', new Date('2026-03-29T12:00:00Z'));
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // 23:30 UTC on 3 December is already the 4th in Paris.
    expect(dayBounds('Europe/Paris', new Date('2026-12-03T23:30:00Z')).start.toISOString()).toBe('2026-12-03T23:00:00.000Z');
  });

  it('names today and tomorrow in the zone, not the browser', () => {
    const now = new Date('2026-12-03T22:00:00Z');
    expect(dayOf('2026-12-03T23:30:00Z', 'UTC', now)).toBe('today');
    expect(dayOf('2026-12-03T22:30:00Z', 'Europe/Paris', now)).toBe('today');
    expect(dayOf('2026-12-03T23:30:00Z', 'Europe/Paris', now)).toBe('tomorrow');
    expect(dayOf('2026-12-04T23:30:00Z', 'Europe/Paris', now)).toBe('other');
    expect(dayOf('2026-12-04T12:00:00Z', 'UTC', now)).toBe('tomorrow');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('formats the local time in the locale', () => {
    const clean = (text: string) => text.replace(/\s/g, ' ');
    expect(clean(formatTime('2026-12-03T15:00:00Z', 'Europe/Paris', 'en'))).toBe('4:00 PM');
    expect(formatTime('2026-12-03T15:00:00Z', 'Europe/Paris', 'fr')).toBe('16:00');
  });
});

describe('repeats', () => {
  it('turns each choice into its rule and reads it back', () => {
    expect(REPEATS.map(ruleOf)).toEqual([null, 'FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'FREQ=WEEKLY', 'FREQ=MONTHLY']);
    for (const repeat of REPEATS) expect(repeatOf(ruleOf(repeat))).toBe(repeat);
    expect(repeatOf('FREQ=WEEKLY;BYDAY=WE')).toBe('weekly');
    expect(repeatOf('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE')).toBe('other');
    expect(repeatOf('FREQ=DAILY;BYDAY=MO,TU')).toBe('other');
  });

  it('starts weekdays on the Monday after a weekend', () => {
    expect(firstDateFor('weekdays', '2026-12-05')).toBe('2026-12-07'); // Saturday
    expect(firstDateFor('weekdays', '2026-12-06')).toBe('2026-12-07'); // Sunday
    expect(firstDateFor('weekdays', '2026-12-03')).toBe('2026-12-03');
    expect(firstDateFor('daily', '2026-12-05')).toBe('2026-12-05');
  });
});

describe('snoozeTimes', () => {
  it('offers ten minutes, an hour, and tomorrow at 9 on the reminder’s clock', () => {
    const now = new Date('2026-12-03T23:30:00Z'); // already the 4th in Paris
    const times = snoozeTimes('Europe/Paris', now);
    expect(times.minutes10.toISOString()).toBe('2026-12-03T23:40:00.000Z');
    expect(times.hour.toISOString()).toBe('2026-12-04T00:30:00.000Z');
    expect(times.tomorrow.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(snoozeTimes('America/New_York', now).tomorrow.toISOString()).toBe('2026-12-04T14:00:00.000Z');
  });
});
