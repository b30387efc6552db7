// The assistant in the browser: on Today add a task, complete it with one tap, undo, complete it
// again; a task added elsewhere appears live; add a reminder for later today on the reminders page
// (read on the person's clock, in a zone other than UTC) and find it among Today's highlights at its
// local time; a daily one shows its next times; talk to the assistant and see its reply arrive live
// through /events, without a reload; open the thread; search a word and see it marked; the list of
// conversations with archive.

/** A zone whose clock is now between 07:00 and 19:59, so "later today" exists; not UTC, to test the reading. */
function daytimeZone(now = new Date()) {
  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Honolulu'];
  for (const zone of zones) {
    const hour = Number(local(now, zone).time.slice(0, 2));
    if (hour >= 7 && hour <= 19) return zone;
  }
  throw new Error('no daytime zone found');
}

/** The wall clock of an instant in a zone: { date: YYYY-MM-DD, time: HH:MM }. */
function local(instant, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const spaces = (text) => text.replace(/\s+/g, ' ').trim();

export default async function assistant({ base, step, api, account, page: newPage, logIn, shoot, accessible }) {
  const person = await account();
  const zone = daytimeZone();
  await api('PATCH', '/users/me', { timezone: zone }, person.accessToken);
  const { context, page } = await newPage();
  await logIn(page, person.email);
  step(`logged in as ${person.email}, whose time zone is ${zone}`);

  // Today: add, complete with one tap, undo, complete again.
  await page.getByLabel('New task').fill('call the bank');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const next = page.locator('.next-card');
  await next.getByText('call the bank').waitFor();
  await page.getByText('Added to your list.').waitFor();
  await shoot(page, 'today-next');
  await accessible(page, 'Today with its next action');
  await page.getByRole('button', { name: 'Mark “call the bank” as done' }).click();
  const status = page.locator('.status-line');
  await status.getByText('Done: call the bank').waitFor();
  await page.getByText('Nothing open. Well done.').waitFor();
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  if (focused !== 'Undo') throw new Error('after completing, the keyboard is on ' + focused);
  step('added "call the bank", the next action; completed it with one tap: "Done: call the bank. Undo", the keyboard on Undo');
  await status.getByRole('button', { name: 'Undo' }).click();
  await status.getByText('Back on your list: call the bank').waitFor();
  await next.getByText('call the bank').waitFor();
  step('undo put it back as the next action');
  await page.getByRole('button', { name: 'Mark “call the bank” as done' }).click();
  await status.getByText('Done: call the bank').waitFor();
  await page.getByText('Nothing open. Well done.').waitFor();
  step('completed it again');

  // A task added elsewhere (here through the API) comes on task.changed: no reload.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  await api('POST', '/tasks', { title: 'water the plants' }, person.accessToken);
  await next.getByText('water the plants').waitFor({ timeout: 5000 });
  step('a task added through the API appeared live on Today (task.changed)');

  // Reminders: one later today, on the person's clock.
  await page.getByRole('navigation').getByRole('link', { name: 'Reminders' }).click();
  await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
  const now = local(Date.now(), zone);
  const hour = String(Number(now.time.slice(0, 2)) + 2).padStart(2, '0');
  await page.getByLabel('What to remember').fill('take my medicine');
  await page.getByLabel('Date').fill(now.date);
  await page.getByLabel('Time').fill('00:30');
  await page.getByLabel('Repeat').selectOption('none');
  await page.getByRole('button', { name: 'Add the reminder' }).click();
  const timeField = page.locator('.field.invalid').filter({ has: page.getByLabel('Time') });
  await timeField.getByText('Choose a time later than now.').waitFor();
  if (!(await page.getByLabel('Time').evaluate((input) => input === document.activeElement))) throw new Error('the time in error does not have the keyboard');
  step('a one-off earlier today is refused under the time field, which gets the keyboard');
  await page.getByLabel('Time').fill(`${hour}:00`);
  await page.getByRole('button', { name: 'Add the reminder' }).click();
  const card = page.locator('.reminder').filter({ hasText: 'take my medicine' });
  await card.waitFor();
  const { items } = await api('GET', '/reminders', undefined, person.accessToken);
  const made = items.find((item) => item.text === 'take my medicine');
  const read = local(made.dueAt, zone);
  if (read.date !== now.date || read.time !== `${hour}:00` || made.timezone !== zone || made.recurrence !== null) {
    throw new Error(`the reminder was stored as ${JSON.stringify(made)}, read back as ${JSON.stringify(read)}`);
  }
  const expected = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(new Date(made.dueAt));
  const shown = spaces(await card.locator('.when').innerText());
  if (shown !== spaces(`today ${expected}`)) throw new Error(`the reminder shows "${shown}", not "today ${expected}"`);
  step(`added "take my medicine" for ${now.date} ${hour}:00 in ${zone}: stored as ${made.dueAt}, shown "${shown}"`);

  await page.getByLabel('What to remember').fill('stretch');
  await page.getByLabel('Time').fill('08:00');
  await page.getByLabel('Repeat').selectOption('daily');
  await page.getByRole('button', { name: 'Add the reminder' }).click();
  const daily = page.locator('.reminder').filter({ hasText: 'stretch' });
  await daily.waitFor();
  await daily.getByText('Next times').click();
  await daily.locator('.occurrences li').nth(2).waitFor();
  const times = (await daily.locator('.occurrences li').allInnerTexts()).map(spaces);
  if (!times.every((text) => text.endsWith('8:00 AM'))) throw new Error('the next times of a daily 08:00: ' + times.join(' / '));
  step(`a daily reminder at 08:00 shows its next times: ${times.join(' / ')}`);
  await daily.locator('summary', { hasText: 'Snooze' }).click();
  await daily.getByRole('button', { name: '1 hour' }).waitFor();
  await shoot(page, 'reminders');
  await accessible(page, 'the reminders with the snooze presets open');
  await daily.getByRole('button', { name: 'Tomorrow morning' }).click();
  await page.locator('.status-line').getByText('Snoozed: stretch, until tomorrow 9:00').waitFor();
  step('snoozed it to tomorrow morning (9:00 on its clock)');

  // Today: the reminder among the highlights, at its local time; the open task stays next.
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  const highlights = page.locator('section[aria-labelledby="highlights-title"]');
  await highlights.getByText('take my medicine').waitFor();
  const highlighted = spaces(await highlights.locator('li').filter({ hasText: 'take my medicine' }).locator('.when').innerText());
  if (!highlighted.endsWith(spaces(`today ${expected}`))) throw new Error(`Today shows the reminder at "${highlighted}"`);
  await next.getByText('water the plants').waitFor();
  await shoot(page, 'today-highlights');
  await accessible(page, 'Today with its highlights');
  step(`Today: next "water the plants", then the highlight "take my medicine" at "${highlighted}"`);

  // A reminder firing (web is among the default channels) is said calmly, and becomes the next action.
  await api('POST', '/reminders', { text: 'drink some water', dueAt: new Date(Date.now() + 4000).toISOString() }, person.accessToken);
  await page.locator('.status-line').getByText('Reminder: drink some water').waitFor({ timeout: 20000 });
  await next.getByText('drink some water').waitFor();
  await page.getByRole('button', { name: 'Mark “drink some water” as done' }).click();
  await page.locator('.status-line').getByText('Reminder done: drink some water').waitFor();
  await next.getByText('water the plants').waitFor();
  step('a reminder fired: "Reminder: drink some water" on Today (reminder.fired), the next action until done with one tap');

  // The conversation: the reply comes live through /events.
  const requests = [];
  page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  await page.getByRole('navigation').getByRole('link', { name: 'Talk' }).click();
  await page.getByRole('heading', { name: 'Talk with the assistant' }).waitFor();
  await page.getByText('No message yet.').waitFor();
  await accessible(page, 'the conversation, empty');
  await page.getByLabel('Your message').fill('remind me to call the pharmacy at 4');
  const sentAt = requests.length;
  await page.getByLabel('Your message').press('Enter');
  const log = page.getByRole('log', { name: 'Messages' });
  await log.locator('.message.user').filter({ hasText: 'remind me to call the pharmacy at 4' }).waitFor();
  const reply = log.locator('.message.assistant').first();
  await reply.waitFor({ timeout: 5000 });
  const after = requests.slice(sentAt);
  if (after.some((request) => request.startsWith('GET') && request.includes('/messages'))) {
    throw new Error('the messages were read again instead of arriving live: ' + after.join(', '));
  }
  if (!(await page.evaluate(() => window.__sameDocument === true))) throw new Error('the page was reloaded');
  step(`sent "remind me to call the pharmacy at 4"; the reply came live, no reload, no re-read (${after.join(', ')}): "${spaces(await reply.locator('.body').innerText())}"`);
  await page.getByLabel('Your message').fill('todo buy milk');
  await page.getByRole('button', { name: 'Send' }).click();
  await log.locator('.message.assistant').nth(1).waitFor({ timeout: 5000 });
  await shoot(page, 'conversation');
  await accessible(page, 'the conversation');
  step('"todo buy milk" answered live too');

  await log.getByRole('link', { name: 'Open the thread' }).first().click();
  await page.getByRole('heading', { name: 'Thread' }).waitFor();
  await page.getByRole('log').locator('.message.assistant').waitFor();
  await accessible(page, 'a thread');
  await shoot(page, 'thread');
  step('opened the thread of the first message: the message and the reply to it');

  // Search: the snippet's match in <mark>, as text.
  await page.goto(`${base}/search`);
  await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
  await page.getByLabel('Search your messages').fill('pharmacy');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const marked = page.locator('.hit mark').first();
  await marked.waitFor();
  const word = await marked.innerText();
  if (word.toLowerCase() !== 'pharmacy') throw new Error('the mark says ' + word);
  await accessible(page, 'search');
  await shoot(page, 'search');
  step(`searched "pharmacy": ${await page.locator('.hit').count()} hit(s), the word marked: "${spaces(await page.locator('.hit .snippet').first().innerText())}"`);

  // The list of conversations: archive and bring back.
  await page.goto(`${base}/conversations`);
  await page.getByRole('heading', { name: 'All conversations' }).waitFor();
  await page.getByRole('button', { name: /^Archive “/ }).first().click();
  await page.getByText('Archived (1)').waitFor();
  await page.getByText('Archived (1)').click();
  await accessible(page, 'the conversations');
  await shoot(page, 'conversations');
  await page.getByRole('button', { name: /^Bring back “/ }).first().click();
  await page.locator('.status-line').getByText('Back in the list:').waitFor();
  step('archived the conversation and brought it back');
  await context.close();
}
