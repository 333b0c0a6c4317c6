/**
 * The "Assignment required?" setting on an enterprise app's Properties (also labelled "User
 * assignment required?", "Benutzerzuweisung erforderlich?"): a Yes/No option group in the
 * classic blade, a toggle or choice group in the React one. Saved means Yes is shown and a Save
 * control is seen and not enabled (the portal disables Save until something changes, and a
 * reloaded page reads the stored value back the same way). No Save control in sight proves
 * nothing: the toolbar may not have rendered, or may be somewhere the guide cannot read.
 */
import { matchesPhrase } from '../phrases';
import { findControl } from '../dom/findControl';
import { isDisabled, isOn } from '../dom/controlState';
import { fieldLabels } from '../dom/fieldLabels';
import { isShown } from '../dom/isShown';
import { someControlText } from '../dom/texts';

export interface AssignmentRequired {
  /** The control that sets Yes: the Yes option, or the toggle. */
  yes: HTMLElement;
  value: boolean | undefined;
  save?: HTMLElement;
  saveEnabled: boolean;
  /** Yes, and a Save control that is there and disabled. */
  saved: boolean;
}

// A segmented Yes/No (two pressed-state buttons in a group) is a guess at the React markup too.
const GROUP = '[role="radiogroup"], fieldset, [role="group"], [role="switch"], input[type="checkbox"]';
const RADIO = '[role="radio"], input[type="radio"], button[aria-pressed], [role="button"][aria-pressed]';

function groupLabels(el: HTMLElement): string[] {
  const legend = el.tagName === 'FIELDSET' ? el.querySelector('legend')?.textContent : undefined;
  return legend ? [legend, ...fieldLabels(el)] : fieldLabels(el);
}

function visibleFace(radio: HTMLElement): HTMLElement {
  const label = (radio as HTMLInputElement).labels?.[0];
  return label && isShown(label) ? label : radio;
}

export function readAssignmentRequired(root: ParentNode): AssignmentRequired | undefined {
  const control = Array.from(root.querySelectorAll<HTMLElement>(GROUP)).find(
    (el) => isShown(el) && groupLabels(el).some((t) => matchesPhrase(t, 'assignmentRequired')),
  );
  if (!control) return undefined;
  const save = findControl(root, 'save');
  const saveEnabled = !!save && !isDisabled(save);
  const saveState = (value: boolean | undefined) => ({ ...(save && { save }), saveEnabled, saved: value === true && !!save && !saveEnabled });
  if (control.matches('[role="switch"], input[type="checkbox"]')) {
    const value = isOn(control);
    return { yes: control, value, ...saveState(value) };
  }
  const radios = Array.from(control.querySelectorAll<HTMLElement>(RADIO));
  const yes = radios.find((r) => someControlText(r, (t) => matchesPhrase(t, 'yes')));
  const no = radios.find((r) => someControlText(r, (t) => matchesPhrase(t, 'no')));
  if (!yes) return undefined;
  const value = isOn(yes) ? true : no && isOn(no) ? false : undefined;
  return { yes: visibleFace(yes), value, ...saveState(value) };
}
