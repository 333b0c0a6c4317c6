import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter } from '@/utils/background/messageRouter';
import { broadcastContext, broadcastToAllPortalTabs } from '@/utils/background/broadcastContext';
import { watchSecretLifetime } from '@/utils/background/secretLifetime';
import { openPanelOnToolbarClick } from '@/utils/background/sidePanelBehaviour';
import { fillTonicdmTab, handleTonicdmMessage, tonicdmOrigins } from '@/utils/background/tonicdmFill';
import { guideHiddenItem, setupItem } from '@/utils/storage';
import { injectGuide } from '@/utils/background/injectGuide';
import { registeredExtraOrigins, watchExtraOrigins } from '@/utils/background/syncExtraOrigins';
import { openPanelOnPageRequest } from '@/utils/background/openPanelOnPageRequest';
import { startExpiryReminders } from '@/utils/background/expiryReminder';
import { readSetup } from '@/utils/background/setupStore';
import { closeStorageToContentScripts } from '@/utils/security/storageAccess';
import { watchClipboardGuard } from '@/utils/background/clipboardGuard';
import { watchGuideTabs } from '@/utils/background/guideArbiter';

export default defineBackground(() => {
  const now = () => Date.now();
  // First: content scripts share a renderer with the page and must not write what we read back.
  void closeStorageToContentScripts();
  openPanelOnToolbarClick();
  browser.runtime.onMessage.addListener(
    createMessageRouter({ now, fillTonicdm: () => fillTonicdmTab(now), tonicdmOrigins, handleTonicdm: handleTonicdmMessage, injectGuide }),
  );
  // Hash navigation in the portal SPA changes the tab URL without a reload: re-tell its frames.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void broadcastContext(tabId, tab.url ?? change.url);
  });
  setupItem.watch(() => void broadcastToAllPortalTabs());
  startExpiryReminders(now);
  guideHiddenItem.watch(() => void broadcastToAllPortalTabs());
  watchSecretLifetime(now);
  watchClipboardGuard(now);
  watchExtraOrigins();
  openPanelOnPageRequest(registeredExtraOrigins);
  watchGuideTabs();
});
