/**
 * The same Chromium with the same flags as tests/e2e/support/extension.ts, minus the extension:
 * the baseline for page-cost measurements.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error("Chromium not found: install Debian's chromium package (see README).");
  return found;
}

export async function launchPlain(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'],
  });
}
