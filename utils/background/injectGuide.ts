/**
 * Injects the guide script into one portal frame that asked for it. Only frames showing a blade
 * of the setup flow ask, so the larger guide code never runs anywhere else.
 */
import { browser } from 'wxt/browser';

export const GUIDE_SCRIPT = '/content-scripts/guide.js';

export async function injectGuide(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [GUIDE_SCRIPT] });
    return true;
  } catch {
    // The frame navigated or closed meanwhile; it will ask again if it still needs the guide.
    return false;
  }
}
