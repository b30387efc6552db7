import { describe, expect, it } from 'vitest';
import { backupCodesFile, cleanCode, cleanPhone, formatWhen, groupSecret, looksE164, maskPhone, orderSessions, textDataUrl } from './format';

describe('maskPhone', () => {
  it('keeps the last four digits only', () => {
    expect(maskPhone('+15551234567')).toBe('••• 4567');
    expect(maskPhone('+33 6 12 34 56 78')).toBe('••• 5678');
    expect(maskPhone('12')).toBe('•••');
  });
});

describe('groupSecret', () => {
  it('groups a base32 secret by four, upper case, padding dropped', () => {
    expect(groupSecret('jbswy3dpehpk3pxp')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEFGHIJ==')).toBe('ABCD EFGH IJ');
    expect(groupSecret('')).toBe('');
  });
});

describe('codes and phones as typed', () => {
  it('drops the spaces of a code', () => {
    expect(cleanCode(' 123 456 ')).toBe('123456');
  });
  it('takes E.164 numbers, with the separators people type', () => {
    expect(looksE164('+15551234567')).toBe(true);
    expect(looksE164('+1 (555) 123-4567')).toBe(true);
    expect(cleanPhone('+1 (555) 123-4567')).toBe('+15551234567');
    expect(looksE164('5551234567')).toBe(false);
    expect(looksE164('+0551234567')).toBe(false);
    expect(looksE164('+1555')).toBe(false);
  });
});

describe('formatWhen', () => {
  it('writes the instant in the locale and the time zone given', () => {
    const at = '2026-12-03T07:05:00Z';
    expect(formatWhen(at, 'en', 'UTC')).toContain('7:05');
    expect(formatWhen(at, 'en', 'America/New_York')).toContain('2:05');
    expect(formatWhen(at, 'fr', 'Europe/Paris')).toContain('08:05');
    expect(formatWhen(at, 'fr', 'Europe/Paris')).toMatch(/déc/);
  });
  it('falls back to the browser zone for an unknown one, and shows a broken instant as is', () => {
    expect(formatWhen('2026-12-03T07:05:00Z', 'en', 'Mars/Olympus')).toMatch(/2026/);
    expect(formatWhen('yesterday', 'en', 'UTC')).toBe('yesterday');
  });
});

describe('the backup codes file', () => {
  it('has the heading then one code a line, as a data URL', () => {
    const text = backupCodesFile('Backup codes', ['AAAA-BBBB-CCCC', 'DDDD-EEEE-FFFF']);
    expect(text).toBe('Backup codes\n\nAAAA-BBBB-CCCC\nDDDD-EEEE-FFFF\n');
    expect(decodeURIComponent(textDataUrl(text).replace('data:text/plain;charset=utf-8,', ''))).toBe(text);
  });
});

describe('orderSessions', () => {
  it('puts this device first, then the most recently used', () => {
    const at = (id: string, lastSeenAt: string | null, current = false) => ({ id, current, lastSeenAt, createdAt: '2026-12-01T00:00:00Z' });
    const ordered = orderSessions([
      at('old', '2026-12-02T08:00:00Z'),
      at('mine', '2026-12-01T09:00:00Z', true),
      at('never', null),
      at('new', '2026-12-03T08:00:00Z'),
    ]);
    expect(ordered.map((session) => session.id)).toEqual(['mine', 'new', 'old', 'never']);
  });
});
