import { describe, expect, it } from 'vitest';
import { formOf, localToInstant, money, preferencesOf, rolesToSend, timeZoneChoices, toggleChannel, usageRows, when } from './logic';
import type { UsageLine } from '../../api/account';

describe('timeZoneChoices', () => {
  it('puts the current zone first, then every other one once, sorted, with UTC', () => {
    expect(timeZoneChoices('Europe/Paris', ['Europe/Berlin', 'America/New_York', 'Europe/Paris', 'Europe/Berlin'])).toEqual([
      'Europe/Paris',
      'America/New_York',
      'Europe/Berlin',
      'UTC',
    ]);
    expect(timeZoneChoices('UTC', ['Asia/Tokyo'])).toEqual(['UTC', 'Asia/Tokyo']);
  });

  it('keeps a current zone the browser does not list', () => {
    expect(timeZoneChoices('Mars/Olympus', [])[0]).toBe('Mars/Olympus');
  });
});

describe('toggleChannel', () => {
  it('keeps the order of preference, a channel ticked again going last', () => {
    expect(toggleChannel(['sms', 'web'], 'email', true)).toEqual(['sms', 'web', 'email']);
    expect(toggleChannel(['sms', 'web', 'email'], 'sms', false)).toEqual(['web', 'email']);
    expect(toggleChannel(['web'], 'web', true)).toEqual(['web']);
  });
});

describe('the preferences form', () => {
  const stored = { quietHours: { start: '22:00', end: '07:30' }, nagIntervalMinutes: 10, maxNags: 3, checkInTime: null, reminderChannels: ['web', 'sms'] as const };

  it('shows what is stored and gives it back unchanged', () => {
    const form = formOf(stored);
    expect(form).toMatchObject({ quietOn: true, checkInOn: false, nagIntervalMinutes: '10', reminderChannels: ['web', 'sms'] });
    expect(preferencesOf(form)).toEqual({ ...stored, reminderChannels: ['web', 'sms'] });
  });

  it('sends null for what is switched off and keeps the times for when it is switched on again', () => {
    const form = { ...formOf(stored), quietOn: false, checkInOn: true, checkInTime: '08:15' };
    expect(preferencesOf(form)).toMatchObject({ quietHours: null, checkInTime: '08:15' });
    expect(formOf({ ...stored, quietHours: null }).quietStart).toBe('22:00');
  });

  it('sends a number that is not a whole number as -1, for the API to refuse under its field', () => {
    expect(preferencesOf({ ...formOf(stored), nagIntervalMinutes: '2.5', maxNags: ' 4 ' })).toMatchObject({ nagIntervalMinutes: -1, maxNags: 4 });
    expect(preferencesOf({ ...formOf(stored), nagIntervalMinutes: '' }).nagIntervalMinutes).toBe(-1);
  });
});

describe('money and dates', () => {
  it('shows costs with 2 to 4 decimals in the person\'s language', () => {
    expect(money('0.0079', 'USD', 'en')).toBe('$0.0079');
    expect(money('1.5000', 'USD', 'en')).toBe('$1.50');
    expect(money('0.0079', 'EUR', 'fr').replace(/\s/g, ' ')).toBe('0,0079 €');
    expect(money('n/a', 'USD', 'en')).toBe('n/a USD');
  });

  it('shows an instant in the person\'s zone', () => {
    expect(when('2026-12-02T09:00:00Z', 'en', 'Europe/Paris')).toContain('10:00');
    expect(when('2026-12-02T09:00:00Z', 'en', 'America/New_York')).toContain('4:00');
    expect(when(null, 'en', 'UTC')).toBe('');
  });

  it('reads a local date and time as an instant, and leaves an empty filter empty', () => {
    expect(localToInstant('')).toBe('');
    expect(localToInstant('2026-12-02T09:30')).toBe(new Date('2026-12-02T09:30').toISOString());
  });
});

describe('usageRows', () => {
  const line = (period: string, direction: string): UsageLine => ({ period, direction, messages: 1, segments: 1, cost: '0.0079', currency: 'USD', estimated: false });

  it('puts the newest period first, sent before received', () => {
    const rows = usageRows([line('2026-11', 'inbound'), line('2026-12', 'inbound'), line('2026-12', 'outbound')]);
    expect(rows.map((row) => `${row.period} ${row.direction}`)).toEqual(['2026-12 outbound', '2026-12 inbound', '2026-11 inbound']);
  });
});

describe('rolesToSend', () => {
  it('always sends user and keeps the ladder\'s order', () => {
    expect(rolesToSend(['administrator', 'premium'], ['user', 'premium', 'administrator'])).toEqual(['user', 'premium', 'administrator']);
    expect(rolesToSend([], ['user', 'premium', 'administrator'])).toEqual(['user']);
  });
});
