/**
 * Headless Chromium cannot show the browser's own "Allow access to this site?" prompt, so a
 * test cannot click Allow. Instead the grant is written into the closed profile exactly where
 * Chromium keeps an accepted prompt (the extension's granted and active host permissions), and
 * the browser is started again: the extension then holds the access as if the admin had allowed
 * it earlier. A later permissions.request() for the same origin resolves at once, as it does in
 * a real browser.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './extension';

interface PermissionSet {
  explicit_host?: string[];
  scriptable_host?: string[];
}

function grantInPreferences(userDataDir: string, extensionId: string, origins: string[]): void {
  const file = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, PermissionSet>> } };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`No settings for extension ${extensionId} in the profile`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (settings[key] ??= {});
    for (const list of ['explicit_host', 'scriptable_host'] as const) {
      set[list] = [...new Set([...(set[list] ?? []), ...origins.map((o) => `${o}/*`)])];
    }
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/** Closes the browser, records the grants, and starts it again on the same profile. */
export async function relaunchWithGrantedHosts(
  context: BrowserContext,
  userDataDir: string,
  extensionId: string,
  origins: string[],
): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }> {
  await context.close();
  grantInPreferences(userDataDir, extensionId, origins);
  return launchWithExtension(userDataDir);
}

export function hasHostAccess(worker: Worker, origin: string): Promise<boolean> {
  return worker.evaluate((o) => (globalThis as unknown as { chrome: typeof chrome }).chrome.permissions.contains({ origins: [`${o}/*`] }), origin);
}

/** Match patterns of the content scripts the extension registered at run time. */
export function registeredScriptMatches(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const scripts = await (globalThis as unknown as { chrome: typeof chrome }).chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((s) => s.matches ?? []);
  });
}
