/**
 * The credentials this assistant can vouch for, which therefore do not make an app a risk: secrets it
 * added through Graph, and the secret it holds (matched by Graph's three-character hint on that app,
 * never by its value). keyIds are remembered in this extension page's own localStorage: they are not
 * secret, they should outlive the browser session (so tomorrow's Verify still knows them), and unlike
 * `storage.local` no content script can write there, so a page cannot vouch for a squatter's secret.
 */
import type { KnownCredentials } from '@/utils/graph/appOwnership';
import type { AppCandidate } from '@/utils/graph/verifySetup';
import { usePanelStore } from '../panelStore';

const KEY = 'graph.knownCredentialIds.v1';
const LIMIT = 200;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function stored(): string[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && GUID.test(id)) : [];
  } catch {
    return [];
  }
}

export function rememberCredentials(keyIds: readonly string[]): void {
  const fresh = keyIds.filter((id) => GUID.test(id)).map((id) => id.toLowerCase());
  if (fresh.length === 0) return;
  const merged = [...new Set([...fresh, ...stored()])].slice(0, LIMIT);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(merged));
  } catch {
    // Storage full or unavailable: the app is then merely shown as a risk next time.
  }
}

export function knownCredentials(): KnownCredentials {
  const secret = usePanelStore.getState().secret;
  return {
    keyIds: stored(),
    ...(secret?.appId && secret.value.length >= 3 ? { held: { appId: secret.appId, hint: secret.value.slice(0, 3) } } : {}),
  };
}

/** Once Verify has matched the held secret to a credential, its keyId is remembered for after the secret is forgotten. */
export function rememberHeldMatches(candidates: readonly AppCandidate[]): void {
  rememberCredentials(candidates.flatMap((c) => c.trust.credentials.filter((credential) => credential.known === 'held').map((credential) => credential.id)));
}
