/**
 * Panes and dialogs. Fluent panels and the portal's confirmation dialogs declare themselves with
 * dialog roles; when a pane renders in its own frame there is no dialog around it, and the
 * frame's whole document is the pane.
 */
import { isShown } from '../dom/isShown';
import { queryAll } from '../dom/queryCache';

const DIALOG = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

export function openDialogs(root: ParentNode): HTMLElement[] {
  return queryAll(root, DIALOG).filter(isShown);
}

export function insideDialog(el: Element): boolean {
  return el.closest(DIALOG) !== null;
}

/** The innermost open dialog that satisfies `test`, or undefined. */
export function findDialog(root: ParentNode, test: (dialog: HTMLElement) => boolean): HTMLElement | undefined {
  return openDialogs(root).reverse().find(test);
}
