/**
 * Closes local and sync storage to content scripts where the browser allows it. Content
 * scripts share a renderer with the page, and nothing they need is in storage (they ask the
 * background), so only extension pages and the worker keep access. Chrome remembers the level
 * across restarts; the worker sets it again on every start in case a profile predates it.
 * Session storage is trusted-only by default and is left alone. Firefox has no access levels:
 * there, validation on every read (storedState.ts) is the only guard.
 */
import { browser } from 'wxt/browser';

type WithAccessLevel = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

export async function closeStorageToContentScripts(): Promise<string[]> {
  const closed: string[] = [];
  for (const area of ['local', 'sync'] as const) {
    const storageArea = browser.storage[area] as unknown as WithAccessLevel | undefined;
    if (typeof storageArea?.setAccessLevel !== 'function') continue;
    try {
      await storageArea.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      closed.push(area);
    } catch {
      // Older Chrome accepts the call for session storage only; validation still guards reads.
    }
  }
  return closed;
}
