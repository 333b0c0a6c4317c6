/**
 * Tells every frame of a portal tab which blade the tab shows. Frames learn the blade only
 * this way (see frameContext.ts). Sending to a tab whose scripts are gone just fails; ignore it.
 */
import { browser } from 'wxt/browser';
import { isPortalShellUrl } from '../portal/hosts';
import { readGuideHidden } from '../storage';
import { frameContextFor } from './frameContext';
import { readSetup } from './setupStore';

export async function broadcastContext(tabId: number, tabUrl: string | undefined): Promise<void> {
  if (!isPortalShellUrl(tabUrl)) return;
  const context = frameContextFor(tabUrl, await readSetup(), await readGuideHidden());
  await browser.tabs.sendMessage(tabId, context).catch(() => undefined);
}

export async function broadcastToAllPortalTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.filter((t) => t.id !== undefined && isPortalShellUrl(t.url)).map((t) => broadcastContext(t.id!, t.url)));
}
