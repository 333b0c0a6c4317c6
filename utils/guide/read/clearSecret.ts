/**
 * Finds the secret row whose Value is still shown in clear (only right after it was added).
 * The value itself is only tested against the known formats, never returned or kept.
 */
import { SECRET_DESCRIPTION } from '../../steps';
import { visibleText } from '../../dom/visibleText';
import { foldPhraseText, matchesPhrase } from '../phrases';
import { someControlText } from '../dom/texts';
import { insideDialog } from './dialogs';
import { dataRows, inBigGrid, rowCells } from './grid';

// Formats from microsoft/security-utilities SEC101_156 (current, previous) and SEC101_101 (legacy).
const CURRENT_OR_PREVIOUS = /^[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{31,34}$/;
const LEGACY_UNRESERVED = /^(?=.*[-~_.])[A-Za-z0-9_.~-]{34}$/;
const LEGACY_WIDE = /^(?=.*[-~_.=:[\]@/*+?])[A-Za-z0-9_.~=:[\]@/+?-]{32}$/;

export function looksLikeClearSecret(token: string): boolean {
  if (token.includes('*')) return false;
  return CURRENT_OR_PREVIOUS.test(token) || LEGACY_UNRESERVED.test(token) || LEGACY_WIDE.test(token);
}

function cellHoldsClearSecret(cell: HTMLElement): boolean {
  const tokens = visibleText(cell).split(' ');
  for (const input of cell.querySelectorAll('input')) tokens.push(input.value);
  return tokens.some(looksLikeClearSecret);
}

export interface ClearSecret {
  row: HTMLElement;
  /** The copy button of the Value cell, or the cell itself. */
  element: HTMLElement;
}

const BUTTON = 'button, [role="button"], [type="button"]';

export function findClearSecret(root: ParentNode): ClearSecret | undefined {
  const ours = foldPhraseText(SECRET_DESCRIPTION);
  let found: ClearSecret | undefined;
  // A clear value is a long unbroken token (or sits in an input); masked ones carry '*'.
  const mayHoldSecret = (row: HTMLElement) =>
    /[^\s*]{32,}/.test(row.textContent ?? '') || row.querySelector('input') !== null;
  // A secrets list has a handful of rows: a big grid beside it is some live list.
  for (const row of dataRows(root, (r) => insideDialog(r) || inBigGrid(r), mayHoldSecret)) {
    const cell = rowCells(row).find(cellHoldsClearSecret);
    if (!cell) continue;
    const buttons = Array.from(cell.querySelectorAll<HTMLElement>(BUTTON));
    const copy = buttons.find((b) => someControlText(b, (t) => matchesPhrase(t, 'copyToClipboard'))) ?? buttons[0];
    const candidate = { row, element: copy ?? cell };
    if (foldPhraseText(visibleText(row)).includes(ours)) return candidate;
    found ??= candidate;
  }
  return found;
}
