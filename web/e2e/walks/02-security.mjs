// Security in the browser: the overview; the authenticator app turned on FROM THE QR CODE (the
// PNG decoded with pngjs and jsqr, the secret read from the otpauth URI) and the backup codes seen
// once; new backup codes (the API answers at once: the login is recent); sessions (a second one
// made through the API, listed, signed out, this device marked); the password changed (a wrong
// current one refused under its field first); the authenticator app turned off through the step-up
// prompt; a phone verified and text-message codes turned on with the codes of the dev outbox.
//
// A session counts as recently authenticated for 5 minutes after its login (StepUpPolicy.MAX_AGE,
// fixed, not configurable in dev), longer than this walk: so the walk answers the first
// DELETE /mfa/totp with the API's 403 reauthentication-required itself (page.route), and the prompt's
// POST /auth/reauthenticate and the retried DELETE are the real API's.
import { createRequire } from 'node:module';
import { PASSWORD, totp } from '../lib.mjs';

const require = createRequire(import.meta.url);
const { PNG } = require('pngjs');
const jsQR = require('jsqr');

const NEW_PASSWORD = 'seven quiet herons at dawn';

export default async function security(ctx) {
  const { base, admin, step, api, shoot, accessible } = ctx;
  const { email } = await ctx.account();
  const { context, page } = await ctx.page();
  await ctx.logIn(page, email);

  // The overview, from the navigation ("More").
  await page.getByText('More').click();
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
  if (await page.locator('details.more').evaluate((more) => more.open)) throw new Error('"More" stayed open after a choice');
  await accessible(page, 'the security overview');
  await shoot(page, 'overview');
  step('the overview: password, authenticator app off, text-message codes off, sessions; one primary next step');

  // An account whose email is not confirmed: the confirmation email sent again, then (confirmed) a 409 said calmly.
  await resendVerification(ctx);

  // The authenticator app, from the QR code.
  await page.getByRole('link', { name: 'Turn on an authenticator app' }).click();
  await page.getByRole('button', { name: 'Set it up' }).click();
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await qr.waitFor();
  const src = await qr.getAttribute('src');
  if (!src?.startsWith('data:image/png;base64,')) throw new Error('the QR code is not a PNG data URL: ' + src?.slice(0, 40));
  const png = PNG.sync.read(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64'));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error('the QR code could not be decoded');
  const uri = new URL(decoded.data);
  const secret = uri.searchParams.get('secret');
  if (uri.protocol !== 'otpauth:' || !secret) throw new Error('not an otpauth URI with a secret: ' + decoded.data);
  await page.getByText('Cannot scan it? Type a key instead').click();
  const shown = (await page.getByLabel('Key for the authenticator app').innerText()).replace(/\s/g, '');
  if (shown !== secret.replace(/=+$/, '').toUpperCase()) throw new Error(`the key shown (${shown}) is not the QR code's`);
  await accessible(page, 'the authenticator setup');
  await shoot(page, 'authenticator-setup');
  step(`decoded the QR code (${png.width}x${png.height} PNG): ${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}, the same key shown grouped for typing`);

  await page.getByLabel('The 6-digit code the app shows').fill(totp(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn it on' }).click();
  await page.getByText('This code is not right.').waitFor();
  await page.getByLabel('The 6-digit code the app shows').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn it on' }).click();
  await page.getByRole('heading', { name: 'Your backup codes' }).waitFor();
  const codes = await page.locator('.codes code').allInnerTexts();
  if (codes.length !== 10 || !codes.every((code) => /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/.test(code))) {
    throw new Error('not 10 backup codes: ' + JSON.stringify(codes));
  }
  await accessible(page, 'the backup codes');
  await shoot(page, 'backup-codes');
  step('a wrong code refused under its field, then the code of the secret turned the app on: 10 backup codes shown');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
  await page.getByText('Backup codes left: 10.').waitFor();
  await page.getByRole('link', { name: 'Manage' }).first().click();
  await page.getByRole('button', { name: 'Get new backup codes' }).waitFor();
  if ((await page.content()).includes(codes[0])) throw new Error('a backup code is still on the page after leaving it');
  step('"I have saved them" leaves them: back on the overview (10 left), the codes gone from the page');

  // New backup codes: the login is recent, so the API answers at once, no prompt.
  await page.getByRole('button', { name: 'Get new backup codes' }).click();
  await page.getByRole('heading', { name: 'Your backup codes' }).waitFor();
  const renewed = await page.locator('.codes code').allInnerTexts();
  if (renewed.length !== 10 || renewed.includes(codes[0])) throw new Error('no new set of backup codes');
  if (await page.getByRole('dialog').isVisible()) throw new Error('a step-up prompt for a recent login');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
  step('new backup codes straight away (a recent login: the API answered 200 without a prompt)');

  // Sessions: one more login through the API, seen in the list, signed out; this device marked.
  const challenge = await api('POST', '/auth/login', { email, password: PASSWORD }, undefined, { 'User-Agent': 'Walk second device' });
  await api('POST', '/auth/mfa/verify', { mfaToken: challenge.mfaToken, method: 'backup_code', code: renewed[0] }, undefined, {
    'User-Agent': 'Walk second device',
  });
  await page.getByRole('link', { name: 'See my sessions' }).click();
  await page.getByRole('heading', { name: 'Sessions' }).waitFor();
  const current = page.locator('.session.current');
  await current.getByText('This device').waitFor();
  const mine = (await current.locator('.device').innerText()).replace('This device', '').trim();
  const other = page.locator('.session', { hasText: 'Walk second device' });
  await other.waitFor();
  await accessible(page, 'the sessions');
  await shoot(page, 'sessions');
  await other.getByRole('button', { name: 'Sign out Walk second device' }).click();
  await other.getByText('Sign out Walk second device? It will need to log in again.').waitFor();
  await other.getByRole('button', { name: 'Yes, sign out' }).click();
  await page.getByText('Walk second device is signed out.').waitFor();
  await other.waitFor({ state: 'detached' });
  const left = await api('GET', '/sessions', undefined, await tokenOf(api, email, renewed[1]));
  if (left.items.some((session) => session.device === 'Walk second device' && !session.current)) throw new Error('the session is still there');
  step(`sessions: "${mine}" marked "This device", a second login ("Walk second device") listed and signed out`);

  // The password: a wrong current one is refused under its field, then the right one.
  await page.goto(`${base}/security/password`);
  await page.getByRole('heading', { name: 'Change your password' }).waitFor();
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change my password' }).click();
  const refused = page.locator('.field.invalid').filter({ has: page.getByLabel('Current password') });
  await refused.getByText('This is not your current password.').waitFor();
  await accessible(page, 'the password refused');
  await shoot(page, 'password-refused');
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await page.getByText('Your password is changed. Your other devices were signed out').waitFor();
  step('password: a wrong current one refused under its field, then changed (other devices signed out)');

  // Turning the authenticator app off through the step-up prompt (the first answer is the walk's 403).
  let refusals = 2;
  await page.route('**/api/v1/mfa/totp', (route) => {
    if (route.request().method() !== 'DELETE' || refusals === 0) return route.continue();
    refusals--;
    return route.fulfill({
      status: 403,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'https://assistant.tdah.org/problems/reauthentication-required',
        title: 'Reauthentication required',
        status: 403,
        detail: 'Confirm your password or a second factor with POST /api/v1/auth/reauthenticate, then try again.',
      }),
    });
  });
  await page.goto(`${base}/security/authenticator`);
  await page.getByRole('button', { name: 'Turn off the authenticator app' }).click();
  await page.getByRole('button', { name: 'Yes, turn it off' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('dialog') !== null);
  for (let tab = 0; tab < 6; tab++) {
    await page.keyboard.press('Tab');
    if (!(await page.evaluate(() => document.activeElement?.closest('dialog') !== null))) throw new Error('Tab left the dialog');
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Nothing was changed.').waitFor();
  await page.waitForFunction(() => document.activeElement !== document.body);
  const focused = await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()} "${document.activeElement?.textContent?.trim()}"`);
  step(`the prompt: focus inside, Tab kept in it, Escape cancels ("Nothing was changed.", the keyboard back on the page: ${focused})`);

  await page.getByRole('button', { name: 'Turn off the authenticator app' }).click();
  await page.getByRole('button', { name: 'Yes, turn it off' }).click();
  await dialog.waitFor();
  await dialog.getByLabel('Password').fill(PASSWORD); // the password before the change
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await dialog.getByText('This password is not right.').waitFor();
  // The refusal is said: the keyboard is back on the field, which the error describes.
  await page.waitForFunction(() => document.activeElement?.matches('dialog input[aria-invalid="true"][aria-describedby]') === true);
  await accessible(page, 'the step-up prompt');
  await shoot(page, 'step-up');
  await dialog.getByRole('button', { name: 'Use a backup code instead' }).click();
  await dialog.getByLabel('One of your backup codes').fill(renewed[2]);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('The authenticator app is off.').waitFor();
  await page.getByRole('button', { name: 'Set it up' }).waitFor();
  await page.unroute('**/api/v1/mfa/totp');
  step('turned the authenticator app off through the prompt: the old password refused under its field, then a backup code taken ({method, code}), the call retried (204)');

  // A phone verified with the code texted to it, then text-message codes turned on.
  const phone = '+1555' + String(Date.now()).slice(-7);
  await page.goto(`${base}/security/sms`);
  await page.getByRole('heading', { name: 'Phone and text-message codes' }).waitFor();
  await page.getByRole('button', { name: 'Add my phone' }).click();
  await page.getByLabel('Mobile number').fill('555 123');
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await page.getByText('Write the number with + and the country code').waitFor();
  await page.getByLabel('Mobile number').fill(phone);
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await page.getByText(/We texted a code to/).waitFor();
  await page.getByLabel('The 6-digit code we texted').fill(await textedCode(admin, phone, 1));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText(`Your phone ••• ${phone.slice(-4)} is verified.`).waitFor();
  // The button just became the primary one: let its 150 ms colour transition end before axe measures contrast.
  await page.waitForTimeout(300);
  await accessible(page, 'the phone and text-message codes');
  await shoot(page, 'sms');
  step(`verified the phone ${phone} with the code from the dev outbox`);

  await page.getByRole('button', { name: 'Turn on text-message codes' }).click();
  if ((await page.getByLabel('Mobile number').inputValue()) !== phone) throw new Error('the verified phone is not offered');
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await page.getByText(/We texted a code to/).waitFor();
  await page.getByLabel('The 6-digit code we texted').fill(await textedCode(admin, phone, 2));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText(`Text-message codes are on, sent to ••• ${phone.slice(-4)}.`).waitFor();
  await page.goto(`${base}/security`);
  await page.getByText(`Verified phone: ••• ${phone.slice(-4)}.`).waitFor();
  step('text-message codes turned on with a second texted code; the overview shows the masked phone');

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  if (stored !== '{}{}') throw new Error('something a script can read was stored: ' + stored);
  await context.close();
}

/** An access token of another session of the account, logging in with a backup code. */
async function tokenOf(api, email, backupCode) {
  const challenge = await api('POST', '/auth/login', { email, password: PASSWORD });
  const { accessToken } = await api('POST', '/auth/mfa/verify', { mfaToken: challenge.mfaToken, method: 'backup_code', code: backupCode });
  return accessToken;
}

/** The 6-digit code of the `count`-th text to `phone` in the dev outbox (waits up to 10 s). */
async function textedCode(admin, phone, count) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const outbox = await (await fetch(`${admin}/dev/outbox`)).json();
    const texts = outbox.filter((message) => message.to === phone && /\b\d{6}\b/.test(message.body));
    if (texts.length >= count) return texts[count - 1].body.match(/\b(\d{6})\b/)[1];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no text number ${count} with a code to ${phone}`);
}

/** A second account, email not confirmed: "send it again" (202), then, confirmed meanwhile, the 409 in plain words. */
async function resendVerification({ api, base, mail, mailLink, step, page: newPage, logIn }) {
  const email = `02-security-unverified-${Date.now()}@example.org`;
  await api('POST', '/auth/register', { email, password: PASSWORD, displayName: 'Alex' });
  const first = await mail(email, 'Confirm your email address');
  const { context, page } = await newPage();
  await logIn(page, email);
  await page.goto(`${base}/security`);
  await page.getByText(`Your email address ${email} is not confirmed yet.`).waitFor();
  await page.getByRole('button', { name: 'Send the confirmation email again' }).click();
  await page.getByText(`We sent a new confirmation email to ${email}.`).waitFor();
  for (let attempt = 0; attempt < 40 && (await mail(email, 'Confirm your email address')).body === first.body; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const link = await mailLink(email, 'Confirm your email address', '/verify-email');
  if ((await mail(email, 'Confirm your email address')).body === first.body) throw new Error('no new confirmation email');
  await api('POST', '/auth/verify-email', { token: new URL(link).searchParams.get('token') });
  await page.getByRole('button', { name: 'Send the confirmation email again' }).click();
  await page.getByText('Your email address is already confirmed.').waitFor();
  await page.getByRole('button', { name: 'Send the confirmation email again' }).waitFor({ state: 'detached' });
  await context.close();
  step('an unconfirmed email: the confirmation sent again (202, a new email in the outbox; its link confirms), then the 409 "already confirmed" and the button gone');
}
