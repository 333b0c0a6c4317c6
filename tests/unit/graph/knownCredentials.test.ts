import { beforeEach, describe, expect, it } from 'vitest';
import { knownCredentials, rememberCredentials, rememberHeldMatches } from '../../../components/graph/knownCredentials';
import { usePanelStore } from '../../../components/panelStore';
import { assessOwnership } from '../../../utils/graph/appOwnership';
import type { AppCandidate } from '../../../utils/graph/verifySetup';

const KEY = 'graph.knownCredentialIds.v1';
const guid = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;

beforeEach(() => {
  localStorage.clear();
  usePanelStore.setState({ secret: null });
});

describe('the credentials the assistant vouches for', () => {
  it('remembers keyIds (lower-cased, newest first, at most 200) and ignores anything that is not one', () => {
    rememberCredentials([guid(1).toUpperCase(), 'not-a-guid', '']);
    rememberCredentials([guid(2), guid(1)]);
    expect(knownCredentials().keyIds).toEqual([guid(2), guid(1)]);
    rememberCredentials(Array.from({ length: 250 }, (_, i) => guid(i + 10)));
    expect(knownCredentials().keyIds).toHaveLength(200);
    expect(knownCredentials().keyIds[0]).toBe(guid(10));
  });

  it('reads a damaged record as empty, and drops foreign entries from it', () => {
    localStorage.setItem(KEY, '{oops');
    expect(knownCredentials().keyIds).toEqual([]);
    localStorage.setItem(KEY, JSON.stringify([guid(3), 42, 'x', { keyId: guid(4) }]));
    expect(knownCredentials().keyIds).toEqual([guid(3)]);
  });

  it('offers the held secret by its app and three-character hint, never its value', () => {
    usePanelStore.setState({ secret: { value: 'Ab18Q~secret-value', appId: 'app-1', capturedAt: 0, lastUsedAt: 0, source: 'portal' } });
    const known = knownCredentials();
    expect(known.held).toEqual({ appId: 'app-1', hint: 'Ab1' });
    expect(JSON.stringify(known)).not.toContain('secret-value');
  });

  it('keeps the keyId of a credential matched to the held secret, so it stays known once the secret is forgotten', () => {
    const trust = assessOwnership({
      meId: 'me',
      app: { appId: 'app-1', owners: [{ '@odata.type': '#microsoft.graph.user', id: 'me' }], passwordCredentials: [{ keyId: guid(7), hint: 'Ab1', displayName: null, startDateTime: null, endDateTime: null }], federatedIdentityCredentials: [] },
      known: { keyIds: [], held: { appId: 'app-1', hint: 'Ab1' } },
      now: new Date(),
    });
    rememberHeldMatches([{ trust } as AppCandidate]);
    expect(knownCredentials().keyIds).toEqual([guid(7)]);
  });
});
