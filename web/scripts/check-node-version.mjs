// Stops the build on a Node.js older than the one package.json's "engines" asks for.
import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync('package.json', 'utf8')).engines.node; // ">=20.19"
const [wantedMajor, wantedMinor] = wanted.replace(/^>=/, '').split('.').map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < wantedMajor || (major === wantedMajor && minor < wantedMinor)) {
  console.error(`[web] Node.js ${wanted} is needed to build the web app; this machine has ${process.version}.`);
  process.exit(1);
}
console.log(`[web] Node.js ${process.version}, npm found`);
