/**
 * What a portal frame captures on the blade it shows, and when it stops. Each value is sent
 * once; the frame keeps only a fingerprint of a sent secret (to avoid resending it), never the
 * secret itself. When the background did not take a value because it could not yet see this
 * frame on screen as the tab's blade, the value counts as unsent and `onRetry` asks for
 * another look.
 *
 * The page is read in full only when the blade opens (or the frame is asked to look again);
 * after that, `relevant` decides from the mutation records alone whether a change can bear on
 * a value, so a live grid changing hundreds of times a second costs a few string tests.
 */
import type { BladeKind } from './bladeKind';
import type { PortalMessage, PortalReply } from '../messaging/protocol';
import { readEssentials } from './readEssentials';
import { FORMAT_OR_MASK_HINT, readSecretGrids, VALUE_FORMAT_HINT } from './readSecretRow';
import { changedContent } from '../dom/changedContent';

export interface CaptureAgent {
  /** Reads the page; returns true while there is still something to capture here. */
  scan(root: Document | ShadowRoot): boolean;
  /** Whether these mutations can change what `scan` would find. */
  relevant(records: readonly MutationRecord[]): boolean;
  /** Elements whose text can change in place into a value: observe their text nodes (none: the whole page). */
  valueAreas(): readonly Element[] | undefined;
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

/** Text that can hold or label the IDs on the Overview: a GUID, or an "… ID" label in any language. */
const ID_HINT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\bid\b/i;
/** A grid that may name a Value column, or a field that may show a value outside the text. */
const HEADER_OR_FIELD = 'th, [role="columnheader"], input, textarea';

export function createCaptureAgent(send: (message: PortalMessage) => Promise<unknown>, onRetry: () => void = () => undefined): CaptureAgent {
  let blade: BladeKind | undefined;
  let idsSent = '';
  let secretSent: number | undefined;
  let maskedSent = false;
  let generation = 0;
  /** Grids with a Value column, as of the last full read. */
  let valueGrids: Element[] = [];

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

  function insideValueGrid(node: Node): boolean {
    for (const grid of valueGrids) if (grid.contains(node)) return true;
    return false;
  }

  /** Certificates & secrets: a change inside a Value grid, a new grid header, or text in the Value format (or masked, until one was seen). */
  function secretRelevant(records: readonly MutationRecord[]): boolean {
    const connected = valueGrids.length > 0 && valueGrids.every((g) => g.isConnected);
    const hint = connected ? undefined : maskedSent || secretSent !== undefined ? VALUE_FORMAT_HINT : FORMAT_OR_MASK_HINT;
    if (!connected && valueGrids.length > 0) return true;
    return changedContent(records, (node, text) => {
      if (connected && insideValueGrid(node)) return true;
      if (node.nodeType === 1 && ((node as Element).matches(HEADER_OR_FIELD) || (node as Element).querySelector(HEADER_OR_FIELD))) return true;
      return !!hint && hint.test(text());
    });
  }

  function idsRelevant(records: readonly MutationRecord[]): boolean {
    return changedContent(records, (node, text) => {
      if (node.nodeType === 1 && ((node as Element).matches('input, textarea') || (node as Element).querySelector('input, textarea'))) return true;
      return ID_HINT.test(text());
    });
  }

  return {
    reset(next) {
      blade = next;
      generation++;
      idsSent = '';
      maskedSent = false;
      valueGrids = [];
      // A clear secret stays shown while the blade is open; remember it across re-renders only.
      if (next !== 'app-credentials') secretSent = undefined;
    },
    relevant(records) {
      if (blade === 'app-overview') return idsRelevant(records);
      if (blade === 'app-credentials') return secretRelevant(records);
      return false;
    },
    valueAreas() {
      return blade === 'app-credentials' && valueGrids.length > 0 ? valueGrids : undefined;
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
        const { reading: row, valueGrids: grids } = readSecretGrids(root);
        valueGrids = grids;
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
