/**
 * Walking the page the way the admin sees it: across open shadow roots. Closed roots are out
 * of reach for page-world code and stay so here. Node types are compared by number rather
 * than `instanceof`, so the helpers work on documents from any window (frames, test DOMs).
 */
import { parentOrHost } from '../dom/parentOrHost';

export { parentOrHost };

/** Like `ancestor.contains(node)`, but also true for nodes inside shadow roots below it. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = parentOrHost(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** `node` itself, or the shadow host (at any depth) that puts it in `scope`'s tree. */
export function inScopeOf(scope: Node, node: Node): Node | null {
  const scopeRoot = scope.getRootNode();
  for (let current: Node | null = node; current; current = parentOrHost(current)) {
    if (current.getRootNode() === scopeRoot) return current;
  }
  return null;
}

/** Every element under `root`, including the contents of open shadow roots, in tree order. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const visit = (scope: Document | ShadowRoot | Element): void => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}
