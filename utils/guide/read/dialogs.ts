/**
 * Panes, dialogs and open dropdown lists. Fluent panels and the portal's confirmation dialogs
 * usually declare themselves with dialog roles, but not always (the consent confirmation's
 * role is unverified), so a confirmation is also recognised by its title and its Yes/No
 * buttons. When a pane renders in its own frame there is no dialog around it, and the frame's
 * whole document is the pane.
 */
import { BUTTONISH, findControl, findControls } from '../dom/findControl';
import { foldPhraseText, mayContainFoldedPhrase, type PhraseKey } from '../phrases';
import { isShown } from '../dom/isShown';
import { queryAll } from '../dom/queryCache';

const DIALOG = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** Layers that pop over the blade: dialogs and panes, and open lists and menus. */
const OPEN_LAYER = `${DIALOG}, [role="listbox"], [role="menu"]`;

export function openDialogs(root: ParentNode): HTMLElement[] {
  return queryAll(root, DIALOG).filter(isShown);
}

export function insideDialog(el: Element): boolean {
  return el.closest(DIALOG) !== null;
}

export function isInOpenLayer(el: Element): boolean {
  return el.closest(OPEN_LAYER) !== null;
}

/** The innermost open dialog that satisfies `test`, or undefined. */
export function findDialog(root: ParentNode, test: (dialog: HTMLElement) => boolean): HTMLElement | undefined {
  return openDialogs(root).reverse().find(test);
}

const MAX_CLIMB = 8;
const MAX_CONFIRMATION_TEXT = 3000;

export interface Confirmation {
  scope: HTMLElement;
  yes: HTMLElement;
}

/**
 * A shown confirmation titled `title` with Yes and No buttons: a dialog if the page declares
 * one, otherwise the smallest container around a Yes button that also holds a No button and
 * the title, and no other Yes. A Yes anywhere else on the blade (a grid's "Admin consent
 * required: Yes" is no button, but Yes/No toggles are) is not enough.
 */
export function findConfirmation(root: ParentNode, title: PhraseKey): Confirmation | undefined {
  for (const yes of findControls(root, 'yes', { selector: BUTTONISH })) {
    let scope = yes.parentElement;
    for (let level = 0; scope && level < MAX_CLIMB; level++, scope = scope.parentElement) {
      const text = scope.textContent ?? '';
      // Past the confirmation: the blade around it (another Yes, a Yes/No toggle) or the page.
      if (text.length > MAX_CONFIRMATION_TEXT || findControls(scope, 'yes', { selector: BUTTONISH }).length > 1) break;
      if (!findControl(scope, 'no', { selector: BUTTONISH })) continue;
      if (scope.matches(DIALOG) || mayContainFoldedPhrase(foldPhraseText(text), title)) return { scope, yes };
    }
  }
  return undefined;
}
