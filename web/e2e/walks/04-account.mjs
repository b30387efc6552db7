// The account and administration in the browser: a new account opens its profile, switches to
// French (the whole app follows at once), saves quiet hours and a check-in time and finds them
// after a reload, and sees its number page; a French browser registers through the form and the
// new account says fr and Europe/Paris; the first administrator is refused administration without
// a second factor (explained, with the way to Security), gets one through the API, then finds the
// new account, grants it premium (confirmed in a dialog), and opens the jobs, the audit trail and
// everyone's SMS usage. The administrator's authenticator is removed again at the end, so the
// walk leaves it as dev made it (and can run again on the same dev).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PASSWORD, totp } from '../lib.mjs';

export default async function accountWalk(ctx) {
  const { base, browser, artifacts, step, api, account, page: newPage, logIn, shoot, accessible, administrator } = ctx;

  // A new account: its profile, in English first.
  const sam = await account('web-account');
  const { context, page } = await newPage();
  await logIn(page, sam.email);
  await page.getByText('More', { exact: true }).click();
  await page.getByRole('link', { name: 'Profile' }).click();
  await page.getByRole('heading', { name: 'Profile and preferences', level: 1 }).waitFor();
  await page.getByLabel('Time zone').waitFor();
  const zone = await page.getByLabel('Time zone').inputValue();
  if (zone !== 'UTC') throw new Error('a new account made without a zone says ' + zone);
  await page.getByLabel('Quiet hours: no reminders during them').waitFor();
  await accessible(page, 'the profile');
  await shoot(page, 'profile');
  step('the profile opens from the navigation (More, Profile): name, zone UTC first, language, consent, reminders');

  // French at once: the language is saved and the whole app follows (lang="fr", French headings).
  await page.getByLabel('Français').check();
  await page.getByRole('region', { name: 'About you' }).getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Profil et préférences', level: 1 }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Enregistré.' }).first().waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'fr') throw new Error('after choosing French the page says lang=' + lang);
  await page.getByRole('button', { name: 'Me déconnecter' }).waitFor();
  step('switched to French: lang=fr, the heading and the navigation in French at once');

  // Quiet hours and a daily check-in, saved, then found again after a reload.
  const reminders = page.getByRole('region', { name: 'Rappels' });
  // A refused value is said under its own field (the API's words), and nothing is saved.
  await reminders.getByLabel('Me le rappeler toutes les (minutes)').fill('0');
  await reminders.getByRole('button', { name: 'Enregistrer' }).click();
  const refusedField = reminders.locator('.field.invalid').filter({ has: page.getByLabel('Me le rappeler toutes les (minutes)') });
  await refusedField.locator('.error').waitFor();
  step('a nag interval of 0 is refused under its field: ' + (await refusedField.locator('.error').innerText()));
  await reminders.getByLabel('Me le rappeler toutes les (minutes)').fill('15');
  await reminders.getByLabel('De', { exact: true }).fill('21:30');
  await reminders.getByLabel("Jusqu'à", { exact: true }).fill('07:00');
  await reminders.getByLabel('Un point chaque jour').check();
  await reminders.getByLabel('À', { exact: true }).fill('08:15');
  await reminders.getByLabel('E-mail').check();
  await reminders.getByRole('button', { name: 'Enregistrer' }).click();
  await reminders.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Profil et préférences', level: 1 }).waitFor();
  const kept = page.getByRole('region', { name: 'Rappels' });
  await kept.getByLabel('À', { exact: true }).waitFor();
  const shown = {
    start: await kept.getByLabel('De', { exact: true }).inputValue(),
    end: await kept.getByLabel("Jusqu'à", { exact: true }).inputValue(),
    checkIn: await kept.getByLabel('À', { exact: true }).inputValue(),
    email: await kept.getByLabel('E-mail').isChecked(),
  };
  if (shown.start !== '21:30' || shown.end !== '07:00' || shown.checkIn !== '08:15' || !shown.email) {
    throw new Error('after a reload the preferences show ' + JSON.stringify(shown));
  }
  const stored = await api('GET', '/users/me/preferences', undefined, sam.accessToken);
  if (stored.quietHours?.start !== '21:30' || stored.checkInTime !== '08:15' || stored.nagIntervalMinutes !== 15 || stored.reminderChannels.at(-1) !== 'email') {
    throw new Error('the API keeps ' + JSON.stringify(stored));
  }
  await accessible(page, 'the profile in French');
  await shoot(page, 'profile-fr');
  step(`quiet hours 21:30-07:00, a nag every 15 minutes, a check-in at 08:15 and email saved, kept after a reload (the API: ${JSON.stringify(stored)})`);

  // The number page: no number without premium, said plainly; usage as a small table or "none yet".
  await page.getByText('Plus', { exact: true }).click();
  await page.getByRole('link', { name: 'Numéro et SMS' }).click();
  await page.getByRole('heading', { name: 'Votre numéro et vos SMS', level: 1 }).waitFor();
  await page.getByText('Un numéro à vous fait partie de premium.').waitFor();
  await page.getByText('Aucun SMS pour le moment.').waitFor();
  await accessible(page, 'the number page');
  await shoot(page, 'numbers-fr');
  step('the number page says a number comes with premium, and no texts yet');
  await context.close();

  // A French browser in Paris registers through the form: the account says fr and Europe/Paris.
  const french = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } });
  const frenchPage = await french.newPage();
  const camille = `web-account-fr-${Date.now()}@example.org`;
  await frenchPage.goto(`${base}/register`);
  await frenchPage.getByLabel('Votre prénom ou nom').fill('Camille');
  await frenchPage.getByLabel('Adresse e-mail').fill(camille);
  await frenchPage.getByLabel('Mot de passe').fill(PASSWORD);
  await frenchPage.getByRole('button', { name: 'Créer mon compte' }).click();
  await frenchPage.getByRole('heading', { name: 'Regardez vos e-mails' }).waitFor();
  await french.close();
  const { accessToken: camilleToken } = await api('POST', '/auth/login', { email: camille, password: PASSWORD });
  const camilleMe = await api('GET', '/users/me', undefined, camilleToken);
  if (camilleMe.locale !== 'fr' || camilleMe.timezone !== 'Europe/Paris') {
    throw new Error(`registered from a French browser in Paris, the account says ${camilleMe.locale} ${camilleMe.timezone}`);
  }
  step(`registered through the form in a French browser in Paris: the API says locale ${camilleMe.locale}, timezone ${camilleMe.timezone}`);

  if (administrator === null) {
    step('no administrator given (ASSISTANT_ADMIN_EMAIL/_PASSWORD): the administration pages are not walked');
    return;
  }
  await administration(ctx, sam);
  await numberOfItsOwn(ctx, sam);
}

/**
 * Premium now, with a verified phone (the code read from the dev outbox), the person gets a number
 * through the page and gives it back after the confirmation.
 */
async function numberOfItsOwn({ base, admin, step, api, page: newPage, shoot, accessible }, sam) {
  const { accessToken } = await api('POST', '/auth/login', { email: sam.email, password: sam.password });
  const phone = '+1415555' + String(Date.now() % 10000).padStart(4, '0');
  await api('POST', '/users/me/phone', { phone }, accessToken);
  let code = null;
  for (let attempt = 0; attempt < 40 && code === null; attempt++) {
    const outbox = await (await fetch(`${admin}/dev/outbox`)).json();
    code = outbox.filter((m) => m.channel === 'sms' && m.to === phone).at(-1)?.body.match(/\d{6}/)?.[0] ?? null;
    if (code === null) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (code === null) throw new Error('no code texted to ' + phone);
  await api('POST', '/users/me/phone/verify', { code }, accessToken);

  const { context, page } = await newPage();
  // The login is in the browser's English; once signed in, the account's French.
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(sam.email);
  await page.getByLabel('Password').fill(sam.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: "Aujourd'hui" }).waitFor();
  await page.goto(`${base}/numbers`);
  await page.getByRole('heading', { name: 'Votre numéro et vos SMS', level: 1 }).waitFor();
  await page.getByLabel('Indicatif régional (facultatif)').fill('415');
  await page.getByRole('button', { name: 'Obtenir un numéro' }).click();
  await page.getByRole('status').filter({ hasText: 'Votre nouveau numéro est le' }).waitFor();
  const number = await page.locator('.number-card .number').innerText();
  step(`premium with the verified phone ${phone}: got the number ${number} through the page`);

  // A text to it (dev plays the person texting), answered: the usage table counts both.
  await fetch(`${admin}/dev/sms/inbound`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ from: phone, to: number, body: 'bonjour' }),
  });
  let usage = { items: [] };
  for (let attempt = 0; attempt < 40 && usage.items.length < 2; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    usage = await api('GET', '/sms/usage?by=month', undefined, accessToken);
  }
  await page.reload();
  const table = page.getByRole('table', { name: /SMS par mois/ });
  await table.waitFor();
  await table.getByRole('cell', { name: 'reçus' }).waitFor();
  await accessible(page, 'a number of its own');
  await shoot(page, 'numbers-active-fr');
  step(`texted it once and got the answer: the usage table shows ${usage.items.map((line) => `${line.messages} ${line.direction}`).join(', ')} this month`);

  await page.getByRole('button', { name: 'Rendre ce numéro' }).click();
  const dialog = page.getByRole('dialog', { name: `Rendre le ${number} ?` });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Le rendre' }).click();
  await page.getByRole('status').filter({ hasText: 'Le numéro est rendu.' }).waitFor();
  await page.getByText('Numéros précédents').waitFor();
  const listed = await api('GET', '/phone-numbers', undefined, (await api('POST', '/auth/login', { email: sam.email, password: sam.password })).accessToken);
  if (listed.items.find((item) => item.phoneNumber === number)?.status !== 'released') {
    throw new Error('the API lists ' + JSON.stringify(listed.items));
  }
  step(`gave ${number} back after the confirmation; the API says it is released`);
  await context.close();
}

/** The administration pages as the first administrator, its authenticator app added for them and removed after. */
async function administration({ base, artifacts, step, api, page: newPage, shoot, accessible, administrator }, sam) {
  const saved = `${artifacts}04-account-administrator.json`;
  const { context, page } = await newPage({ viewport: { width: 1280, height: 800 } });
  let admin = await apiLogIn(api, administrator, saved);
  try {
    await browserLogIn(base, page, administrator, saved);
    if (admin.enrolled === null) {
      // No second factor yet: administration is refused, and the screen says why and where to go.
      await page.goto(`${base}/admin/users`);
      await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Administration needs a second factor' }).waitFor();
      await page.getByRole('alert').getByRole('link', { name: 'Go to Security' }).waitFor();
      await accessible(page, 'administration refused without a second factor');
      await shoot(page, 'admin-second-factor-required');
      step('without a second factor, /admin/users says administration needs one, with a link to Security');
      const { secret } = await api('POST', '/mfa/totp/setup', {}, admin.token);
      const { backupCodes } = await api('POST', '/mfa/totp/confirm', { code: totp(secret) }, admin.token);
      writeFileSync(saved, JSON.stringify({ email: administrator.email, secret, backupCodes }));
      admin = { ...admin, enrolled: { secret, backupCodes } };
      step('the administrator turned on an authenticator app through the API');
      await page.reload();
    } else {
      await page.goto(`${base}/admin/users`);
    }

    // Find the new account, open it, grant premium after the confirmation.
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Accounts found' }).waitFor();
    await page.getByLabel('Name or email').fill(sam.email);
    await page.getByLabel('State').selectOption('active');
    await page.getByRole('button', { name: 'Search' }).click();
    // The first page listed everyone: wait for the search's answer, which has this account alone.
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1, undefined, { timeout: 10000 });
    const row = page.getByRole('row').filter({ hasText: sam.email });
    await row.waitFor();
    await accessible(page, 'the accounts');
    await shoot(page, 'admin-users');
    step('/admin/users: searched by email and state, one account found');

    await row.getByRole('link', { name: 'Sam' }).click();
    await page.getByRole('heading', { name: 'Sam', level: 1 }).waitFor();
    await page.getByText(sam.email).waitFor();
    await page.getByLabel('premium', { exact: true }).check();
    await page.getByRole('button', { name: 'Save the roles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the roles of Sam?' });
    await dialog.waitFor();
    await accessible(page, 'the roles confirmation');
    await shoot(page, 'admin-user-confirm');
    await dialog.getByRole('button', { name: 'Change the roles' }).click();
    await page.getByRole('status').filter({ hasText: 'The roles are saved: user, premium.' }).waitFor();
    if (!(await page.getByLabel('premium', { exact: true }).isChecked())) throw new Error('premium is not shown after saving it');
    const target = await api('GET', new URL(page.url()).pathname.replace(/^\/admin/, '/admin'), undefined, admin.token);
    if (!target.roles.includes('premium')) throw new Error('the API says the roles are ' + JSON.stringify(target.roles));
    step(`granted premium to ${sam.email} after the confirmation; the page and the API show ${JSON.stringify(target.roles)}`);

    // A confirmation closes with Escape and gives the focus back; nothing is changed.
    const disable = page.getByRole('button', { name: 'Disable this account' });
    await disable.click();
    await page.getByRole('dialog', { name: 'Disable the account of Sam?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    if (focused !== 'Disable this account') throw new Error('after Escape the focus is on ' + focused);
    await accessible(page, 'an account');
    await shoot(page, 'admin-user');
    step('Escape closes the disable confirmation, the focus back on its button, the account still active');

    // Its history: the audit trail filtered on it, the roles change in it.
    await page.getByRole('link', { name: 'What administrators did to this account' }).click();
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'roles-changed' }).first().waitFor();
    await accessible(page, 'the audit trail');
    await shoot(page, 'admin-audit');
    step('/admin/audit from the account: filtered on it, roles-changed listed');

    // One's own roles: refused by the API, said plainly, the screen still usable.
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Name or email').fill(administrator.email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1, undefined, { timeout: 10000 });
    await page.getByRole('row').filter({ hasText: administrator.email }).getByRole('link').click();
    await page.getByText(administrator.email).waitFor();
    const premium = page.getByLabel('premium', { exact: true });
    const before = await premium.isChecked();
    await premium.setChecked(!before);
    await page.getByRole('button', { name: 'Save the roles' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Change the roles' }).click();
    await page.getByRole('alert').filter({ hasText: 'You cannot change your own roles. Another administrator can.' }).waitFor();
    await page.waitForFunction((checked) => document.querySelector('input[name="role-premium"]')?.checked === checked, before);
    step('changing one\'s own roles is refused: "You cannot change your own roles. Another administrator can.", the roles shown as they are');

    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Background jobs' }).click();
    await page.getByRole('heading', { name: 'Background jobs', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Scheduled tasks' }).waitFor();
    const tasks = await page.getByRole('table', { name: 'Scheduled tasks' }).locator('tbody tr').count();
    await accessible(page, 'the background jobs');
    await shoot(page, 'admin-jobs');
    step(`/admin/jobs: ${tasks} scheduled tasks, the queues and the recent failures`);

    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'SMS usage' }).click();
    await page.getByRole('heading', { name: 'SMS usage of everyone', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Show by day' }).waitFor();
    await accessible(page, "everyone's SMS usage");
    await shoot(page, 'admin-sms');
    step('/admin/sms: everyone\'s texts by month, with the switch to days');
  } finally {
    await context.close();
    await removeAuthenticator(api, administrator, admin, saved);
    step('the administrator\'s authenticator app removed again, as dev made it');
  }
}

/** The administrator's token through the API; with the authenticator of an earlier, broken run, through it. */
async function apiLogIn(api, administrator, saved) {
  const answer = await api('POST', '/auth/login', { email: administrator.email, password: administrator.password });
  if (!answer.mfaRequired) return { token: answer.accessToken, enrolled: null };
  if (!existsSync(saved)) throw new Error(`${administrator.email} has a second factor this walk did not set up: start dev on fresh data`);
  const enrolled = JSON.parse(readFileSync(saved, 'utf8'));
  const code = enrolled.backupCodes.pop();
  writeFileSync(saved, JSON.stringify(enrolled));
  const { accessToken } = await api('POST', '/auth/mfa/verify', { mfaToken: answer.mfaToken, method: 'backup_code', code });
  return { token: accessToken, enrolled };
}

/** Logs the administrator in through the form; the second step, when asked, with one of the saved backup codes. */
async function browserLogIn(base, page, administrator, saved) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(administrator.email);
  await page.getByLabel('Password').fill(administrator.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  const today = page.getByRole('heading', { name: 'Today' });
  const second = page.getByRole('heading', { name: 'One more step' });
  await today.or(second).waitFor();
  if (await second.isVisible()) {
    const enrolled = JSON.parse(readFileSync(saved, 'utf8'));
    const code = enrolled.backupCodes.pop();
    writeFileSync(saved, JSON.stringify(enrolled));
    await page.getByRole('button', { name: 'Use a backup code instead' }).click();
    await page.getByLabel('One of your backup codes').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await today.waitFor();
  }
}

/** Leaves the administrator as dev made it: the authenticator app off (a recent authentication first). */
async function removeAuthenticator(api, administrator, admin, saved) {
  if (admin.enrolled === null) return;
  await api('POST', '/auth/reauthenticate', { password: administrator.password }, admin.token);
  await api('DELETE', '/mfa/totp', undefined, admin.token);
  rmSync(saved, { force: true });
}
