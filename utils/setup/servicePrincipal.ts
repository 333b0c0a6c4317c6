/**
 * Where the enterprise application's object ID comes from, for links straight to its
 * Properties and Users and groups. The portal's own address names it on every enterprise-app
 * blade (`ManagedAppMenuBlade/~/…/objectId/<sp>/appId/<id>`), and the background sees the
 * addresses of portal tabs; Microsoft Graph names it authoritatively. An address is taken only
 * for an app the setup already knows, and never over what Graph said: an address is just text
 * someone may have crafted, Graph is the directory.
 */
import { bladeKindOf } from '../portal/bladeKind';
import type { PortalLocation } from '../portal/parsePortalUrl';
import type { SetupState } from './setupState';

const ENTERPRISE_APP_BLADES = new Set(['enterprise-overview', 'enterprise-properties', 'enterprise-users']);

export function applyVisitedAddress(state: SetupState, location: PortalLocation | undefined): SetupState {
  const blade = bladeKindOf(location);
  if (!blade || !ENTERPRISE_APP_BLADES.has(blade) || !location?.appId || !location.objectId) return state;
  const app = state.apps[location.appId];
  if (!app || app.servicePrincipalFrom === 'graph' || app.servicePrincipalId === location.objectId) return state;
  // The app registration's Object ID is never the enterprise app's: a link mixing them up is wrong.
  if (location.objectId === app.objectId) return state;
  return { ...state, apps: { ...state.apps, [app.clientId]: { ...app, servicePrincipalId: location.objectId, servicePrincipalFrom: 'page' } } };
}

export function applyGraphServicePrincipal(state: SetupState, appId: string, servicePrincipalId: string): SetupState {
  const app = state.apps[appId];
  if (!app || (app.servicePrincipalId === servicePrincipalId && app.servicePrincipalFrom === 'graph')) return state;
  return { ...state, apps: { ...state.apps, [appId]: { ...app, servicePrincipalId, servicePrincipalFrom: 'graph' } } };
}
