/**
 * A value the assistant holds (a client's tenant ID here; the secret in session storage, see
 * utils/background/heldSecret.ts) is never replaced silently. A different one seen on a page
 * becomes an offer, one per app and field, and the admin answers it in the panel.
 */
import type { BladeKind } from '../portal/bladeKind';
import type { SetupState, ValueOffer } from './setupState';

/** The blade names the admin sees in the portal menu, for "… appeared on <blade>". */
export const BLADE_TITLES: Record<BladeKind, string> = {
  'app-list': 'App registrations',
  'app-create': 'Register an application',
  'app-overview': 'Overview',
  'app-api-permissions': 'API permissions',
  'app-credentials': 'Certificates & secrets',
  'enterprise-list': 'Enterprise applications',
  'enterprise-overview': 'Enterprise app Overview',
  'enterprise-properties': 'Properties',
  'enterprise-users': 'Users and groups',
};

export function offerId(field: ValueOffer['field'], appId: string): string {
  return `${field}:${appId}`;
}

/** Records (or refreshes) the open question for this app and field. */
export function offerValue(state: SetupState, offer: Omit<ValueOffer, 'id'>): SetupState {
  const id = offerId(offer.field, offer.appId);
  const others = (state.offers ?? []).filter((o) => o.id !== id);
  return { ...state, offers: [...others, { ...offer, id }] };
}

export function dropOffer(state: SetupState, id: string): SetupState {
  if (!state.offers?.some((o) => o.id === id)) return state;
  const offers = state.offers.filter((o) => o.id !== id);
  const { offers: _old, ...rest } = state;
  return offers.length > 0 ? { ...rest, offers } : rest;
}

/** The admin chose the offered value: it replaces the held one. */
export function acceptOffer(state: SetupState, id: string): SetupState {
  const offer = state.offers?.find((o) => o.id === id);
  const app = offer && state.apps[offer.appId];
  if (!offer || !app) return dropOffer(state, id);
  const next = dropOffer(state, id);
  return { ...next, apps: { ...next.apps, [offer.appId]: { ...app, [offer.field]: offer.value } } };
}
