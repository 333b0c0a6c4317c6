import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter } from '@/utils/background/messageRouter';
import { broadcastContext, broadcastToAllPortalTabs } from '@/utils/background/broadcastContext';
import { watchSecretLifetime } from '@/utils/background/secretLifetime';
import { openPanelOnToolbarClick } from '@/utils/background/sidePanelBehaviour';
import { fillTonicdmTab, handleTonicdmMessage, tonicdmOrigins } from '@/utils/background/tonicdmFill';
import { guideHiddenItem, optionsItem, setupItem } from '@/utils/storage';
import { injectGuide } from '@/utils/background/injectGuide';
import { syncExtraOrigins } from '@/utils/background/syncExtraOrigins';
import { scheduleExpiryReminder, watchExpiryReminder } from '@/utils/background/expiryReminder';
import { readSetup } from '@/utils/background/setupStore';
import { watchGuideTabs } from '@/utils/background/guideArbiter';

export default defineBackground(() => {
  const now = () => Date.now();
  openPanelOnToolbarClick();
  browser.runtime.onMessage.addListener(
    createMessageRouter({ now, fillTonicdm: () => fillTonicdmTab(now), tonicdmOrigins, handleTonicdm: handleTonicdmMessage, injectGuide }),
  );
  // Hash navigation in the portal SPA changes the tab URL without a reload: re-tell its frames.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void broadcastContext(tabId, tab.url ?? change.url);
  });
  setupItem.watch((state) => {
    void broadcastToAllPortalTabs();
    if (state) void scheduleExpiryReminder(state, now());
  });
  watchExpiryReminder(readSetup);
  guideHiddenItem.watch(() => void broadcastToAllPortalTabs());
  watchSecretLifetime(now);
  watchGuideTabs();
  void syncExtraOrigins().catch(() => undefined);
  optionsItem.watch(() => void syncExtraOrigins().catch(() => undefined));
});
