/**
 * Which setup a portal tab works on. The panel has one active setup, but an MSP works in several
 * tenants at once, one portal tab each: a tab that shows another tenant than the active setup's
 * follows that tenant's own setup (or a fresh one), so its guide and what it reports never mix
 * with the active setup's checklist. The tenant comes from the page: the tenant pinned in the
 * address (path or `#@…`), or the Directory (tenant) ID captured for the app the tab shows. Within
 * one tenant the active setup rules, and another app there stays "another app" (a look-alike
 * registered by someone else must not be guided).
 */
import type { PortalLocation } from '../portal/parsePortalUrl';
import { isGuid } from '../values/guid';
import { lastActivity, liveSetups, type AppRecord, type SetupState } from './setupState';

function live(state: SetupState, appId: string | undefined): AppRecord | undefined {
  const app = appId ? state.apps[appId] : undefined;
  return app && !app.archived ? app : undefined;
}

/** The most recently used live setup in a tenant. */
export function setupForTenant(state: SetupState, tenantId: string | undefined): AppRecord | undefined {
  if (!tenantId) return undefined;
  const tenant = tenantId.toLowerCase();
  const active = live(state, state.activeAppId);
  if (active?.tenantId === tenant) return active;
  return liveSetups(state)
    .filter((app) => app.tenantId === tenant)
    .sort((a, b) => lastActivity(b) - lastActivity(a))[0];
}

/** The client ID of the setup a tab at `location` works on; undefined: none yet (a fresh setup). */
export function setupIdForTab(state: SetupState, location: Pick<PortalLocation, 'appId' | 'tenant'> | undefined): string | undefined {
  const active = live(state, state.activeAppId);
  if (!active?.tenantId) return state.activeAppId;
  const shown = live(state, location?.appId);
  if (shown?.tenantId && shown.tenantId !== active.tenantId) return shown.clientId;
  const pinned = location?.tenant && isGuid(location.tenant) ? location.tenant.toLowerCase() : undefined;
  if (pinned && pinned !== active.tenantId) return setupForTenant(state, pinned)?.clientId;
  return state.activeAppId;
}
