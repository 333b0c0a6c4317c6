/**
 * The rows of the Client secrets grid, read for a renewal: which row is the old secret and which
 * the new one. A row is recognised by what the portal shows of a secret, in any language and
 * column order: its Secret ID (Graph's keyId), the three characters a masked Value leaves
 * (Graph's hint), its description and its expiry date. Values are tested against the Value format
 * only, never returned or kept.
 */
import { visibleText } from '../../dom/visibleText';
import { guidsIn } from '../../values/guid';
import { foldPhraseText, matchesPhrase } from '../phrases';
import { BUTTONISH } from '../dom/findControl';
import { someControlText } from '../dom/texts';
import { isShown } from '../dom/isShown';
import { insideDialog } from './dialogs';
import { cellTexts, dataRows } from './grid';
import { looksLikeClearSecret } from './clearSecret';
import type { RenewalSecret } from '../../renewal/renewalRecord';
import type { SecretWords } from '../calloutTables/types';

export interface SecretRow {
  row: HTMLElement;
  /** GUIDs the row shows (its Secret ID). */
  keyIds: string[];
  /** The Value's first three characters: of the masked Value, or of one still shown in clear. */
  hint?: string;
  /** The Value is shown in clear (only right after it was added). */
  clear: boolean;
  /** Folded cell texts, for comparing descriptions. */
  cells: string[];
  /** ISO dates the row's date can mean (5/7/2027 reads two ways). */
  dates: string[];
  /** The row's delete control, when it has exactly one. */
  remove?: HTMLElement;
}

/** A masked Value: the hint, then asterisks (or bullets). */
const MASKED = /^([A-Za-z0-9_.~-]{3})[*•●]{3,}$/;
const DATE = /(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})/g;
const DAY_MS = 86_400_000;

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every reading of the numeric dates in a text (year first, or year last in either order). */
export function dateReadings(text: string): string[] {
  const found = new Set<string>();
  for (const [, a = '', b = '', c = ''] of text.matchAll(DATE)) {
    const readings =
      a.length === 4 ? [iso(+a, +b, +c)] : c.length === 4 ? [iso(+c, +a, +b), iso(+c, +b, +a)] : [];
    for (const reading of readings) if (reading) found.add(reading);
  }
  return [...found];
}

/** Within a day either way: the portal shows local dates, Graph's are UTC. */
function sameDay(a: string, b: string): boolean {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) <= DAY_MS;
}

function removeControl(row: HTMLElement): HTMLElement | undefined {
  const buttons = Array.from(row.querySelectorAll<HTMLElement>(BUTTONISH)).filter(isShown);
  const named = buttons.filter((b) => someControlText(b, (t) => matchesPhrase(t, 'deleteRow')));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  // An icon button in a language whose word is not loaded: the row's one control that copies nothing.
  const others = buttons.filter((b) => !someControlText(b, (t) => matchesPhrase(t, 'copyToClipboard')));
  return others.length === 1 ? others[0] : undefined;
}

function readRow(row: HTMLElement): SecretRow {
  const texts = cellTexts(row);
  const tokens = texts.join(' ').split(' ').filter(Boolean);
  for (const input of row.querySelectorAll('input')) tokens.push(input.value);
  const masked = tokens.map((t) => MASKED.exec(t)?.[1]).find(Boolean);
  const clearValue = tokens.find(looksLikeClearSecret);
  const shown = visibleText(row);
  const keyIds = guidsIn(shown);
  const withoutIds = keyIds.reduce((text, id) => text.split(id).join(' '), shown.toLowerCase());
  const remove = removeControl(row);
  return {
    row,
    keyIds,
    ...(masked ? { hint: masked } : clearValue ? { hint: clearValue.slice(0, 3) } : {}),
    clear: !!clearValue,
    cells: texts.map(foldPhraseText),
    dates: dateReadings(withoutIds),
    ...(remove ? { remove } : {}),
  };
}

/** The secret rows shown on the page (never rows inside a dialog). */
export function readSecretRows(root: ParentNode): SecretRow[] {
  const mayBeSecret = (row: HTMLElement) => /[*•●]{3}|[^\s*]{32,}|\d[./-]\d/.test(row.textContent ?? '');
  return dataRows(root, insideDialog, mayBeSecret).map(readRow);
}

type Verdict = 'yes' | 'no' | 'unknown';

function byKeyId(row: SecretRow, secret: RenewalSecret): Verdict {
  if (!secret.keyId || row.keyIds.length === 0) return 'unknown';
  return row.keyIds.includes(secret.keyId.toLowerCase()) ? 'yes' : 'no';
}

function byHint(row: SecretRow, secret: RenewalSecret): Verdict {
  if (!secret.hint || !row.hint) return 'unknown';
  return row.hint === secret.hint ? 'yes' : 'no';
}

function byExpiry(row: SecretRow, secret: RenewalSecret): Verdict {
  if (!secret.expiryIso || row.dates.length === 0) return 'unknown';
  return row.dates.some((d) => sameDay(d, secret.expiryIso!)) ? 'yes' : 'no';
}

function byDescription(row: SecretRow, secret: RenewalSecret): Verdict {
  if (!secret.description) return 'unknown';
  return row.cells.includes(foldPhraseText(secret.description)) ? 'yes' : 'no';
}

/**
 * Whether a row shows this secret. The Secret ID settles it; otherwise no signal may say no, and
 * at least one identifying signal (the hint, or description and expiry together) must say yes.
 */
export function rowShows(row: SecretRow, secret: RenewalSecret): boolean {
  const key = byKeyId(row, secret);
  if (key !== 'unknown') return key === 'yes';
  const verdicts = { hint: byHint(row, secret), expiry: byExpiry(row, secret), description: byDescription(row, secret) };
  if (Object.values(verdicts).includes('no')) return false;
  return verdicts.hint === 'yes' || (verdicts.expiry === 'yes' && verdicts.description === 'yes');
}

/** Whether the identity is enough to find a row at all. */
function identifiable(secret: RenewalSecret): boolean {
  return !!secret.keyId || !!secret.hint || (!!secret.expiryIso && !!secret.description);
}

export interface RenewalRows {
  /** The old secret's row, when exactly one row shows it and it is not the new one. */
  old?: SecretRow;
  /** More than one row could be the old one: nothing is pointed at. */
  ambiguous: boolean;
  /** The new secret's row. */
  next?: SecretRow;
  /** The new secret is listed and no row shows the old one any more. */
  oldGone: boolean;
}

export function renewalRows(rows: readonly SecretRow[], old: RenewalSecret, next: RenewalSecret | undefined): RenewalRows {
  const isNew = (row: SecretRow) => row.clear || (!!next && identifiable(next) && rowShows(row, next));
  const newRows = rows.filter(isNew);
  const oldRows = identifiable(old) ? rows.filter((row) => !isNew(row) && rowShows(row, old)) : [];
  const nextRow = newRows.length === 1 ? newRows[0] : undefined;
  return {
    ...(oldRows.length === 1 ? { old: oldRows[0] } : {}),
    ambiguous: oldRows.length > 1,
    ...(nextRow ? { next: nextRow } : {}),
    oldGone: identifiable(old) && !!nextRow && oldRows.length === 0,
  };
}

/**
 * How a callout names the old secret: its description and the first characters of its Value,
 * in the page's language (`words`: calloutTables/types.ts SecretWords).
 */
export function describeSecret(secret: RenewalSecret, words: SecretWords): string {
  const parts = [
    secret.description ? words.description.split('{text}').join(secret.description) : undefined,
    secret.hint ? words.value.split('{hint}').join(secret.hint) : undefined,
  ];
  return parts.filter(Boolean).join(', ') || words.unknown;
}
