// Renders the app's PNG icons from public/icon.svg with Debian's Chromium (playwright-core, no
// download), into public/icons/: run `node scripts/make-icons.mjs` after changing the SVG and commit
// the PNGs. The same SVG gives the same PNGs (Chromium's rasteriser, fixed sizes, no fonts).
//   icon-192.png, icon-512.png  "any": the rounded square as drawn, transparent corners
//   maskable-512.png            "maskable": the colour full bleed, the mark inside the central 80 %
//                               circle (the safe zone a launcher's mask never cuts)
//   apple-touch-icon.png        180 px, full bleed like the maskable one (iOS rounds it itself)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const here = new URL('..', import.meta.url);
const svg = readFileSync(new URL('public/icon.svg', here), 'utf8');
const colour = svg.match(/fill="(#[0-9a-f]{6})"/i)?.[1] ?? '#2f5d50';
const mark = svg.match(/<path[^>]*\/>/)?.[0];
if (!mark) throw new Error('public/icon.svg has no <path> to take the mark from');
// The mark spans 18..46 x 22..42 of 64: scaled by 0.8 around the centre it stays well inside the
// safe zone's circle (radius 0.4 of the size).
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${colour}"/><g transform="translate(32 32) scale(0.8) translate(-32 -32)">${mark}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'maskable-512.png', size: 512, source: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, source: fullBleed },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, source } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(new URL(`public/icons/${file}`, here), png);
    console.log(`public/icons/${file}: ${size}x${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
