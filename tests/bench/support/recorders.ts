/**
 * Timestamp recorders injected into the portal page (every frame) and the side panel. Both run
 * in the same browser, so their Date.now() values are comparable. A MutationObserver callback
 * runs as a microtask right after the task that changed the DOM, so the recorded time is the
 * moment the value was inserted, within a millisecond.
 */

declare global {
  interface Window {
    __benchSeen?: Record<string, number>;
    __panelSeen?: Record<string, number>;
    __secretSeen?: number[];
    __panelSecretAt?: number;
  }
}

/** Init script for portal frames: first time each GUID appears in an Essentials region. */
export function recordEssentialsGuids(): void {
  if (location.protocol !== 'https:') return;
  window.__benchSeen = {};
  const guid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
  const check = () => {
    const at = Date.now();
    const seen = (window.__benchSeen ??= {});
    for (const region of document.querySelectorAll('[role="region"][aria-label="Essentials"]')) {
      for (const id of region.textContent?.match(guid) ?? []) {
        const key = id.toLowerCase();
        if (!(key in seen)) seen[key] = at;
      }
    }
  };
  const start = () =>
    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

/** Evaluated in the side panel page: when each client ID text first shows. */
export function recordPanelClientId(): void {
  window.__panelSeen = {};
  const check = () => {
    const text = document.querySelector('[data-testid="value-client-id"]')?.textContent?.trim().toLowerCase();
    const seen = (window.__panelSeen ??= {});
    if (text && !(text in seen)) seen[text] = Date.now();
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  check();
}

/** Evaluated in the service worker: when each `portal/ids` message arrives (an extra listener). */
export function recordIdsArrival(): void {
  const g = globalThis as unknown as { chrome: typeof chrome; __idsSeen?: Record<string, number> };
  g.__idsSeen = {};
  g.chrome.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; clientId?: string } | undefined;
    const seen = (g.__idsSeen ??= {});
    if (m?.type === 'portal/ids' && m.clientId && !(m.clientId.toLowerCase() in seen)) seen[m.clientId.toLowerCase()] = Date.now();
    return undefined;
  });
}

/**
 * Init script for portal frames: when a client secret Value in the current format first
 * enters the page (the replica's values are fake; the bench keeps only times).
 */
export function recordSecretValues(): void {
  if (location.protocol !== 'https:') return;
  window.__secretSeen = [];
  const format = /[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/;
  const check = (records: MutationRecord[]) => {
    const at = Date.now();
    for (const record of records) {
      const texts = record.type === 'characterData' ? [record.target.nodeValue] : Array.from(record.addedNodes, (n) => n.textContent);
      if (texts.some((t) => t && format.test(t))) {
        (window.__secretSeen ??= []).push(at);
        return;
      }
    }
  };
  const start = () =>
    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

/** Evaluated in the side panel page: when the panel first shows a captured secret. */
export function recordPanelSecret(): void {
  window.__panelSecretAt = undefined;
  const check = () => {
    if (window.__panelSecretAt === undefined && document.querySelector('[data-testid="value-secret"][data-state="captured"]')) window.__panelSecretAt = Date.now();
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  check();
}

/** Evaluated in the service worker: when each `portal/secret` message arrives (an extra listener). */
export function recordSecretArrival(): void {
  const g = globalThis as unknown as { chrome: typeof chrome; __secretsSeen?: number[] };
  g.__secretsSeen = [];
  g.chrome.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | undefined)?.type === 'portal/secret') (g.__secretsSeen ??= []).push(Date.now());
    return undefined;
  });
}
