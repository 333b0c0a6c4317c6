/**
 * Data rows of grids and tables: Fluent DetailsList (role=row/gridcell), the classic portal grid
 * (same roles on divs) and plain tables. Header rows (only column headers) are not data rows.
 */
import { visibleText } from '../../dom/visibleText';
import { BIG_GRID_ROWS } from '../../dom/bigDataGrids';
import { isShown } from '../dom/isShown';
import { cachedForPass, queryAll } from '../dom/queryCache';

const ROW = '[role="row"], tr';
const GRID = '[role="grid"], [role="treegrid"], [role="table"], table';
const CELL = '[role="gridcell"], [role="cell"], [role="rowheader"], td';

export function rowCells(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(CELL)).filter((cell) => cell.closest(ROW) === row);
}

/**
 * Shown rows with data cells. `exclude` runs first (it may skip whole grids), then `accept`, a
 * cheap content test run before the visibility check, which costs a style lookup per row in
 * long lists.
 */
export function dataRows(
  scope: ParentNode,
  exclude?: (row: HTMLElement) => boolean,
  accept?: (row: HTMLElement) => boolean,
): HTMLElement[] {
  return queryAll(scope, ROW).filter(
    (row) => !exclude?.(row) && (accept?.(row) ?? true) && rowCells(row).length > 0 && isShown(row),
  );
}

export function cellTexts(row: Element): string[] {
  return rowCells(row).map((cell) => visibleText(cell));
}

/**
 * Whether a row belongs to a grid of hundreds of rows: a live list (sign-in logs, a directory)
 * beside the blade's own tables, which list a handful of permissions, secrets or assignments.
 * Readers of those tables skip such rows unread: reading each cell of a big grid on every pass
 * would cost the page more than the whole guide.
 */
export function inBigGrid(row: Element): boolean {
  const grid = row.closest(GRID);
  return !!grid && cachedForPass(grid, 'bigGrid', () => grid.querySelectorAll(ROW).length > BIG_GRID_ROWS);
}
