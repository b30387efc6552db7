// `npm ci`, unless node_modules was installed by `npm ci` from this very package-lock.json: a
// rebuild then saves the ten seconds of reinstalling every package. Any change of the lockfile,
// or a node_modules that npm ci did not make, installs again from scratch.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.installed-from-package-lock.json';
const lock = readFileSync('package-lock.json', 'utf8');
if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === lock) {
  console.log('[web] node_modules matches package-lock.json: npm ci skipped');
  process.exit(0);
}
const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (ci.status !== 0) process.exit(ci.status ?? 1);
writeFileSync(STAMP, lock);
