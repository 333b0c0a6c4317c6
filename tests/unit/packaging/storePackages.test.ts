// @vitest-environment node
/**
 * The zips uploaded to the Chrome Web Store / Edge Add-ons and to AMO, opened and read the way
 * a store reads them. `npm test` builds them first (wxt zip, wxt zip -b firefox); run on its own,
 * this file builds whichever is missing.
 *
 * The expected permissions are written out here on purpose, not imported from wxt.config.ts:
 * adding a permission must be a visible change to this test and to docs/store-listing.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { toStoreManifest } from '@/scripts/storeManifest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUTPUT = path.join(ROOT, '.output');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (suffix: string) => path.join(OUTPUT, `${pkg.name}-${pkg.version}-${suffix}.zip`);

const DEVELOPMENT_ID = 'ndidbljncjdglldbnmopdecoogmknlno';

const API_PERMISSIONS = ['alarms', 'clipboardRead', 'clipboardWrite', 'identity', 'notifications', 'scripting', 'storage', 'webNavigation'];
const HOSTS = [
  'https://entra.microsoft.com/*',
  'https://portal.azure.com/*',
  'https://ms.portal.azure.com/*',
  'https://aad.portal.azure.com/*',
  'https://registeredapps.hosting.portal.azure.net/*',
  'https://iam.hosting.portal.azure.net/*',
  'https://registeredapps.hosting-ms.portal.azure.net/*',
  'https://iam.hosting-ms.portal.azure.net/*',
  'https://*.reactblade.portal.azure.net/*',
  'https://*.reactblade-ms.portal.azure.net/*',
  'https://*.reactblade-rc.portal.azure.net/*',
  'https://app.tonicdm.com/*',
];
const OPTIONAL_HOSTS = ['https://*/*'];
/** What an extension package may contain: built code, pages, styles, images, the manifest. */
const PACKAGE_FILE = /\.(js|html|css|png|json)$/;

type Manifest = Record<string, unknown> & {
  key?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  minimum_chrome_version?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string> };
  background?: { service_worker?: string; scripts?: string[] };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
};

function ensureZips() {
  if (!existsSync(zipPath('chrome'))) execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(zipPath('firefox')) || !existsSync(zipPath('sources'))) {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  }
}

function readZip(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

function manifestOf(files: Record<string, Uint8Array>): Manifest {
  const raw = files['manifest.json'];
  if (!raw) throw new Error('no manifest.json at the root of the zip');
  return JSON.parse(new TextDecoder().decode(raw)) as Manifest;
}

/** Chrome's id for an unpacked extension with this `key`: SHA-256 of the key, first 32 hex digits as a–p. */
function extensionIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** Width and height from a PNG's IHDR chunk, or undefined if it is not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** PNG colour type 2: 24-bit RGB, no alpha channel (what the Chrome Web Store asks of screenshots). */
const isOpaqueRgbPng = (bytes: Uint8Array) => pngSize(bytes) !== undefined && bytes[24] === 8 && bytes[25] === 2;

/** Every file the manifest points at. */
function referencedFiles(m: Manifest): string[] {
  return [
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? m.browser_action?.default_icon ?? {}),
    ...(m.background?.service_worker ? [m.background.service_worker] : (m.background?.scripts ?? [])),
    ...(m.side_panel?.default_path ? [m.side_panel.default_path] : []),
    ...(m.sidebar_action?.default_panel ? [m.sidebar_action.default_panel] : []),
    ...(m.options_ui?.page ? [m.options_ui.page] : []),
    ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
  ];
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

let chrome: Record<string, Uint8Array>;
let firefox: Record<string, Uint8Array>;
let sources: Record<string, Uint8Array>;

beforeAll(() => {
  ensureZips();
  chrome = readZip(zipPath('chrome'));
  firefox = readZip(zipPath('firefox'));
  sources = readZip(zipPath('sources'));
}, 180_000);

describe('Chrome / Edge store zip', () => {
  it('has no development key, so the store accepts it and assigns its own id', () => {
    expect(manifestOf(chrome)).not.toHaveProperty('key');
  });

  it('states the oldest Chrome the side panel and background code run on', () => {
    expect(manifestOf(chrome).minimum_chrome_version).toBe('120');
  });

  it('asks for exactly the intended permissions: no tabs, no Graph hosts, extra TonicDM origins optional', () => {
    const m = manifestOf(chrome);
    expect(sorted(m.permissions)).toEqual(sorted([...API_PERMISSIONS, 'sidePanel', 'offscreen']));
    expect(sorted(m.host_permissions)).toEqual(sorted(HOSTS));
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m).not.toHaveProperty('optional_permissions');
  });

  it('carries no Firefox-only keys', () => {
    expect(manifestOf(chrome)).not.toHaveProperty('browser_specific_settings');
  });

  it('is the unpacked development build minus its key', () => {
    const unpacked = JSON.parse(readFileSync(path.join(OUTPUT, 'chrome-mv3/manifest.json'), 'utf8')) as Manifest;
    expect(manifestOf(chrome)).toEqual(toStoreManifest(unpacked));
  });
});

describe('the unpacked development build', () => {
  it('keeps the key that fixes its id, and with it the sign-in redirect the README documents', () => {
    const unpacked = JSON.parse(readFileSync(path.join(OUTPUT, 'chrome-mv3/manifest.json'), 'utf8')) as Manifest;
    expect(unpacked.key).toBeTypeOf('string');
    expect(extensionIdOf(unpacked.key!)).toBe(DEVELOPMENT_ID);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`https://${DEVELOPMENT_ID}.chromiumapp.org/`);
  });
});

describe('Firefox (AMO) zip', () => {
  it('has no key, a fixed add-on id, the minimum version and the "collects no data" answer', () => {
    const m = manifestOf(firefox);
    expect(m).not.toHaveProperty('key');
    expect(m.browser_specific_settings?.gecko).toEqual({
      id: 'entra-setup-assistant@tonicdm.com',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('asks for exactly the intended permissions and keeps the optional host permission for extra origins', () => {
    const m = manifestOf(firefox);
    expect(sorted(m.permissions)).toEqual(sorted([...API_PERMISSIONS, ...HOSTS]));
    expect(m.optional_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
  });
});

describe.each([
  ['Chrome', () => chrome],
  ['Firefox', () => firefox],
])('%s zip contents', (_name, files) => {
  it('holds only built files: no source maps, sources, tests or fixtures', () => {
    const names = Object.keys(files());
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => !PACKAGE_FILE.test(n))).toEqual([]);
    expect(names.filter((n) => /(^|\/)(tests?|fixtures?|__tests__|node_modules)\//.test(n) || /\.map$/.test(n))).toEqual([]);
    const text = names.filter((n) => n.endsWith('.js')).map((n) => new TextDecoder().decode(files()[n]));
    expect(text.filter((t) => t.includes('sourceMappingURL'))).toEqual([]);
  });

  it('has every file the manifest names, and each icon is a PNG of its declared size', () => {
    const m = manifestOf(files());
    for (const file of referencedFiles(m)) expect(files(), file).toHaveProperty([file]);
    for (const [size, file] of Object.entries(m.icons ?? {})) {
      expect(pngSize(files()[file]!), file).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe('Firefox sources zip (for AMO review)', () => {
  it('has what builds the add-on and nothing generated or private', () => {
    const names = Object.keys(sources);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/background/index.ts', 'scripts/storeManifest.ts']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|tests|test-results|docs)\//.test(n) || /(^|\/)\.env/.test(n))).toEqual([]);
  });
});

describe('store listing', () => {
  it('justifies every permission either package asks for', () => {
    const listing = readFileSync(path.join(ROOT, 'docs/store-listing.md'), 'utf8');
    const asked = new Set([
      ...(manifestOf(chrome).permissions ?? []),
      ...(manifestOf(chrome).host_permissions ?? []),
      ...(manifestOf(chrome).optional_host_permissions ?? []),
    ]);
    const missing = [...asked].filter((p) => !listing.includes(`| \`${p}\``));
    expect(missing).toEqual([]);
  });
});

describe('store images in docs/store', () => {
  it.each([
    ['screenshot-1-guide.png', 1280, 800],
    ['screenshot-2-captured.png', 1280, 800],
    ['screenshot-3-filled.png', 1280, 800],
    ['promo-440x280.png', 440, 280],
  ])('%s is a %i×%i opaque PNG', (name, width, height) => {
    const bytes = readFileSync(path.join(ROOT, 'docs/store', name));
    expect(pngSize(bytes)).toEqual({ width, height });
    expect(isOpaqueRgbPng(bytes)).toBe(true);
  });
});
