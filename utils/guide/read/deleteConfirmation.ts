/**
 * The portal's "Delete client secret" confirmation, and which secret it is about. It names the
 * secret by its description; a Yes there deletes for good, so the guide points at Yes only when
 * the text names the old secret and not the new one, and at No when it names the secret TonicDM
 * needs. A dialog that names neither (or two secrets with the same description) gets no pointer.
 */
import { visibleText } from '../../dom/visibleText';
import { BUTTONISH, findControl } from '../dom/findControl';
import { foldPhraseText } from '../phrases';
import { openDialogs } from './dialogs';
import type { RenewalSecret } from '../../renewal/renewalRecord';

export interface DeleteConfirmation {
  about: 'old' | 'new' | 'unknown';
  yes: HTMLElement;
  no: HTMLElement;
}

/** Which of two descriptions a text names; the longer first ("… Secret Mar 2026" contains "… Secret"). */
export function namedSecret(text: string, old: RenewalSecret, next: RenewalSecret | undefined): DeleteConfirmation['about'] {
  const folded = foldPhraseText(text);
  const oldName = old.description ? foldPhraseText(old.description) : '';
  const newName = next?.description ? foldPhraseText(next.description) : '';
  if (oldName && oldName === newName) return 'unknown';
  const names = [
    { about: 'old' as const, name: oldName },
    { about: 'new' as const, name: newName },
  ].sort((a, b) => b.name.length - a.name.length);
  for (const { about, name } of names) if (name && folded.includes(name)) return about;
  return 'unknown';
}

export function findDeleteConfirmation(root: ParentNode, old: RenewalSecret, next: RenewalSecret | undefined): DeleteConfirmation | undefined {
  for (const dialog of openDialogs(root).reverse()) {
    const yes = findControl(dialog, 'yes', { selector: BUTTONISH });
    const no = findControl(dialog, 'no', { selector: BUTTONISH });
    if (yes && no) return { about: namedSecret(visibleText(dialog), old, next), yes, no };
  }
  return undefined;
}
