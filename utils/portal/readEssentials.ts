/**
 * Reads the app Overview "Essentials": client ID, tenant ID (never the Object ID that sits
 * next to them), display name and account types. Works on the older top-document layout and
 * on the React iframe layout alike, because it pairs labels with values by document order and
 * formats, not by the portal's (hashed, per-render) class names.
 */
import { guidsIn, isGuid } from '../values/guid';
import { isRendered } from '../dom/isRendered';
import { ownText, visibleText } from '../dom/visibleText';
import { labelOf, singleTenantFromText, type CaptureLabel } from './captureLabels';

export interface Essentials {
  clientId?: string;
  tenantId?: string;
  objectId?: string;
  displayName?: string;
  /** true: single tenant; false: another audience; undefined: not shown. */
  singleTenant?: boolean;
  /** The element showing the client ID, for the guide to point at. */
  clientIdElement?: HTMLElement;
}

type ValueToken = { kind: 'value'; text: string; el: Element; labelEl?: Element };
type Token = { kind: 'label'; label: CaptureLabel; el: Element } | ValueToken;

const LABELLED: CaptureLabel[] = ['clientId', 'tenantId', 'objectId', 'displayName', 'accountTypes'];
/** Longer texts are paragraphs, not Essentials labels or values. */
const MAX_VALUE_TEXT = 200;

/** Walks elements in document order, turning them into label and value tokens. */
function tokenize(root: Document | ShadowRoot): Token[] {
  const tokens: Token[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */, {
    acceptNode(node) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return 2; // REJECT
      return 1;
    },
  });
  let covered: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (covered && covered.contains(el)) continue;
    covered = undefined;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (el.value && isRendered(el)) tokens.push({ kind: 'value', text: el.value, el });
      continue;
    }
    // Elements without text of their own are containers: look inside them.
    const own = ownText(el);
    if (!own || (el.textContent ?? '').length > MAX_VALUE_TEXT) continue;
    if (!isRendered(el)) {
      covered = el;
      continue;
    }
    // "Label<span hidden>Label</span>" and "<label>Application <b>(client)</b> ID</label>" are both labels.
    const label = labelOf(own) ?? labelOf(visibleText(el));
    covered = el;
    if (label && LABELLED.includes(label)) tokens.push({ kind: 'label', label, el });
    else if (!label) {
      const text = visibleText(el);
      // Separators (":"), icons and bullets are not values.
      if (/[\p{L}\p{N}]/u.test(text)) tokens.push({ kind: 'value', text, el });
    }
  }
  return tokens;
}

const GUID_LABELS: ReadonlySet<CaptureLabel> = new Set(['clientId', 'tenantId', 'objectId']);

function fits(label: CaptureLabel, text: string): boolean {
  return GUID_LABELS.has(label) ? guidsIn(text).length === 1 : text.trim().length > 0;
}

/** A label's value: the first fitting value after it and before the next label. */
function pairLabels(tokens: Token[]): Map<CaptureLabel, ValueToken> {
  const result = new Map<CaptureLabel, ValueToken>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'label' || result.has(token.label)) continue;
    let runStart = i;
    while (runStart > 0 && tokens[runStart - 1]!.kind === 'label') runStart--;
    let runEnd = i;
    while (runEnd + 1 < tokens.length && tokens[runEnd + 1]!.kind === 'label') runEnd++;
    if (runStart === runEnd) {
      for (let j = i + 1; j < tokens.length; j++) {
        const t = tokens[j]!;
        if (t.kind === 'label') break;
        if (fits(token.label, t.text)) {
          result.set(token.label, { ...t, labelEl: token.el });
          break;
        }
      }
      continue;
    }
    // Column layouts list the labels first and the values after: the k-th label takes the k-th value.
    // Only a complete column pairs: with fewer values than labels, which goes where is a guess.
    const offset = i - runStart;
    const runLength = runEnd - runStart + 1;
    const values: ValueToken[] = [];
    for (let j = runEnd + 1; j < tokens.length && values.length < runLength; j++) {
      const t = tokens[j]!;
      if (t.kind === 'label') break;
      if (t.text.trim()) values.push(t);
    }
    const value = values.length === runLength ? values[offset] : undefined;
    if (value !== undefined && fits(token.label, value.text)) result.set(token.label, { ...value, labelEl: token.el });
  }
  return result;
}

function firstGuid(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const guids = guidsIn(text);
  return guids.length === 1 ? guids[0] : undefined;
}

/** The whole value box (text and copy button), up to but not including what also holds the label. */
function valueBox(token: ValueToken): HTMLElement {
  let box = token.el;
  for (let parent = box.parentElement; parent && token.labelEl; parent = parent.parentElement) {
    // Stop at the label's container, and before a box that shows other values too (column layouts).
    if (parent.contains(token.labelEl) || parent === box.ownerDocument.body || guidsIn(visibleText(parent)).length > 1) break;
    box = parent;
  }
  return box as HTMLElement;
}

export function readEssentials(root: Document | ShadowRoot): Essentials {
  const pairs = pairLabels(tokenize(root));
  const clientId = firstGuid(pairs.get('clientId')?.text);
  const tenantId = firstGuid(pairs.get('tenantId')?.text);
  const objectId = firstGuid(pairs.get('objectId')?.text);
  const displayName = pairs.get('displayName')?.text.trim();
  const accountTypes = pairs.get('accountTypes')?.text;
  const validClientId = clientId && clientId !== objectId ? clientId : undefined;
  return {
    // A client ID equal to the Object ID means the pairing went wrong: report nothing.
    clientId: validClientId,
    tenantId: tenantId && tenantId !== objectId ? tenantId : undefined,
    objectId,
    displayName: displayName && !isGuid(displayName) ? displayName : undefined,
    singleTenant: accountTypes ? singleTenantFromText(accountTypes) : undefined,
    clientIdElement: validClientId ? valueBox(pairs.get('clientId')!) : undefined,
  };
}
