/**
 * The "Assignment required?" setting on an enterprise app's Properties: a Yes/No option group
 * in the classic blade, a toggle or choice group in the React one. Saved means Yes is shown and
 * Save is not enabled (the portal disables Save until something changes).
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
}

const GROUP = '[role="radiogroup"], fieldset, [role="switch"], input[type="checkbox"]';
const RADIO = '[role="radio"], input[type="radio"]';

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
  const saveState = { ...(save && { save }), saveEnabled: !!save && !isDisabled(save) };
  if (control.matches('[role="switch"], input[type="checkbox"]')) {
    return { yes: control, value: isOn(control), ...saveState };
  }
  const radios = Array.from(control.querySelectorAll<HTMLElement>(RADIO));
  const yes = radios.find((r) => someControlText(r, (t) => matchesPhrase(t, 'yes')));
  const no = radios.find((r) => someControlText(r, (t) => matchesPhrase(t, 'no')));
  if (!yes) return undefined;
  const value = isOn(yes) ? true : no && isOn(no) ? false : undefined;
  return { yes: visibleFace(yes), value, ...saveState };
}
