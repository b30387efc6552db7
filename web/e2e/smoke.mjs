// One walk through the app in a real browser: Debian's Chromium driven by playwright-core (no
// browser download). Against a running `dev`: node e2e/smoke.mjs http://localhost:8080 http://localhost:8081
// Registers (a weak password first, refused under its field), verifies the email from the link in
// the dev outbox, logs in, adds a task and completes it, reloads (still signed in by the HttpOnly
// cookie, nothing a script can read), signs out and reloads (the login); then,
// an authenticator app turned on, logs in again through the second step (a wrong code refused, a
// backup code taken) and signs out. Screenshots go to e2e/artifacts/.
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [given = 'http://localhost:8080', admin = 'http://localhost:8081'] = process.argv.slice(2);
// The refresh cookie is Secure: over plain HTTP, localhost is the host docs/api.md names (127.0.0.1 works too in Chromium).
const base = given.replace('//127.0.0.1:', '//localhost:');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const email = `web-smoke-${Date.now()}@example.org`;
const password = 'purple elephants dance quietly';
const artifacts = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

function step(text) {
  console.log(text);
}

async function verificationLink() {
  for (let attempt = 0; attempt < 40; attempt++) {
    const outbox = await (await fetch(`${admin}/dev/outbox`)).json();
    const mail = outbox.filter((m) => m.to === email && m.subject === 'Confirm your email address').at(-1);
    const link = mail?.body.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no verification email for ' + email);
}

/** The authenticator app's code (RFC 6238: SHA-1, 30 s, 6 digits) of a base32 secret. */
function totp(secret, at = Date.now()) {
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

async function api(method, path, body, token) {
  const response = await fetch(base + '/api/v1' + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  // A French browser that prefers dark and less motion gets the French wording and the dark palette.
  const french = await browser.newContext({ locale: 'fr-FR', colorScheme: 'dark', reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
  const frenchPage = await french.newPage();
  await frenchPage.goto(`${base}/today`);
  await frenchPage.getByRole('heading', { name: 'Connexion' }).waitFor();
  const lang = await frenchPage.evaluate(() => document.documentElement.lang);
  if (lang !== 'fr') throw new Error('the page says lang=' + lang);
  await frenchPage.screenshot({ path: artifacts + 'login-fr-dark-390.png', fullPage: true });
  await french.close();
  step('a French browser gets the French login (lang=fr), a deep link to Today signed out goes to it');

  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();

  await page.goto(`${base}/register`);
  await page.getByLabel('Your name').fill('Sam');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('sam sam sam sam');
  await page.getByRole('button', { name: 'Create my account' }).click();
  const refused = page.locator('.field.invalid').filter({ has: page.getByLabel('Password') });
  await refused.waitFor();
  step('a weak password is refused under its field: ' + (await refused.locator('.error').innerText()).replace(/\n/g, ' / '));
  await page.screenshot({ path: artifacts + 'register-refused-390.png', fullPage: true });

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();
  step('registered ' + email);

  const link = await verificationLink();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, base));
  await page.getByText('Your email address is confirmed.').waitFor();
  step('verified the email from the link of the mail');

  await page.getByRole('link', { name: 'Go to log in' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  step('logged in, on Today');

  await page.getByLabel('New task').fill('call the pharmacy');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.getByText('call the pharmacy').waitFor();
  await page.screenshot({ path: artifacts + 'today-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: artifacts + 'today-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Mark “call the pharmacy” as done' }).click();
  await page.getByText('Done: call the pharmacy').waitFor();
  await page.getByText('Nothing open. Well done.').waitFor();
  step('added a task and completed it with one tap');

  // The refresh token is the API's HttpOnly cookie: a reload refreshes silently and stays signed in.
  const cookies = await context.cookies();
  if (!cookies.some((cookie) => cookie.name === '__Secure-refresh-token' && cookie.httpOnly)) {
    throw new Error('no HttpOnly refresh cookie: ' + JSON.stringify(cookies.map((cookie) => cookie.name)));
  }
  await page.reload();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  if (stored !== '{}{}') throw new Error('something a script can read was stored: ' + stored);
  step('a reload keeps the person signed in (the HttpOnly cookie, not in document.cookie, nothing in storage)');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  step('after sign out, a reload shows the login');

  // An authenticator app turned on through the API; the login then asks for the second step.
  const { accessToken } = await api('POST', '/auth/login', { email, password });
  const { secret } = await api('POST', '/mfa/totp/setup', undefined, accessToken);
  const { backupCodes } = await api('POST', '/mfa/totp/confirm', { code: totp(secret) }, accessToken);
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'One more step' }).waitFor();
  await page.getByLabel('Code from your authenticator app').fill(totp(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('This code is not right. Try again.').waitFor();
  await page.screenshot({ path: artifacts + 'second-step-refused-390.png', fullPage: true });
  step('the second step is asked for, and a wrong authenticator code is refused under its field');
  await page.getByRole('button', { name: 'Use a backup code instead' }).click();
  await page.getByLabel('One of your backup codes').fill(backupCodes[0]);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  step('logged in with a backup code');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  step('signed out');
} finally {
  await browser.close();
}
