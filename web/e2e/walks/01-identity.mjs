// Identity in the browser: a French browser gets the French login; register (a weak password
// first, refused under its field), verify the email from the link in the dev outbox, log in, add a
// task and complete it, reload (still signed in by the HttpOnly cookie, nothing a script can read),
// sign out and reload (the login); then, an authenticator app turned on, log in again through the
// second step (a wrong code refused, a backup code taken) and sign out.
import { PASSWORD, totp } from '../lib.mjs';

export default async function identity({ base, browser, artifacts, step, api, mailLink, shoot, accessible }) {
  const email = `web-identity-${Date.now()}@example.org`;
  const password = PASSWORD;
  // A French browser that prefers dark and less motion gets the French wording and the dark palette.
  const french = await browser.newContext({ locale: 'fr-FR', colorScheme: 'dark', reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
  const frenchPage = await french.newPage();
  await frenchPage.goto(`${base}/today`);
  await frenchPage.getByRole('heading', { name: 'Connexion' }).waitFor();
  const lang = await frenchPage.evaluate(() => document.documentElement.lang);
  if (lang !== 'fr') throw new Error('the page says lang=' + lang);
  await frenchPage.screenshot({ path: artifacts + 'identity-login-fr-dark-390.png', fullPage: true });
  await accessible(frenchPage, 'the French login in dark');
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
  await shoot(page, 'register-refused');
  await accessible(page, 'the registration refused');

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();
  step('registered ' + email);

  await page.goto(await mailLink(email, 'Confirm your email address', '/verify-email'));
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
  await shoot(page, 'today');
  await accessible(page, 'Today');
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
  await shoot(page, 'second-step-refused');
  await accessible(page, 'the second step refused');
  step('the second step is asked for, and a wrong authenticator code is refused under its field');
  await page.getByRole('button', { name: 'Use a backup code instead' }).click();
  await page.getByLabel('One of your backup codes').fill(backupCodes[0]);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  step('logged in with a backup code');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  step('signed out');
}
