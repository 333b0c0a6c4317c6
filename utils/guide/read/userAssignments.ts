/**
 * Users and groups assigned to an enterprise app, as listed on its Users and groups blade.
 */
import { insideDialog } from './dialogs';
import { dataRows, rowCells } from './grid';

/** Listed assignments; an empty-list message spans one cell and is not counted. */
export function assignmentRows(root: ParentNode): HTMLElement[] {
  return dataRows(root, insideDialog).filter((row) => rowCells(row).length > 1);
}
