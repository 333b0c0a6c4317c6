/**
 * What "Grant admin consent for …" opens. When the tenant already granted the app permissions it
 * does not configure, the portal first asks whether to keep them ("Other permissions have been
 * granted for this tenant that are not configured…", with "Yes, add other granted permissions
 * to configured permissions" / "No, …" and "Save and continue"); then comes the confirmation
 * "Grant admin consent confirmation." with Yes / No. Neither is known to carry a dialog role.
 */
import { BUTTONISH, findControl } from '../dom/findControl';
import { hasOnOffState, isOn } from '../dom/controlState';
import { isShown } from '../dom/isShown';
import { findConfirmation } from './dialogs';

export interface KeepOtherPermissionsPrompt {
  /** The choice that keeps the other grants (a radio's label, or a button). */
  keep?: HTMLElement;
  keepChosen: boolean;
  continueButton?: HTMLElement;
}

const CHOICE = `${BUTTONISH}, [role="radio"], input[type="radio"], [role="option"]`;

export function readKeepOtherPermissionsPrompt(root: ParentNode): KeepOtherPermissionsPrompt | undefined {
  const choice = findControl(root, 'keepOtherPermissions', { selector: CHOICE });
  const continueButton = findControl(root, 'saveAndContinue');
  if (!choice && !continueButton) return undefined;
  const label = (choice as HTMLInputElement | undefined)?.labels?.[0];
  const keep = label && isShown(label) ? label : choice;
  return {
    keep,
    // A button without a chosen state is the action itself, never "already chosen".
    keepChosen: !!choice && hasOnOffState(choice) && isOn(choice),
    continueButton,
  };
}

/** The consent confirmation's Yes, if the confirmation is open. */
export function findConsentConfirmation(root: ParentNode): HTMLElement | undefined {
  return findConfirmation(root, 'grantConsentConfirmation')?.yes;
}
