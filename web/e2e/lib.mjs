// What every browser walk shares: the API and the dev outbox from Node, the authenticator's code,
// accounts made quickly, screenshots at the phone and desktop widths, and axe-core's check.
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const PASSWORD = 'purple elephants dance quietly';

/** The RFC 6238 code (SHA-1, 30 s, 6 digits) an authenticator app shows for a base32 secret. */
export function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * The context a walk is given: `base` (the app, on localhost: the refresh cookie is Secure and
 * Chromium keeps it there over HTTP), `admin` (the dev admin port), the browser, and helpers.
 */
export function walkContext({ base, admin, browser, artifacts, walk }) {
  mkdirSync(artifacts, { recursive: true });
  let accounts = 0;
  const ctx = {
    base,
    admin,
    browser,
    artifacts,
    /**
     * The first administrator dev made at start from ASSISTANT_ADMIN_EMAIL and _PASSWORD (WebAppBrowserIT
     * sets both, for dev and for the walks), or null when this dev has none.
     */
    administrator:
      process.env.ASSISTANT_ADMIN_EMAIL && process.env.ASSISTANT_ADMIN_PASSWORD
        ? { email: process.env.ASSISTANT_ADMIN_EMAIL, password: process.env.ASSISTANT_ADMIN_PASSWORD }
        : null,
    step(text) {
      console.log(`  [${walk}] ${text}`);
    },

    /** A JSON call to the API from Node; throws on anything but 2xx. `token` is a bearer token. */
    async api(method, path, body, token, headers = {}) {
      const response = await fetch(base + '/api/v1' + path, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : response.json();
    },

    /** The newest email to `to` whose subject is `subject` in the dev outbox (waits up to 10 s). */
    async mail(to, subject) {
      for (let attempt = 0; attempt < 40; attempt++) {
        const outbox = await (await fetch(`${admin}/dev/outbox`)).json();
        const found = outbox.filter((m) => m.to === to && m.subject === subject).at(-1);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`no email "${subject}" to ${to}`);
    },

    /** The first link of an email whose path is `path` (e.g. /verify-email), moved onto `base`. */
    async mailLink(to, subject, path) {
      const mail = await ctx.mail(to, subject);
      const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const link = mail.body.match(new RegExp(`https?://\\S+${escaped}\\?\\S+`))?.[0];
      if (!link) throw new Error(`no ${path} link in "${subject}" to ${to}`);
      return link.replace(/^https?:\/\/[^/]+/, base);
    },

    /** A registered, verified account made through the API: `{ email, password, accessToken }`. */
    async account(prefix = walk) {
      const email = `${prefix}-${Date.now()}-${++accounts}@example.org`;
      await ctx.api('POST', '/auth/register', { email, password: PASSWORD, displayName: 'Sam' });
      const link = await ctx.mailLink(email, 'Confirm your email address', '/verify-email');
      await ctx.api('POST', '/auth/verify-email', { token: new URL(link).searchParams.get('token') });
      const { accessToken } = await ctx.api('POST', '/auth/login', { email, password: PASSWORD });
      return { email, password: PASSWORD, accessToken };
    },

    /** A browser page of its own (English, phone width unless told), with its context. */
    async page(options = {}) {
      const context = await browser.newContext({ locale: 'en-US', viewport: PHONE, ...options });
      const page = await context.newPage();
      return { context, page };
    },

    /** Logs in through the app's form (no second factor) and waits for Today. */
    async logIn(page, email, password = PASSWORD) {
      await page.goto(`${base}/login`);
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { name: 'Today' }).waitFor();
    },

    /** Screenshots of the page at the phone (390 px) and desktop (1280 px) widths, full length. */
    async shoot(page, name) {
      const before = page.viewportSize() ?? PHONE;
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: `${artifacts}${walk}-${name}-390.png`, fullPage: true });
      await page.setViewportSize(DESKTOP);
      await page.screenshot({ path: `${artifacts}${walk}-${name}-1280.png`, fullPage: true });
      await page.setViewportSize(before);
    },

    /**
     * axe-core on the page as it is (WCAG 2.0-2.2 A and AA rules and best practices); throws on any
     * serious or critical violation, lists the minor ones. Run through the DevTools protocol, so the
     * page's CSP (no inline script) is left as it is.
     */
    async accessible(page, name) {
      const results = await page.evaluate(
        `(async () => { ${AXE_SOURCE}; return await axe.run(document, { resultTypes: ['violations'] }); })()`,
      );
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const describe = (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`;
      if (blocking.length > 0) throw new Error(`axe on ${name}:\n  ${blocking.map(describe).join('\n  ')}`);
      const minor = results.violations.length;
      ctx.step(`axe on ${name}: no serious or critical violation${minor > 0 ? ` (${minor} minor: ${results.violations.map((v) => v.id).join(', ')})` : ''}`);
    },
  };
  return ctx;
}
