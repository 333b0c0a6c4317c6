/**
 * What a string shown in a secret's Value cell is. The portal shows the Value once; other
 * rows are masked (first 3 characters + asterisks), and the Secret ID column is a GUID that
 * admins often copy by mistake (AADSTS7000215 at TonicDM weeks later).
 * Formats: microsoft/security-utilities rules SEC101_156 (current/previous) and SEC101_101 (legacy).
 */
import { isGuid } from './guid';

export type SecretKind = 'empty' | 'secret-id' | 'masked' | 'current' | 'previous' | 'legacy' | 'unrecognised';

const CURRENT = /^[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}$/;
const PREVIOUS = /^[A-Za-z0-9_.~-]{3}7Q~[A-Za-z0-9_.~-]{31}$/;
const PLAUSIBLE_QTILDE = /^[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{31,34}$/;
const LEGACY_WIDE = /^[A-Za-z0-9_.~\-=:[\]@/*+?]{32}$/;
const LEGACY_WIDE_SYMBOL = /[=:[\]@/*+?_.~-]/;
const LEGACY_UNRESERVED = /^[A-Za-z0-9_.~-]{34}$/;
/** Graph documents secretText as 16–64 characters; anything else in a Value cell is not a secret. */
const GRAPH_SECRET_SHAPE = /^[\x21-\x7e]{16,64}$/;

export function classifySecret(raw: string): SecretKind {
  const value = raw.trim();
  if (!value) return 'empty';
  if (isGuid(value)) return 'secret-id';
  // Masked: the portal shows 3 characters then a run of asterisks. A lone * can be part of a legacy secret.
  if (/\*{3,}|•{3,}|…$/.test(value)) return 'masked';
  if (CURRENT.test(value)) return 'current';
  if (PREVIOUS.test(value) || PLAUSIBLE_QTILDE.test(value)) return 'previous';
  if (LEGACY_WIDE.test(value) && LEGACY_WIDE_SYMBOL.test(value)) return 'legacy';
  if (LEGACY_UNRESERVED.test(value) && /[-~_.]/.test(value)) return 'legacy';
  return GRAPH_SECRET_SHAPE.test(value) ? 'unrecognised' : 'empty';
}

/** Kinds that are a usable secret Value (unrecognised is usable but gets a warning). */
export function isUsableSecret(kind: SecretKind): boolean {
  return kind === 'current' || kind === 'previous' || kind === 'legacy' || kind === 'unrecognised';
}

/** The first three characters, which the portal and Graph (`hint`) show openly. */
export function secretHint(value: string): string {
  return value.trim().slice(0, 3);
}
