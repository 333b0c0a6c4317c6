/**
 * Injects the guide into one portal frame that asked for it: the script of the blade family the
 * tab shows (utils/guide/guideFamilies.ts). Only frames showing a blade of the setup flow ask, so
 * guide code never runs anywhere else, and a frame carries only its own family's code.
 */
import { browser } from 'wxt/browser';
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { GUIDE_FAMILY } from '../guide/guideFamilies';
import { GUIDE_SCRIPTS } from '../guide/guideScripts';

export async function injectGuide(tabId: number, frameId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    const blade = bladeKindOf(parsePortalUrl(tab.url));
    if (!blade) return false;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [GUIDE_SCRIPTS[GUIDE_FAMILY[blade]]] });
    return true;
  } catch {
    // The frame navigated or closed meanwhile; it will ask again if it still needs the guide.
    return false;
  }
}
