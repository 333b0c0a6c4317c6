// Renders the extension icons and the store's small promo tile from their sources in assets/icon/
// with headless Chromium, so anyone can regenerate the committed PNGs byte for byte on the same
// browser: `npm run icons`.
//   icon-small.svg → public/icon/16.png, 32.png (the toolbar; drawn for small sizes)
//   icon.svg       → public/icon/48.png, 128.png (extensions page, store; 128 keeps the store's transparent margin)
//   promo-tile.html + icon.svg → docs/store/promo-440x280.png
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = (name) => readFileSync(path.join(root, 'assets/icon', name), 'utf8');

const ICONS = [
  { svg: 'icon-small.svg', size: 16 },
  { svg: 'icon-small.svg', size: 32 },
  { svg: 'icon.svg', size: 48 },
  { svg: 'icon.svg', size: 128 },
];

function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((c) => c && existsSync(c));
  if (!found) throw new Error("Chromium not found: install Debian's chromium package (see README).");
  return found;
}

/** The SVG drawn at `size` px: its own width/height replaced, the viewBox keeps the drawing. */
function sized(svg, size) {
  return svg.replace(/<svg([^>]*?) width="\d+" height="\d+"/, `<svg$1 width="${size}" height="${size}"`);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
try {
  mkdirSync(path.join(root, 'public/icon'), { recursive: true });
  mkdirSync(path.join(root, 'docs/store'), { recursive: true });
  for (const { svg, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${sized(source(svg), size)}</body></html>`);
    const out = path.join(root, `public/icon/${size}.png`);
    await page.screenshot({ path: out, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png from assets/icon/${svg}`);
  }
  const promo = await browser.newPage({ viewport: { width: 440, height: 280 }, deviceScaleFactor: 1 });
  await promo.setContent(source('promo-tile.html').replace('<!--icon-->', source('icon.svg')));
  await promo.screenshot({ path: path.join(root, 'docs/store/promo-440x280.png') });
  console.log('docs/store/promo-440x280.png from assets/icon/promo-tile.html');
} finally {
  await browser.close();
}
