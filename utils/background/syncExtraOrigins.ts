/**
 * Runs the TonicDM content script on the extra origins the admin added in Options, and only
 * on those whose host permission was granted. The manifest covers app.tonicdm.com alone.
 */
import { browser } from 'wxt/browser';
import { readOptions } from '../storage';
import { parseExtraOrigin } from '../tonicdm/parseExtraOrigin';

const SCRIPT_ID = 'tonicdm-extra-origins';
const TONICDM_SCRIPT = 'content-scripts/tonicdm.js';

export async function syncExtraOrigins(): Promise<string[]> {
  const { extraTonicdmOrigins } = await readOptions();
  const granted: string[] = [];
  for (const origin of extraTonicdmOrigins.map(parseExtraOrigin)) {
    if (origin && (await browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false))) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted.map((o) => `${o}/*`), js: [TONICDM_SCRIPT], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  return granted;
}
