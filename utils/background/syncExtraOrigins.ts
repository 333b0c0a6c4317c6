/**
 * Runs the TonicDM content script on the extra origins the admin added in Options, and only
 * on those that pass validation and whose host permission is granted. The manifest covers
 * app.tonicdm.com alone. An origin removed from the list, or whose access was revoked, loses
 * its registration at the next sync.
 */
import { browser } from 'wxt/browser';
import { optionsItem } from '../storage';
import { grantedExtraOrigins, originPattern } from '../tonicdm/grantedExtraOrigins';

const SCRIPT_ID = 'tonicdm-extra-origins';
const TONICDM_SCRIPT = 'content-scripts/tonicdm.js';

let queue: Promise<unknown> = Promise.resolve();
let registered: readonly string[] = [];

/** The extra origins of the last sync, for checks that cannot wait for storage. */
export function registeredExtraOrigins(): readonly string[] {
  return registered;
}

async function sync(): Promise<string[]> {
  const granted = await grantedExtraOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted.map(originPattern), js: [TONICDM_SCRIPT], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  registered = granted;
  return granted;
}

/** One sync at a time: two overlapping runs would both register the same script id. */
export function syncExtraOrigins(): Promise<string[]> {
  const run = queue.then(sync);
  queue = run.catch(() => undefined);
  return run;
}

/** Syncs now and whenever the list or the browser's grants change. */
export function watchExtraOrigins(): void {
  const resync = () => void syncExtraOrigins().catch(() => undefined);
  resync();
  optionsItem.watch(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
}
