/**
 * Users and groups assigned to an enterprise app, as listed on its Users and groups blade.
 *
 * Only the grid with a "Role assigned" column lists assignments. The user picker opened from
 * "Add user/group" is a grid of users too, and in the classic portal its pane is no dialog, so
 * counting every row would call the step done the moment the picker opens.
 */
import { visibleText } from '../../dom/visibleText';
import { matchesPhrase } from '../phrases';
import { queryAll } from '../dom/queryCache';
import { insideDialog } from './dialogs';
import { dataRows, rowCells } from './grid';

const GRID = '[role="grid"], [role="table"], [role="treegrid"], table';
const COLUMN_HEADER = '[role="columnheader"], th';

function listsAssignments(grid: HTMLElement): boolean {
  return Array.from(grid.querySelectorAll(COLUMN_HEADER)).some((header) => matchesPhrase(visibleText(header), 'roleAssigned'));
}

/** Listed assignments; an empty-list message spans one cell and is not counted. */
export function assignmentRows(root: ParentNode): HTMLElement[] {
  const grids = queryAll(root, GRID);
  const withHeaders = grids.filter((grid) => grid.querySelector(COLUMN_HEADER));
  // Grids without headers say nothing about their columns: the old reading is all there is.
  const scopes = withHeaders.length > 0 ? withHeaders.filter(listsAssignments) : [root];
  return scopes.flatMap((scope) => dataRows(scope, insideDialog).filter((row) => rowCells(row).length > 1));
}
