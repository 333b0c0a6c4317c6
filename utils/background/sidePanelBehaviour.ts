/**
 * The toolbar button opens the panel: Chrome/Edge through sidePanel, Firefox through its sidebar.
 */
import { browser } from 'wxt/browser';

type WithSidePanel = { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };
type WithSidebar = { sidebarAction?: { toggle(): Promise<void> } };

export function openPanelOnToolbarClick(): void {
  const chromeLike = browser as unknown as WithSidePanel;
  if (chromeLike.sidePanel) {
    void chromeLike.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const firefoxLike = browser as unknown as WithSidebar;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener(() => void firefoxLike.sidebarAction?.toggle());
}
