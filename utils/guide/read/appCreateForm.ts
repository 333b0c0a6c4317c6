/**
 * The "Register an application" form: name, supported account types, redirect URI, Register.
 */
import { matchesPhrase, type PhraseKey } from '../phrases';
import { findControl } from '../dom/findControl';
import { isOn } from '../dom/controlState';
import { fieldLabels } from '../dom/fieldLabels';
import { isShown } from '../dom/isShown';
import { controlTexts } from '../dom/texts';
import { queryAll } from '../dom/queryCache';

export type AccountType = 'single' | 'multi' | 'personal';

export interface AccountTypeOption {
  type: AccountType;
  radio: HTMLElement;
  /** The visible face to highlight (a radio's label). */
  face: HTMLElement;
  checked: boolean;
}

export interface AppCreateForm {
  name?: HTMLInputElement;
  accountTypes: AccountTypeOption[];
  redirectUri?: HTMLInputElement;
  register?: HTMLElement;
}

const TEXT_INPUT = 'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]):not([type="button"])';
const RADIO = 'input[type="radio"], [role="radio"]';

const ACCOUNT_TYPE_KEYS: [AccountType, PhraseKey][] = [
  ['single', 'singleTenant'],
  ['multi', 'multiTenant'],
  ['personal', 'personalAccountsOnly'],
];

function textInputLabelled(root: ParentNode, test: (labels: string[], input: HTMLInputElement) => boolean) {
  return queryAll<HTMLInputElement>(root, TEXT_INPUT).find(
    (input) => isShown(input) && test(fieldLabels(input), input),
  );
}

function accountTypes(root: ParentNode): AccountTypeOption[] {
  const options: AccountTypeOption[] = [];
  for (const radio of queryAll(root, RADIO)) {
    const texts = [...controlTexts(radio)];
    const type = ACCOUNT_TYPE_KEYS.find(([, key]) => texts.some((t) => matchesPhrase(t, key)))?.[0];
    if (!type) continue;
    const label = (radio as HTMLInputElement).labels?.[0];
    const face = label && isShown(label) ? label : radio;
    if (!isShown(face)) continue;
    options.push({ type, radio, face, checked: isOn(radio) });
  }
  return options;
}

export function readAppCreateForm(root: ParentNode): AppCreateForm {
  const name = textInputLabelled(root, (labels) => labels.some((t) => matchesPhrase(t, 'name')));
  const redirectUri = textInputLabelled(
    root,
    (labels, input) =>
      input !== name &&
      labels.some((t) => matchesPhrase(t, 'redirectUri') || matchesPhrase(t, 'redirectUriExample')),
  );
  const register = findControl(root, 'register');
  return {
    ...(name && { name }),
    accountTypes: accountTypes(root),
    ...(redirectUri && { redirectUri }),
    ...(register && { register }),
  };
}
