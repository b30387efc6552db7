// The installed app offline: an account with two tasks logs in; the app is installable (no
// installability error from the DevTools protocol) and its service worker is active and controls
// the page; offline, a reload of Today shows what was saved, with the time; a task added and one
// completed are queued and shown; back online each change reaches the API exactly once; sign-out
// leaves nothing of the account in IndexedDB, localStorage or sessionStorage.
export default async function offlineWalk({ base, step, api, account, page: newPage, logIn, shoot, accessible }) {
  const sam = await account('web-offline');
  await api('POST', '/tasks', { title: 'call the bank' }, sam.accessToken);
  await api('POST', '/tasks', { title: 'water the plants' }, sam.accessToken);
  const { context, page } = await newPage();
  await logIn(page, sam.email, sam.password);
  await page.getByText('water the plants').waitFor();

  const cdp = await context.newCDPSession(page);
  // A Playwright context is an incognito one, where Chromium never installs: that error is the
  // test browser's, any other would be the app's. The manifest must parse without an error too.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const errors = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  if (errors.length > 0) throw new Error('not installable: ' + JSON.stringify(errors));
  const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  if (manifestErrors.length > 0) throw new Error('manifest errors: ' + JSON.stringify(manifestErrors));
  const worker = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.active?.state));
  if (worker !== 'activated') throw new Error('the service worker is ' + worker);
  // A first visit is not controlled by the worker that it installed; the next load is.
  await page.reload();
  await page.getByText('water the plants').waitFor();
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) throw new Error('the service worker does not control the page after a reload');
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).join(', ');
  step(`installable (no installability error but the test context's in-incognito, no manifest error), service worker activated and in control; icons ${purposes}`);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  const status = page.getByText(/^You are offline\. Showing what you had at \d\d:\d\d/);
  await status.waitFor();
  await page.getByText('call the bank').waitFor();
  step(`offline reload: Today from the saved data, "${await status.innerText()}"`);

  await page.getByLabel('New task').fill('post the letter');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.locator('.task', { hasText: 'post the letter' }).getByText('waiting to be sent').waitFor();
  await page.getByRole('button', { name: 'Mark “call the bank” as done' }).click();
  await page.getByText('2 changes are waiting to be sent.').waitFor();
  await page.locator('.task', { hasText: 'call the bank' }).waitFor({ state: 'detached' });
  step('offline: a task added (shown, waiting to be sent) and one completed, 2 changes queued');
  await accessible(page, 'Today offline with 2 changes queued');
  await shoot(page, 'today-offline');

  await context.setOffline(false);
  await page.getByText('You are back online. Your 2 changes were sent.').waitFor({ timeout: 15_000 });
  await page.locator('.task', { hasText: 'post the letter' }).getByText('waiting to be sent').waitFor({ state: 'detached' });
  const open = (await api('GET', '/tasks?status=open&limit=100', undefined, sam.accessToken)).items.map((task) => task.title);
  const done = (await api('GET', '/tasks?status=done&limit=100', undefined, sam.accessToken)).items.map((task) => task.title);
  const letters = open.filter((title) => title === 'post the letter').length;
  if (letters !== 1 || open.length !== 2 || !open.includes('water the plants')) throw new Error('open tasks after the flush: ' + JSON.stringify(open));
  if (done.length !== 1 || done[0] !== 'call the bank') throw new Error('done tasks after the flush: ' + JSON.stringify(done));
  // Another load (another tab, a reload) finds the queue empty and sends nothing again.
  await page.reload();
  await page.getByText('post the letter').waitFor();
  await page.waitForTimeout(500);
  const again = (await api('GET', '/tasks?limit=100', undefined, sam.accessToken)).items.length;
  if (again !== 3) throw new Error(`${again} tasks after a reload, 3 expected`);
  // The worker keeps the app shell only: no answer of the API in any cache.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  const leaked = cached.filter((path) => path.startsWith('/api') || path.startsWith('/.well-known'));
  if (leaked.length > 0 || !cached.includes('/index.html')) throw new Error('the caches hold: ' + cached.join(', '));
  step(`the caches hold the shell only (${cached.length} files, index.html among them, nothing under /api/ or /.well-known/)`);
  step('back online: the add reached the API once and the complete once (open: ' + open.join(', ') + '; done: ' + done.join(', ') + ')');
  await shoot(page, 'today-back-online');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  const left = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('assistant-offline', 1);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('kv').objectStore('kv').count();
          count.onsuccess = () => resolve({ indexedDb: count.result, local: localStorage.length, session: sessionStorage.length });
        };
      }),
  );
  if (left.indexedDb !== 0 || left.local !== 0 || left.session !== 0) throw new Error('left in the browser after sign-out: ' + JSON.stringify(left));
  step('signed out: nothing left in IndexedDB, localStorage or sessionStorage');
  await context.close();
}
