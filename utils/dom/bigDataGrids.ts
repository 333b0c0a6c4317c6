/**
 * Tells changes inside large data grids (live monitoring lists, long directories) from changes
 * the guide cares about. Setup controls and the tables the guide reads (configured permissions,
 * client secrets, assignments) have a handful of rows; a grid with hundreds of rows never holds
 * the next control, so its constant updates need not wake the guide. Grids are recognised by
 * role or tag, and lists drawn without either by their number of child elements.
 */
const GRID = '[role="grid"], [role="treegrid"], [role="list"], [role="listbox"], [role="table"], table';
const ITEM = '[role="row"], [role="listitem"], [role="option"], tr';
export const BIG_GRID_ROWS = 100;
/** Row counts are re-read at most this often per grid. */
const RECOUNT_MS = 2000;
/** How far above a change a role-less list is looked for (row, cell, text: a few levels). */
const BARE_LIST_LEVELS = 4;

export function createBigGridFilter(now: () => number = () => performance.now()) {
  const counts = new WeakMap<Element, { big: boolean; at: number }>();

  function isBig(grid: Element): boolean {
    const known = counts.get(grid);
    if (known && now() - known.at < RECOUNT_MS) return known.big;
    const big = grid.querySelectorAll(ITEM).length > BIG_GRID_ROWS;
    counts.set(grid, { big, at: now() });
    return big;
  }

  /** A list without roles: hundreds of element children side by side (childElementCount costs nothing). */
  function inBareList(node: Element): boolean {
    let el: Element | null = node;
    for (let i = 0; i <= BARE_LIST_LEVELS && el; i++, el = el.parentElement) {
      if (el.childElementCount > BIG_GRID_ROWS && el !== el.ownerDocument.body) return true;
    }
    return false;
  }

  /** True when every change in the batch happened inside a big grid (or to nodes since removed). */
  return function onlyBigGridChanges(records: readonly MutationRecord[]): boolean {
    if (records.length === 0) return false;
    // A batch's changes mostly share one grid: test that first (contains is cheaper than closest).
    let lastBig: Element | undefined;
    for (const record of records) {
      // A node the page has since removed (a row streamed out) shows nothing any more.
      if (!record.target.isConnected) continue;
      const node = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!node) return false;
      if (lastBig?.contains(node)) continue;
      const grid = node.closest(GRID);
      if (grid ? !isBig(grid) : !inBareList(node)) return false;
      lastBig = grid ?? undefined;
    }
    return true;
  };
}
