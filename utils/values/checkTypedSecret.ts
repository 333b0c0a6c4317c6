/**
 * Checks a client secret Value typed or pasted into the panel, in the order portal.md §5 gives:
 * a GUID is the Secret ID (TonicDM fails with AADSTS7000215 weeks later), asterisks mean the
 * portal already masked it, a Value in the documented formats is accepted, and anything else
 * is usable only when the admin says so explicitly.
 */
import { classifySecret } from './classifySecret';
import type { EntryVerdict } from './entryVerdict';
import { readTypedGuid } from './typedGuid';
import type { HeldIds } from './checkTypedIds';

export type SecretIssue =
  | 'secret-id'
  | 'is-client-id'
  | 'is-tenant-id'
  | 'masked'
  | 'has-spaces'
  | 'length'
  /** A character the portal never puts in a Value (outside printable ASCII). */
  | 'characters'
  /** An older Value format (before the `Q~` marker): fine for an older secret, unusual for a new one. */
  | 'legacy-format'
  | 'unrecognised-format';

/** Graph documents secretText as 16–64 characters. */
export const SECRET_LENGTH = { min: 16, max: 64 } as const;

export function checkTypedSecret(raw: string, held: HeldIds = {}): EntryVerdict<string, SecretIssue> {
  // Only the ends are trimmed: a space inside is never part of a Value, and is reported, not removed.
  const value = raw.replace(/^[\s\u200b-\u200f\ufeff]+|[\s\u200b-\u200f\ufeff]+$/g, '');
  if (!value) return { status: 'empty' };
  const guid = readTypedGuid(value);
  if (guid.kind === 'guid') {
    if (guid.value === held.clientId) return { status: 'error', issue: 'is-client-id' };
    if (guid.value === held.tenantId) return { status: 'error', issue: 'is-tenant-id' };
    return { status: 'error', issue: 'secret-id' };
  }
  const kind = classifySecret(value);
  if (kind === 'masked') return { status: 'error', issue: 'masked' };
  if (/\s/.test(value)) return { status: 'error', issue: 'has-spaces' };
  if (value.length < SECRET_LENGTH.min || value.length > SECRET_LENGTH.max) return { status: 'error', issue: 'length' };
  switch (kind) {
    case 'current':
    case 'previous':
      return { status: 'ok', value };
    case 'legacy':
      return { status: 'warn', value, issue: 'legacy-format' };
    case 'unrecognised':
      return { status: 'warn', value, issue: 'unrecognised-format' };
    default:
      // Printable ASCII only: a character outside it cannot come from the portal's Value.
      return { status: 'error', issue: 'characters' };
  }
}
