import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { choosePortalTab, PORTAL_SHELL_PATTERNS, type TabLike } from '@/utils/portal/portalTab';

export interface PortalTab {
  id: number;
  url: string;
}

/**
 * The portal tab the admin is using, followed as they switch tabs, windows or blades. Portal tab
 * addresses are readable through the host permissions; other tabs are never looked at.
 */
export function usePortalTab(): PortalTab | undefined {
  const [tab, setTab] = useState<PortalTab | undefined>();
  useEffect(() => {
    let alive = true;
    let seq = 0;
    const refresh = async () => {
      const mine = ++seq;
      const [tabs, focused] = await Promise.all([
        browser.tabs.query({ url: PORTAL_SHELL_PATTERNS }) as Promise<TabLike[]>,
        browser.windows.getLastFocused().catch(() => undefined),
      ]);
      if (!alive || mine !== seq) return;
      const chosen = choosePortalTab(tabs, focused?.id);
      setTab((previous) =>
        chosen?.id === undefined || !chosen.url ? undefined : previous?.id === chosen.id && previous.url === chosen.url ? previous : { id: chosen.id, url: chosen.url },
      );
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === 'complete') void refresh();
    };
    const onChange = () => void refresh();
    browser.tabs.onActivated.addListener(onChange);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onChange);
    browser.windows.onFocusChanged.addListener(onChange);
    void refresh();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onChange);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onChange);
      browser.windows.onFocusChanged.removeListener(onChange);
    };
  }, []);
  return tab;
}
