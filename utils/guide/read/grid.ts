/**
 * Data rows of grids and tables: Fluent DetailsList (role=row/gridcell), the classic portal grid
 * (same roles on divs) and plain tables. Header rows (only column headers) are not data rows.
 */
import { visibleText } from '../../dom/visibleText';
import { isShown } from '../dom/isShown';
import { queryAll } from '../dom/queryCache';

const ROW = '[role="row"], tr';
const CELL = '[role="gridcell"], [role="cell"], [role="rowheader"], td';

export function rowCells(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(CELL)).filter((cell) => cell.closest(ROW) === row);
}

/**
 * Shown rows with data cells. `accept` is a cheap content test run before the visibility check,
 * which costs a style lookup per row in long lists.
 */
export function dataRows(
  scope: ParentNode,
  exclude?: (row: HTMLElement) => boolean,
  accept?: (row: HTMLElement) => boolean,
): HTMLElement[] {
  return queryAll(scope, ROW).filter(
    (row) => (accept?.(row) ?? true) && !exclude?.(row) && rowCells(row).length > 0 && isShown(row),
  );
}

export function cellTexts(row: Element): string[] {
  return rowCells(row).map((cell) => visibleText(cell));
}
