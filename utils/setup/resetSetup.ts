/**
 * "Start over" for one setup: the assistant forgets that setup (its values, checklist, renewal and
 * notices) and keeps every other one. Nothing changes in the tenant: the app registration, its
 * permissions and secrets stay, and TonicDM keeps working with them. The held secret is forgotten
 * by the caller when it belongs to this setup (it lives in session storage, not here).
 */
import type { SetupState } from './setupState';

export function applyResetSetup(state: SetupState, appId: string | undefined): SetupState {
  const target = appId ?? state.activeAppId;
  // Nothing known yet: only the steps ticked before any app.
  if (!target || !state.apps[target]) return appId ? state : { ...state, pendingDone: {}, notices: [] };
  const { [target]: _removed, ...apps } = state.apps;
  const wasActive = state.activeAppId === target;
  // Notices without an app speak of the work in progress, which is the active setup's.
  const notices = state.notices.filter((n) => n.appId !== target && n.switchTo !== target && (!wasActive || !!n.appId));
  const offers = (state.offers ?? []).filter((o) => o.appId !== target);
  const { activeAppId: _active, offers: _offers, ...rest } = state;
  return {
    ...rest,
    ...(wasActive ? { pendingDone: {} } : state.activeAppId ? { activeAppId: state.activeAppId } : {}),
    apps,
    notices,
    ...(offers.length > 0 ? { offers } : {}),
  };
}
