const DOCUMENT_FRAGMENT_NODE = 11;

/** The parent element, or the shadow host when `node` is a shadow root's top-level child. */
export function parentOrHost(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return node.parentElement;
}
