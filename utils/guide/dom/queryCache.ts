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

/**
 * The base scan sorted by role value and tag, once per pass. A blade with a live grid holds
 * thousands of `role="gridcell"` elements; a query for buttons or tabs then tests only the
 * elements with that role or tag instead of every element with a role.
 */
interface BaseIndex {
  all: readonly Element[];
  byRole: Map<string, Element[]>;
  byTag: Map<string, Element[]>;
}

function baseIndex(scope: ParentNode): BaseIndex {
  return cachedForPass(scope, 'base-index', () => {
    const all = queryAll<Element>(scope, BASE);
    const byRole = new Map<string, Element[]>();
    const byTag = new Map<string, Element[]>();
    const add = (map: Map<string, Element[]>, key: string, el: Element) => {
      const list = map.get(key);
      if (list) list.push(el);
      else map.set(key, [el]);
    };
    for (const el of all) {
      const role = el.getAttribute('role');
      if (role !== null) add(byRole, role, el);
      add(byTag, el.tagName, el);
    }
    return { all, byRole, byTag };
  });
}

const ROLE_PART = /^\[role=(?:"([^"]*)"|'([^']*)'|([\w-]+))\]/;
const TAG_PART = /^(button|a|input|tr)(?![\w-])/;

/** The elements a selector part can match at all (those with its exact role value, or its tag); undefined: any of the base. */
function candidatesFor(index: BaseIndex, part: string): readonly Element[] | undefined {
  // Only a single compound selector is judged by its start: `[role="dialog"] button` selects buttons.
  if (/[\s>+~]/.test(part.replace(/\[[^\]]*\]|\([^)]*\)/g, ''))) return undefined;
  const role = ROLE_PART.exec(part);
  if (role) return index.byRole.get(role[1] ?? role[2] ?? role[3]!) ?? [];
  const tag = TAG_PART.exec(part);
  if (tag) return index.byTag.get(tag[1]!.toUpperCase()) ?? [];
  return undefined;
}

function fromBase<T extends Element>(scope: ParentNode, selector: string): T[] {
  const index = baseIndex(scope);
  const groups = selector.split(',').map((part) => candidatesFor(index, part.trim()));
  const matches = (el: Element): el is T => el.matches(selector);
  if (groups.some((g) => g === undefined)) return index.all.filter(matches);
  const nonEmpty = groups.filter((g) => g!.length > 0) as (readonly Element[])[];
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0]!.filter(matches);
  // Several groups: keep document order by walking the base once.
  const wanted = new Set<Element>(nonEmpty.flat());
  return index.all.filter((el): el is T => wanted.has(el) && el.matches(selector));
}

export function queryAll<T extends Element = HTMLElement>(scope: ParentNode, selector: string): readonly T[] {
  return cachedForPass(scope, `qsa:${selector}`, () => {
    if (pass && selector !== BASE && derivable(selector)) return fromBase<T>(scope, selector);
    return Array.from(scope.querySelectorAll<T>(selector));
  });
}
