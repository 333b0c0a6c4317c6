/**
 * What a portal frame captures on the blade it shows, and when it stops. Each value is sent
 * once; the frame keeps only a fingerprint of a sent secret (to avoid resending it), never the
 * secret itself. When the background did not take a value because it could not yet see this
 * frame on screen as the tab's blade, the value counts as unsent and `onRetry` asks for
 * another look.
 */
import type { BladeKind } from './bladeKind';
import type { PortalMessage, PortalReply } from '../messaging/protocol';
import { readEssentials } from './readEssentials';
import { readSecretRow } from './readSecretRow';

export interface CaptureAgent {
  /** Looks at the page; returns true while there is still something to capture here. */
  scan(root: Document | ShadowRoot): boolean;
  reset(blade: BladeKind | undefined): void;
}

/** FNV-1a: enough to tell "the same secret again" from "a new one" without keeping it. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function documentLanguage(root: Document | ShadowRoot): string | undefined {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  return doc?.documentElement.lang.slice(0, 40) || undefined;
}

export function createCaptureAgent(send: (message: PortalMessage) => Promise<unknown>, onRetry: () => void = () => undefined): CaptureAgent {
  let blade: BladeKind | undefined;
  let idsSent = '';
  let secretSent: number | undefined;
  let maskedSent = false;
  let generation = 0;

  /** Sends, and forgets that it was sent when the background asks for a retry. */
  function deliver(message: PortalMessage, unsend: () => void) {
    const sentIn = generation;
    void send(message).then((reply) => {
      if ((reply as PortalReply | undefined)?.retry && sentIn === generation) {
        unsend();
        onRetry();
      }
    });
  }

  return {
    reset(next) {
      blade = next;
      generation++;
      idsSent = '';
      maskedSent = false;
      // A clear secret stays shown while the blade is open; remember it across re-renders only.
      if (next !== 'app-credentials') secretSent = undefined;
    },
    scan(root) {
      if (blade === 'app-overview') {
        const found = readEssentials(root);
        if (!found.clientId || !found.tenantId) return true;
        const key = `${found.clientId}|${found.tenantId}`;
        if (key !== idsSent) {
          idsSent = key;
          deliver(
            {
              type: 'portal/ids',
              clientId: found.clientId,
              tenantId: found.tenantId,
              objectId: found.objectId,
              displayName: found.displayName,
              singleTenant: found.singleTenant,
            },
            () => (idsSent = idsSent === key ? '' : idsSent),
          );
        }
        return idsSent !== key;
      }
      if (blade === 'app-credentials') {
        const row = readSecretRow(root);
        if (row.state === 'clear') {
          const print = fingerprint(row.value);
          if (print !== secretSent) {
            secretSent = print;
            deliver(
              { type: 'portal/secret', value: row.value, expiresText: row.expiresText, description: row.description, locale: documentLanguage(root) },
              () => (secretSent = secretSent === print ? undefined : secretSent),
            );
          }
        } else if (row.state === 'masked' && !maskedSent && secretSent === undefined) {
          maskedSent = true;
          deliver({ type: 'portal/secret-masked', description: row.description }, () => (maskedSent = false));
        }
        // Keep watching: the admin may add a secret while the blade is open.
        return true;
      }
      return false;
    },
  };
}
