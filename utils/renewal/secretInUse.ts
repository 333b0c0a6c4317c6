/**
 * Which of the app's client secrets is the one TonicDM uses. Graph lists every secret of the app
 * (never a Value); the setup knows the one it handled by key ID (Graph created it, or it was
 * matched before), by hint (the first three characters, taken when the Value was captured) or by
 * its expiry date. The answer feeds the expiry reminders, the renewal notice and the record, so a
 * wrong guess must be impossible when the setup knows better: a known key ID or hint that Graph
 * does not list yet (replication) or any more (deleted) yields no answer rather than another secret.
 */
import type { PasswordCredentialInfo } from '../graph/graphTypes';

/** What identifies a secret without revealing it. */
export interface SecretIdentity {
  /** Graph's keyId, shown as "Secret ID" in the portal. */
  keyId?: string;
  /** The Value's first three characters, as Graph and the portal show them. */
  hint?: string;
  /** The description (Graph's displayName). */
  description?: string;
}

export interface KnownSecret {
  keyId?: string;
  hint?: string;
  /** Expiry date the setup holds ("YYYY-MM-DD"). */
  expiryIso?: string;
}

export interface CredentialInUse extends SecretIdentity {
  keyId: string;
  /** Expiry as a UTC date, "YYYY-MM-DD". */
  endIso: string;
  /** How it was recognised: the record says how sure it is. */
  matchedBy: 'key-id' | 'hint' | 'expiry' | 'latest';
}

const DAY_MS = 86_400_000;

function endOf(credential: PasswordCredentialInfo): number {
  return credential.endDateTime ? Date.parse(credential.endDateTime) : Number.NaN;
}

/** Distance in days between a credential's end and a date; the portal shows local dates, Graph UTC. */
function daysFrom(credential: PasswordCredentialInfo, dateIso: string): number {
  return Math.abs(endOf(credential) - Date.parse(`${dateIso.slice(0, 10)}T12:00:00Z`)) / DAY_MS;
}

function closestTo(candidates: PasswordCredentialInfo[], dateIso: string | undefined): PasswordCredentialInfo | undefined {
  const sorted = [...candidates].sort((a, b) => (dateIso ? daysFrom(a, dateIso) - daysFrom(b, dateIso) : endOf(b) - endOf(a)));
  return sorted[0];
}

function inUse(credential: PasswordCredentialInfo | undefined, matchedBy: CredentialInUse['matchedBy']): CredentialInUse | undefined {
  if (!credential || Number.isNaN(endOf(credential))) return undefined;
  return {
    keyId: credential.keyId.toLowerCase(),
    ...(credential.hint ? { hint: credential.hint } : {}),
    ...(credential.displayName ? { description: credential.displayName } : {}),
    endIso: new Date(endOf(credential)).toISOString().slice(0, 10),
    matchedBy,
  };
}

export function secretInUse(credentials: readonly PasswordCredentialInfo[], known: KnownSecret): CredentialInUse | undefined {
  const dated = credentials.filter((c) => !Number.isNaN(endOf(c)));
  if (dated.length === 0) return undefined;
  if (known.keyId) {
    const keyId = known.keyId.toLowerCase();
    return inUse(
      dated.find((c) => c.keyId.toLowerCase() === keyId),
      'key-id',
    );
  }
  if (known.hint) {
    return inUse(
      closestTo(
        dated.filter((c) => c.hint === known.hint),
        known.expiryIso,
      ),
      'hint',
    );
  }
  if (known.expiryIso) {
    // Within a day either way: the portal's date is local, Graph's end is UTC.
    const expiry = Date.parse(`${known.expiryIso.slice(0, 10)}T00:00:00Z`);
    const sameDay = dated.filter((c) => Math.abs(Date.parse(`${new Date(endOf(c)).toISOString().slice(0, 10)}T00:00:00Z`) - expiry) <= DAY_MS);
    if (sameDay.length > 0) return inUse(closestTo(sameDay, known.expiryIso), 'expiry');
    // A date typed or parsed wrongly (day and month swapped) must not hide Graph's answer.
  }
  return inUse(closestTo(dated, undefined), 'latest');
}
