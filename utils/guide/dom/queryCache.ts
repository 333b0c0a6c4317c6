/**
 * Query results shared within one synchronous pass over the page. A guide pass asks the same
 * questions several times (is a dialog open, which buttons exist), and the DOM cannot change
 * while a pass runs, so answers are reused until the pass returns. Outside a pass nothing is
 * cached.
 *
 * Chromium scans the whole document once per part of an attribute selector list, and
 * `[role="a"], [role="b"], …` lists are the common case here. So selectors made only of
 * role, button, link, input, row, modal and menu-tag parts are answered by filtering one scan
 * of a broad base selector (attribute presence is cheap to test) with `matches()`.
 */
let pass: WeakMap<object, Map<string, unknown>> | undefined;

export function withQueryCache<T>(run: () => T): T {
  if (pass) return run();
  pass = new WeakMap();
  try {
    return run();
  } finally {
    pass = undefined;
  }
}

/** `compute()`, remembered for this pass under (`owner`, `key`). */
export function cachedForPass<T>(owner: object, key: string, compute: () => T): T {
  if (!pass) return compute();
  let byKey = pass.get(owner);
  if (!byKey) pass.set(owner, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

const BASE = '[role], button, a[href], input, tr, [aria-modal], [data-telemetryname]';
const BASE_PART = /^(\[role[=\]]|button$|a\[href\]$|input(\[|:|$)|tr$|\[aria-modal|\[data-telemetryname)/;

function derivable(selector: string): boolean {
  return selector.split(',').every((part) => BASE_PART.test(part.trim()));
}

export function queryAll<T extends Element = HTMLElement>(scope: ParentNode, selector: string): readonly T[] {
  return cachedForPass(scope, `qsa:${selector}`, () => {
    if (pass && selector !== BASE && derivable(selector)) {
      return queryAll<Element>(scope, BASE).filter((el): el is T => el.matches(selector));
    }
    return Array.from(scope.querySelectorAll<T>(selector));
  });
}
