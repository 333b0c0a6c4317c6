/**
 * Opens the panel on the renewal of one setup (a reminder was clicked). The real side panel opens
 * only while the browser counts a user gesture, i.e. synchronously in the click's listener, before
 * any await; when it refuses (or the browser has no side panel API that can), the panel page opens
 * in a tab at `sidepanel.html?flow=renewal&app=<client ID>` instead. Either way the panel shows
 * the renewal-due notice for the active setup at its top.
 */
import { browser } from 'wxt/browser';
import { renewalPanelPath } from '../renewal/renewalRoute';

type PanelOpeners = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** chrome.windows.WINDOW_ID_CURRENT: the window the admin last used. */
const CURRENT_WINDOW = -2;

export function openRenewalFlow(appId?: string): Promise<void> {
  const openers = browser as unknown as PanelOpeners;
  let opening: Promise<void> | undefined;
  try {
    opening = openers.sidePanel ? openers.sidePanel.open({ windowId: CURRENT_WINDOW }) : openers.sidebarAction?.open();
  } catch {
    opening = undefined;
  }
  const inTab = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(renewalPanelPath(appId) as '/sidepanel.html') });
  };
  return opening ? opening.then(() => undefined, inTab) : inTab();
}
