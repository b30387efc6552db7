// The app's walks in a real browser: Debian's Chromium driven by playwright-core (no browser
// download), against a running `dev`:
//   node e2e/run.mjs http://localhost:8080 http://localhost:8081 [walk ...]
// Runs every e2e/walks/*.mjs in name order (or the ones named), each given the context of lib.mjs,
// and prints "walk <name>: passed" for each; the first failure stops the run with exit status 1.
// Screenshots go to e2e/artifacts/.
import { readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { walkContext } from './lib.mjs';

const [given = 'http://localhost:8080', admin = 'http://localhost:8081', ...only] = process.argv.slice(2);
// The refresh cookie is Secure: over plain HTTP, localhost is the host docs/api.md names.
const base = given.replace('//127.0.0.1:', '//localhost:');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const artifacts = new URL('./artifacts/', import.meta.url).pathname;
const walks = readdirSync(new URL('./walks/', import.meta.url))
  .filter((file) => file.endsWith('.mjs'))
  .map((file) => file.replace(/\.mjs$/, ''))
  .filter((walk) => only.length === 0 || only.includes(walk))
  .sort();

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
let failed = false;
try {
  for (const walk of walks) {
    const started = Date.now();
    console.log(`walk ${walk}:`);
    const { default: run } = await import(`./walks/${walk}.mjs`);
    try {
      await run(walkContext({ base, admin, browser, artifacts, walk }));
    } catch (error) {
      console.log(`walk ${walk}: FAILED after ${Math.round((Date.now() - started) / 1000)} s`);
      console.log(error?.stack ?? String(error));
      failed = true;
      break;
    }
    console.log(`walk ${walk}: passed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
