/** Small formatting helpers of the security pages, kept pure so Vitest can check them. */

/** A phone number with all but its last digits hidden: `+15551234567` gives `••• 4567`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '•••' : `••• ${digits.slice(-4)}`;
}

/** A base32 secret in groups of four, as people type it into an authenticator app. */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/[\s=]/g, '')
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** What a person typed as a code, without the spaces apps show in the middle. */
export function cleanCode(typed: string): string {
  return typed.replace(/\s+/g, '');
}

/** An instant in the person's language and time zone (their profile's), date and time. */
export function formatWhen(iso: string, locale: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, ...(timeZone !== undefined ? { timeZone } : {}) }).format(date);
  } catch {
    // An unknown time zone: the browser's own rather than nothing.
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

/** The backup codes as a small text file, one a line, under a heading. */
export function backupCodesFile(heading: string, codes: readonly string[]): string {
  return `${heading}\n\n${codes.join('\n')}\n`;
}

/** A text as a `data:` URL a link can offer to download (the CSP allows no `blob:` images, and this needs none). */
export function textDataUrl(text: string): string {
  return 'data:text/plain;charset=utf-8,' + encodeURIComponent(text);
}

/** Whether a phone number looks like E.164 (`+` and 8 to 15 digits); the API has the last word. */
export function looksE164(phone: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(phone.replace(/[\s().-]/g, ''));
}

/** A phone number as typed, with the spaces, dots, dashes and brackets people add taken out. */
export function cleanPhone(typed: string): string {
  return typed.replace(/[\s().-]/g, '');
}

/** Sessions as the page lists them: this device first, then the others, the most recently used first. */
export function orderSessions<S extends { readonly current: boolean; readonly lastSeenAt: string | null; readonly createdAt: string }>(
  sessions: readonly S[],
): S[] {
  const seen = (session: S) => Date.parse(session.lastSeenAt ?? session.createdAt) || 0;
  return [...sessions].sort((a, b) => (a.current === b.current ? seen(b) - seen(a) : a.current ? -1 : 1));
}
