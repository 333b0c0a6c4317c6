/**
 * The "Add a client secret" pane: its Description field, the Expires dropdown and what it
 * shows, an open dropdown list, and the Add button.
 */
import { visibleText } from '../../dom/visibleText';
import { matchesPhrase } from '../phrases';
import { findControls } from '../dom/findControl';
import { fieldLabels } from '../dom/fieldLabels';
import { isShown } from '../dom/isShown';
import { findDialog } from './dialogs';

export interface SecretPane {
  scope: ParentNode;
  description?: HTMLInputElement | HTMLTextAreaElement;
  expires?: HTMLElement;
  /** The preset the Expires dropdown shows ('' when unknown). */
  expiresText: string;
  is24Months: boolean;
  /** The "730 days (24 months)" option while the dropdown list is open. */
  option24Months?: HTMLElement;
  add?: HTMLElement;
}

const TEXT_FIELD = 'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea';
const DROPDOWN = 'select, [role="combobox"], [aria-haspopup="listbox"]';

function findField<T extends HTMLElement>(scope: ParentNode, selector: string, key: 'description' | 'expires'): T | undefined {
  return Array.from(scope.querySelectorAll<T>(selector)).find(
    (el) => isShown(el) && fieldLabels(el).some((t) => matchesPhrase(t, key)),
  );
}

function shownValue(dropdown: HTMLElement): string {
  if (dropdown.tagName === 'SELECT') {
    const select = dropdown as HTMLSelectElement;
    return select.selectedOptions[0]?.text ?? '';
  }
  if (dropdown.tagName === 'INPUT') return (dropdown as HTMLInputElement).value;
  return visibleText(dropdown);
}

function open24MonthsOption(root: ParentNode): HTMLElement | undefined {
  // Fluent renders the open list in a layer at the end of <body>, outside the pane.
  for (const list of root.querySelectorAll<HTMLElement>('[role="listbox"]')) {
    if (!isShown(list)) continue;
    const option = Array.from(list.querySelectorAll<HTMLElement>('[role="option"], option')).find((o) =>
      matchesPhrase(visibleText(o), 'expires24Months'),
    );
    if (option) return option;
  }
  return undefined;
}

export function readSecretPane(root: Document | ShadowRoot): SecretPane | undefined {
  const dialog = findDialog(
    root,
    (d) => !!findField(d, DROPDOWN, 'expires') || !!findField(d, TEXT_FIELD, 'description'),
  );
  const scope: ParentNode = dialog ?? root;
  const description = findField<HTMLInputElement | HTMLTextAreaElement>(scope, TEXT_FIELD, 'description');
  const expires = findField<HTMLElement>(scope, DROPDOWN, 'expires');
  // Without a dialog around it, only both fields together say "this is the pane".
  if (dialog ? !description && !expires : !(description && expires)) return undefined;
  const expiresText = expires ? shownValue(expires) : '';
  const adds = findControls(scope, 'add');
  const option24Months = open24MonthsOption(root);
  return {
    scope,
    ...(description && { description }),
    ...(expires && { expires }),
    expiresText,
    is24Months: matchesPhrase(expiresText, 'expires24Months'),
    ...(option24Months && { option24Months }),
    ...(adds.length > 0 && { add: adds[adds.length - 1] }),
  };
}
