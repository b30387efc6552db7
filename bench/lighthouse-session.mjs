// Helper of bench/lighthouse.sh: starts Chromium with a remote debugging port, makes an account
// through the API, logs in through the app's form (so the browser holds the HttpOnly refresh
// cookie, and the service worker is installed), prints "ready" and keeps the browser open until
// stdin closes, so the Lighthouse CLI can measure the signed-in Today on that browser (--port,
// --disable-storage-reset). playwright-core comes from web/node_modules (no download).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, admin, port] = process.argv.slice(2);
const require = createRequire(new URL('../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
const chrome = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', [
  '--headless=new', '--no-sandbox', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank',
], { stdio: 'ignore' });

async function api(method, path, body, token) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

try {
  const email = `lighthouse-${Date.now()}@example.org`;
  const password = 'purple elephants dance quietly';
  await api('POST', '/auth/register', { email, password, displayName: 'Sam' });
  let link = null;
  for (let attempt = 0; attempt < 40 && link === null; attempt++) {
    const outbox = await (await fetch(`${admin}/dev/outbox`)).json();
    link = outbox.filter((mail) => mail.to === email).at(-1)?.body.match(/\/verify-email\?token=(\S+)/)?.[1] ?? null;
    if (link === null) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (link === null) throw new Error('no verification email');
  await api('POST', '/auth/verify-email', { token: decodeURIComponent(link) });
  const { accessToken } = await api('POST', '/auth/login', { email, password });
  for (const title of ['call the bank', 'water the plants', 'book the dentist', 'post the letter']) {
    await api('POST', '/tasks', { title }, accessToken);
  }

  let browser = null;
  for (let attempt = 0; attempt < 50 && browser === null; attempt++) {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
    if (browser === null) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (browser === null) throw new Error('Chromium did not open its debugging port');
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('water the plants').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.close();
  console.log('ready');
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve));
} finally {
  chrome.kill();
  await new Promise((resolve) => setTimeout(resolve, 300));
  rmSync(profile, { recursive: true, force: true });
}
