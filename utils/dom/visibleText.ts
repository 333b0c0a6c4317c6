/**
 * Text as the admin reads it. Portal Fluent UI keeps hidden duplicate text and draws icons
 * with Private Use Area glyphs, so prefer innerText (layout-aware in browsers) and strip them.
 * DOM emulations without layout have no innerText: walk the text, skipping hidden elements.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

export function normalizeText(text: string): string {
  return text.replace(PRIVATE_USE, '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

function shownText(node: Node): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !isHiddenElement(child as Element)) {
      const tag = (child as Element).tagName;
      if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') text += ` ${shownText(child)} `;
    }
  }
  return text;
}

export function visibleText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  const raw = typeof inner === 'string' && inner.length > 0 ? inner : shownText(el);
  return normalizeText(raw);
}

/** Only the element's own text nodes: "Label<span hidden>Label</span>" reads "Label". */
export function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += (node as Text).data;
  }
  // Most elements scanned are containers without text of their own: skip the normalising.
  return text.trim() === '' ? '' : normalizeText(text);
}
