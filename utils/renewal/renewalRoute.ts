/**
 * How the side panel is asked to show the renewal of one setup: `sidepanel.html?flow=renewal&app=<client ID>`.
 * Reminders open it; the renewal checklist, when it exists, is where this route leads. Kept as a
 * URL so a panel opened as a tab (when the browser refuses to open the real side panel) lands in
 * the same place.
 */

export type PanelFlow = 'renewal';

export interface PanelRoute {
  flow?: PanelFlow;
  /** Client ID of the setup the route is about. */
  appId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PANEL_PATH = '/sidepanel.html';

export function renewalPanelPath(appId?: string): string {
  const query = new URLSearchParams({ flow: 'renewal' });
  if (appId && GUID.test(appId)) query.set('app', appId.toLowerCase());
  return `${PANEL_PATH}?${query.toString()}`;
}

/** Reads the panel's own address; anything unexpected is ignored. */
export function readPanelRoute(search: string): PanelRoute {
  const query = new URLSearchParams(search);
  const flow = query.get('flow') === 'renewal' ? 'renewal' : undefined;
  const app = query.get('app') ?? '';
  return {
    ...(flow ? { flow } : {}),
    ...(flow && GUID.test(app) ? { appId: app.toLowerCase() } : {}),
  };
}
