// One walk through the app in a real browser: Debian's Chromium driven by playwright-core (no
// browser download). Against a running `dev`: node e2e/smoke.mjs http://localhost:8080 http://localhost:8081
// Registers (a weak password first, refused under its field), verifies the email from the link in
// the dev outbox, logs in, adds a task and completes it. Screenshots go to e2e/artifacts/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:8080', admin = 'http://localhost:8081'] = process.argv.slice(2);
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

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
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
  await page.getByRole('button', { name: 'Mark “call the pharmacy” as done' }).click();
  await page.getByText('Done: call the pharmacy').waitFor();
  await page.getByText('Nothing open. Well done.').waitFor();
  step('added a task and completed it with one tap');

  await page.reload();
  await page.getByText('For your safety, reloading the page signs you out.').waitFor();
  step('a reload asks to log in again (no token kept where a script could read it)');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  if (stored !== '{}{}') throw new Error('something was stored: ' + stored);
} finally {
  await browser.close();
}
