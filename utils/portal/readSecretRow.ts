/**
 * Finds the client secret the admin just added on Certificates & secrets. The portal masks
 * every row's Value except the one created on this visit, so that row is recognised by its
 * clear Value (not by its description: renewals use other names, and an old masked row may
 * carry the guide's name). Columns are found from the header row by label in any language.
 *
 * When a Value column exists, only that column can hold the secret: a Description, or any
 * other text shaped like a secret, never does. Without one (headerless rows, plain div
 * layouts) only a token in the documented Value format counts (`…8Q~…`, `…7Q~…`), so a
 * permission name such as "MailboxSettings.ReadWrite" on another blade is never a secret.
 */
import { classifySecret, isUsableSecret, type SecretKind } from '../values/classifySecret';

/** Formats a token must have to count as the secret when no Value column says so. */
function isValueFormat(kind: SecretKind): boolean {
  return kind === 'current' || kind === 'previous';
}
import { isRendered } from '../dom/isRendered';
import { visibleText } from '../dom/visibleText';
import { labelOf } from './captureLabels';

export type SecretRowReading =
  | { state: 'clear'; value: string; kind: SecretKind; expiresText?: string; description?: string }
  | { state: 'masked'; description?: string }
  | { state: 'none' };

type Column = 'value' | 'secretId' | 'expires' | 'description';

const ROW_SELECTOR = '[role="row"], tr';
const CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="rowheader"], td, th, [role="columnheader"]';
const DATE_LIKE = /\d{1,4}[/.\-年]\s?\d{1,2}[/.\-月]\s?\d{1,4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},\s+\d{4}/u;

function cellsOf(row: Element): Element[] {
  // Only the row's own cells: nested grids (rare) belong to their own rows.
  return Array.from(row.querySelectorAll(CELL_SELECTOR)).filter((c) => c.closest(ROW_SELECTOR) === row);
}

/** The cell's text, or the value of an input inside it (some layouts show the Value in a read-only field). */
function cellText(cell: Element): string {
  const input = cell.querySelector('input, textarea') as HTMLInputElement | null;
  if (input?.value) return input.value.trim();
  return visibleText(cell);
}

/** A cell's Value token: the single space-free run that looks like a secret, masked value or GUID. */
function valueToken(text: string): string | undefined {
  const tokens = text.split(/\s+/).filter((t) => t.length >= 3);
  const candidates = tokens.filter((t) => classifySecret(t) !== 'empty');
  return candidates.length === 1 ? candidates[0] : undefined;
}

function headerColumns(rows: Element[]): Map<number, Column> | undefined {
  for (const row of rows) {
    const cells = cellsOf(row);
    const map = new Map<number, Column>();
    cells.forEach((cell, index) => {
      const label = labelOf(visibleText(cell));
      if (label === 'secretValue') map.set(index, 'value');
      else if (label === 'secretId') map.set(index, 'secretId');
      else if (label === 'expires') map.set(index, 'expires');
      else if (label === 'description') map.set(index, 'description');
    });
    if ([...map.values()].includes('value')) return map;
  }
  return undefined;
}

interface RowCells {
  value?: string;
  expires?: string;
  description?: string;
}

function readRow(cells: Element[], columns: Map<number, Column> | undefined): RowCells {
  const texts = cells.map(cellText);
  if (columns) {
    const at = (column: Column) => {
      for (const [index, c] of columns) if (c === column) return texts[index];
      return undefined;
    };
    return { value: at('value'), expires: at('expires'), description: at('description') };
  }
  // No headers: tell cells apart by what they contain; only the documented format is a Value.
  const row: RowCells = {};
  for (const text of texts) {
    const token = valueToken(text);
    const kind = token ? classifySecret(token) : 'empty';
    if (token && !row.value && (isValueFormat(kind) || kind === 'masked')) row.value = token;
    else if (!row.expires && DATE_LIKE.test(text)) row.expires = text;
    else if (!row.description && text && !token) row.description = text;
  }
  return row;
}

export function readSecretRow(root: Document | ShadowRoot): SecretRowReading {
  const rows = Array.from(root.querySelectorAll(ROW_SELECTOR)).filter(isRendered);
  if (rows.length === 0) return findClearValueByFormat(root) ?? { state: 'none' };
  const columns = headerColumns(rows);
  const clear: Extract<SecretRowReading, { state: 'clear' }>[] = [];
  let masked: Extract<SecretRowReading, { state: 'masked' }> | undefined;

  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length < 2 || cells.some((c) => c.matches('th, [role="columnheader"]'))) continue;
    const read = readRow(cells, columns);
    const token = read.value ? valueToken(read.value) : undefined;
    if (!token) continue;
    const kind = classifySecret(token);
    if (isUsableSecret(kind)) {
      clear.push({ state: 'clear', value: token, kind, expiresText: read.expires, description: read.description });
    } else if (kind === 'masked') {
      masked ??= { state: 'masked', description: read.description };
    }
  }
  // Two clear rows happen when the admin adds twice in one visit; the later-listed one is older.
  if (clear.length > 0) return clear[0]!;
  // A grid with a Value column has spoken: text elsewhere on the page is not the secret.
  const hasValueColumn = !!columns && [...columns.values()].includes('value');
  return (hasValueColumn ? undefined : findClearValueByFormat(root)) ?? masked ?? { state: 'none' };
}

/** A current or previous format Value anywhere in the text: unmistakable even without a table. */
const VALUE_IN_TEXT = /(?:^|[^A-Za-z0-9_.~-])([A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{31,34})(?![A-Za-z0-9_.~-])/;
const MAX_ROW_CLIMB = 6;

/**
 * For layouts that are not tables (plain divs, CSS grids): the clear Value is recognised by its
 * format, and its row is the nearest ancestor that also shows a date.
 */
function findClearValueByFormat(root: Document | ShadowRoot): SecretRowReading | undefined {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = VALUE_IN_TEXT.exec(node.nodeValue ?? '');
    const parent = node.parentElement;
    if (!match?.[1] || !parent || !isRendered(parent)) continue;
    const value = match[1];
    const kind = classifySecret(value);
    if (!isValueFormat(kind)) continue;
    let expiresText: string | undefined;
    let row: Element | null = parent;
    for (let i = 0; i < MAX_ROW_CLIMB && row && !expiresText; i++, row = row.parentElement) {
      const date = DATE_LIKE.exec(visibleText(row).replace(value, ''));
      if (date) expiresText = date[0];
    }
    return { state: 'clear', value, kind, expiresText };
  }
  return undefined;
}
