/**
 * Tells changes inside large data grids (live monitoring lists, long directories) from changes
 * the guide cares about. Setup controls and the tables the guide reads (configured permissions,
 * client secrets, assignments) have a handful of rows; a grid with hundreds of rows never holds
 * the next control, so its constant updates need not wake the guide.
 */
const GRID = '[role="grid"], [role="treegrid"], [role="list"], [role="listbox"], table';
const ITEM = '[role="row"], [role="listitem"], [role="option"], tr';
export const BIG_GRID_ROWS = 100;
/** Row counts are re-read at most this often per grid. */
const RECOUNT_MS = 2000;

export function createBigGridFilter(now: () => number = () => performance.now()) {
  const counts = new WeakMap<Element, { big: boolean; at: number }>();

  function isBig(grid: Element): boolean {
    const known = counts.get(grid);
    if (known && now() - known.at < RECOUNT_MS) return known.big;
    const big = grid.querySelectorAll(ITEM).length > BIG_GRID_ROWS;
    counts.set(grid, { big, at: now() });
    return big;
  }

  /** True when every change in the batch happened inside a big grid. */
  return function onlyBigGridChanges(records: readonly MutationRecord[]): boolean {
    if (records.length === 0) return false;
    for (const record of records) {
      const node = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const grid = node?.closest(GRID);
      if (!grid || !isBig(grid)) return false;
    }
    return true;
  };
}
