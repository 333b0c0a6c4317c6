/**
 * What happens to a secret Value a portal page shows. Nothing held yet and the Value is in the
 * documented client-secret format: it is held. Otherwise (another secret is held, for this app
 * or another one, or the Value's format is unusual) it is kept aside as an offer, one per app,
 * and the panel asks "A different secret appeared on <blade>: use it?". A page can therefore
 * never replace the held secret, and two apps in two tabs never overwrite each other.
 *
 * One exception, decided in the panel and not by a page: the admin started the renewal of an app
 * there (renewalExpectationItem). The next new secret of that same app is then exactly what the
 * renewal expects, so it replaces that app's held (old) secret without asking again, once. A held
 * secret of another app is never replaced this way: it is still asked about.
 */
import { renewalExpectationItem, secretItem, secretOffersItem, type CapturedSecret, type SecretOffer } from '../storage';
import type { SecretKind } from '../values/classifySecret';
import { enforceSecretLifetime } from './secretLifetime';

/** The formats the portal issues today (microsoft/security-utilities SEC101_156). */
export function isDocumentedSecret(kind: SecretKind): boolean {
  return kind === 'current' || kind === 'previous';
}

export const SECRET_OFFER_PREFIX = 'secret:';

export function secretOfferId(appId: string | undefined): string {
  return `${SECRET_OFFER_PREFIX}${appId ?? ''}`;
}

export interface SeenSecret {
  value: string;
  kind: SecretKind;
  appId?: string;
  blade: string;
  expiresText?: string;
  locale?: string;
}

export type SecretOutcome = 'held' | 'same' | 'offered';

/** How long a renewal started in the panel stands in for the admin's "use it": a working day. */
export const RENEWAL_EXPECTATION_MS = 12 * 3_600_000;

/** The renewal the admin started in the panel expects this secret: same app, documented format. */
async function expectedByRenewal(seen: SeenSecret, held: CapturedSecret | null, now: number): Promise<boolean> {
  const expectation = await renewalExpectationItem.getValue();
  if (!expectation || !seen.appId || expectation.appId !== seen.appId.toLowerCase()) return false;
  if (now - expectation.at > RENEWAL_EXPECTATION_MS || now < expectation.at) return false;
  return isDocumentedSecret(seen.kind) && (!held || held.appId?.toLowerCase() === expectation.appId);
}

export async function receiveSecret(seen: SeenSecret, now: number): Promise<SecretOutcome> {
  const held = await enforceSecretLifetime(now);
  if (held?.value === seen.value) return 'same';
  const expected = await expectedByRenewal(seen, held, now);
  if ((!held && isDocumentedSecret(seen.kind)) || expected) {
    await holdSecret({ value: seen.value, appId: seen.appId, capturedAt: now, lastUsedAt: now, source: 'portal' });
    await dropSecretOffer(seen.appId);
    // Expected once: a further new secret is asked about again.
    if (expected) await renewalExpectationItem.removeValue();
    return 'held';
  }
  const offer: SecretOffer = {
    appId: seen.appId ?? '',
    value: seen.value,
    blade: seen.blade,
    unusualFormat: !isDocumentedSecret(seen.kind),
    expiresText: seen.expiresText,
    locale: seen.locale,
    at: now,
  };
  const offers = (await secretOffersItem.getValue()) ?? [];
  await secretOffersItem.setValue([...offers.filter((o) => o.appId !== offer.appId), offer]);
  return 'offered';
}

async function holdSecret(secret: CapturedSecret): Promise<void> {
  await secretItem.setValue(secret);
}

async function dropSecretOffer(appId: string | undefined): Promise<void> {
  const offers = (await secretOffersItem.getValue()) ?? [];
  const rest = offers.filter((o) => o.appId !== (appId ?? ''));
  if (rest.length !== offers.length) await secretOffersItem.setValue(rest);
}

/** The admin said "use it": the offered secret becomes the held one. Returns the offer taken. */
export async function acceptSecretOffer(appId: string, now: number): Promise<SecretOffer | undefined> {
  await enforceSecretLifetime(now);
  const offer = ((await secretOffersItem.getValue()) ?? []).find((o) => o.appId === appId);
  if (!offer) return undefined;
  await holdSecret({ value: offer.value, appId: offer.appId || undefined, capturedAt: offer.at, lastUsedAt: now, source: 'portal' });
  await dropSecretOffer(offer.appId);
  return offer;
}

export async function declineSecretOffer(appId: string): Promise<void> {
  await dropSecretOffer(appId);
}
