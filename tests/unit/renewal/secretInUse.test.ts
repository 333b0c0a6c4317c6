import { describe, expect, it } from 'vitest';
import type { PasswordCredentialInfo } from '../../../utils/graph/graphTypes';
import { secretInUse, type KnownSecret } from '../../../utils/renewal/secretInUse';

const OLD: PasswordCredentialInfo = {
  keyId: '0B6F3C1E-5A2D-4E8F-9C7B-1D3E5F7A9B2C',
  displayName: 'TonicDM Office365 Secret',
  hint: 'xY1',
  startDateTime: '2024-12-10T10:00:00Z',
  endDateTime: '2026-12-10T10:00:00Z',
};
const NEW: PasswordCredentialInfo = {
  keyId: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  displayName: 'TonicDM Office365 Secret Nov 2026',
  hint: 'Qk_',
  startDateTime: '2026-11-20T08:00:00Z',
  endDateTime: '2028-11-19T08:00:00Z',
};
const UNDATED: PasswordCredentialInfo = { ...OLD, keyId: 'aaaaaaaa-1111-4222-8333-444455556666', endDateTime: null };

describe('secretInUse', () => {
  it.each<[string, PasswordCredentialInfo[], KnownSecret, string | undefined, string | undefined]>([
    ['a known key ID wins over the expiry', [OLD, NEW], { keyId: OLD.keyId.toLowerCase(), expiryIso: '2028-11-19' }, OLD.keyId.toLowerCase(), 'key-id'],
    ['a known key ID Graph does not list (replication, deletion): no guess', [OLD], { keyId: NEW.keyId }, undefined, undefined],
    ['the captured hint finds the new secret', [OLD, NEW], { hint: 'Qk_' }, NEW.keyId, 'hint'],
    ['a captured hint Graph does not list yet: no guess', [OLD], { hint: 'Qk_', expiryIso: '2028-11-19' }, undefined, undefined],
    ['the captured expiry finds its secret (local date one day off UTC)', [OLD, NEW], { expiryIso: '2026-12-11' }, OLD.keyId.toLowerCase(), 'expiry'],
    ['an expiry no secret has (misread date): the latest', [OLD, NEW], { expiryIso: '2027-10-12' }, NEW.keyId, 'latest'],
    ['nothing known: the latest', [OLD, NEW], {}, NEW.keyId, 'latest'],
    ['undated secrets are ignored', [UNDATED, OLD], {}, OLD.keyId.toLowerCase(), 'latest'],
    ['no secrets at all', [], { hint: 'Qk_' }, undefined, undefined],
  ])('%s', (_name, credentials, known, keyId, matchedBy) => {
    const found = secretInUse(credentials, known);
    expect(found?.keyId).toBe(keyId);
    expect(found?.matchedBy).toBe(matchedBy);
  });

  it('reports the identity and the UTC end date, never anything else', () => {
    expect(secretInUse([{ ...NEW, secretText: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m' } as PasswordCredentialInfo], {})).toEqual({
      keyId: NEW.keyId,
      hint: 'Qk_',
      description: 'TonicDM Office365 Secret Nov 2026',
      endIso: '2028-11-19',
      matchedBy: 'latest',
    });
  });
});
