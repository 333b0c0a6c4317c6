/**
 * The "Register an application" form: name, supported account types, redirect URI, Register.
 *
 * The account type is a radio group in older portals and a dropdown ("Single tenant only -
 * <tenant>", "Multiple Entra ID tenants", …) in the current one; both are read. Option texts
 * the phrase table does not know are "unknown", never "not single tenant".
 */
import { matchesPhrase, type PhraseKey } from '../phrases';
import { findControl } from '../dom/findControl';
import { isOn } from '../dom/controlState';
import { fieldLabels } from '../dom/fieldLabels';
import { isShown } from '../dom/isShown';
import { controlTexts } from '../dom/texts';
import { queryAll } from '../dom/queryCache';
import { visibleText } from '../../dom/visibleText';

export type AccountType = 'single' | 'multi' | 'personal';

export interface AccountTypeOption {
  type: AccountType;
  radio: HTMLElement;
  /** The visible face to highlight (a radio's label). */
  face: HTMLElement;
  checked: boolean;
}

export interface AccountTypeDropdown {
  element: HTMLElement;
  /** What it shows; undefined when the text is not one the guide knows. */
  selected?: AccountType;
  /** The single-tenant option while the list is open. */
  singleOption?: HTMLElement;
}

export interface AppCreateForm {
  name?: HTMLInputElement;
  accountTypes: AccountTypeOption[];
  accountTypeDropdown?: AccountTypeDropdown;
  redirectUri?: HTMLInputElement;
  register?: HTMLElement;
}

const TEXT_INPUT = 'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]):not([type="button"])';
const RADIO = 'input[type="radio"], [role="radio"]';
const DROPDOWN = 'select, [role="combobox"], [aria-haspopup="listbox"]';

const ACCOUNT_TYPE_KEYS: [AccountType, PhraseKey][] = [
  ['single', 'singleTenant'],
  ['multi', 'multiTenant'],
  ['personal', 'personalAccountsOnly'],
];

export function accountTypeOf(text: string): AccountType | undefined {
  return ACCOUNT_TYPE_KEYS.find(([, key]) => matchesPhrase(text, key))?.[0];
}

function textInputLabelled(root: ParentNode, test: (labels: string[], input: HTMLInputElement) => boolean) {
  return queryAll<HTMLInputElement>(root, TEXT_INPUT).find(
    (input) => isShown(input) && test(fieldLabels(input), input),
  );
}

function accountTypes(root: ParentNode): AccountTypeOption[] {
  const options: AccountTypeOption[] = [];
  for (const radio of queryAll(root, RADIO)) {
    let type: AccountType | undefined;
    for (const text of controlTexts(radio)) if ((type = accountTypeOf(text))) break;
    if (!type) continue;
    const label = (radio as HTMLInputElement).labels?.[0];
    const face = label && isShown(label) ? label : radio;
    if (!isShown(face)) continue;
    options.push({ type, radio, face, checked: isOn(radio) });
  }
  return options;
}

function shownChoice(dropdown: HTMLElement): string {
  if (dropdown.tagName === 'SELECT') return (dropdown as HTMLSelectElement).selectedOptions[0]?.text ?? '';
  if (dropdown.tagName === 'INPUT') return (dropdown as HTMLInputElement).value;
  return visibleText(dropdown);
}

function singleOptionShown(root: ParentNode): HTMLElement | undefined {
  // Fluent renders the open list in a layer at the end of <body>, away from the dropdown.
  for (const list of queryAll(root, '[role="listbox"]')) {
    if (!isShown(list)) continue;
    const option = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]')).find(
      (o) => accountTypeOf(visibleText(o)) === 'single',
    );
    if (option) return option;
  }
  return undefined;
}

function accountTypeDropdown(root: ParentNode): AccountTypeDropdown | undefined {
  const element = queryAll(root, DROPDOWN).find((el) => {
    if (!isShown(el)) return false;
    return fieldLabels(el).some((t) => matchesPhrase(t, 'accountTypes')) || accountTypeOf(shownChoice(el)) !== undefined;
  });
  if (!element) return undefined;
  const selected = accountTypeOf(shownChoice(element));
  const singleOption = singleOptionShown(root);
  return { element, ...(selected && { selected }), ...(singleOption && { singleOption }) };
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
  const radios = accountTypes(root);
  const dropdown = radios.length === 0 ? accountTypeDropdown(root) : undefined;
  return {
    ...(name && { name }),
    accountTypes: radios,
    ...(dropdown && { accountTypeDropdown: dropdown }),
    ...(redirectUri && { redirectUri }),
    ...(register && { register }),
  };
}

/** The account type the form has chosen, when the form says so in words the guide knows. */
export function chosenAccountType(form: AppCreateForm): AccountType | undefined {
  return form.accountTypes.find((o) => o.checked)?.type ?? form.accountTypeDropdown?.selected;
}
