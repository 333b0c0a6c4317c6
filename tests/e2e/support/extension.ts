/**
 * Launches Debian Chromium with the built extension (Playwright cannot download browsers here,
 * and branded Chrome ignores --load-extension). Each test gets a fresh profile; `relaunch`
 * reopens the same profile, which is how a browser restart is tested.
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium package (see README).');
  return found;
}

export interface LaunchOptions {
  /**
   * The browser's UI language ("de", "ja"); unset, Chromium's default (English). Two settings make a
   * German browser here: `--lang` sets the browser's locale, which picks the extension's messages
   * (chrome.i18n.getMessage, the manifest's name); the context's `locale` sets the pages' own
   * language (chrome.i18n.getUILanguage, Intl, navigator.language), which headless Chromium otherwise
   * leaves at en-US whatever --lang says. The LANGUAGE and LANG variables change neither in headless
   * Debian Chromium, so they are not set.
   */
  language?: string;
}

/** `extraArgs` are added to the usual flags (e.g. a DevTools port for a browser-level CDP session). */
export async function launchWithExtension(
  userDataDir: string,
  extraArgs: string[] = [],
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const { language } = options;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    ...(language ? { locale: language } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      ...(language ? [`--lang=${language}`] : []),
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}

interface Fixtures {
  /** The browser's UI language for the test (`test.use({ browserLanguage: 'de' })`); English by default. */
  browserLanguage: string | undefined;
  userDataDir: string;
  launched: { context: BrowserContext; extensionId: string; worker: Worker };
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Closes the browser and opens it again on the same profile. */
  relaunch: () => Promise<{ context: BrowserContext; extensionId: string; worker: Worker }>;
}

export const test = base.extend<Fixtures>({
  browserLanguage: [undefined, { option: true }],
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdm-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  launched: async ({ userDataDir, browserLanguage }, use) => {
    const holder = { current: await launchWithExtension(userDataDir, [], { language: browserLanguage }) };
    await use(holder.current);
    await holder.current.context.close().catch(() => undefined);
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  worker: async ({ launched }, use) => use(launched.worker),
  relaunch: async ({ userDataDir, launched, browserLanguage }, use) => {
    const opened: BrowserContext[] = [];
    await use(async () => {
      await launched.context.close();
      const next = await launchWithExtension(userDataDir, [], { language: browserLanguage });
      opened.push(next.context);
      return next;
    });
    for (const c of opened) await c.close().catch(() => undefined);
  },
});

export const expect = test.expect;
