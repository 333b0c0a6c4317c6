/**
 * Finds the client secret the admin just added on Certificates & secrets. The portal masks
 * every row's Value except the one created on this visit, so that row is recognised by its
 * clear Value (not by its description: renewals use other names, and an old masked row may
 * carry the guide's name). Columns are found from each grid's header row by label in any
 * language.
 *
 * When a Value column exists, only that column can hold the secret: a Description, another
 * grid, or any other text shaped like a secret never does. Without one (headerless rows, plain
 * div layouts) only a token in the documented Value format counts (`…8Q~…`, `…7Q~…`), so a
 * permission name such as "MailboxSettings.ReadWrite" on another blade is never a secret.
 *
 * Rows are read grid by grid, and only in grids that can hold the secret: a blade may also
 * carry a live grid of thousands of rows, and reading each of its cells would cost the page.
 */
import { classifySecret, isUsableSecret, type SecretKind } from '../values/classifySecret';
import { isRendered } from '../dom/isRendered';
import { visibleText } from '../dom/visibleText';
import { labelOf } from './captureLabels';

export type SecretRowReading =
  | { state: 'clear'; value: string; kind: SecretKind; expiresText?: string; description?: string }
  | { state: 'masked'; description?: string }
  | { state: 'none' };

export interface SecretGridsReading {
  reading: SecretRowReading;
  /**
   * The elements whose content can change the reading: the grids with a Value column (and the
   * header-less bodies that borrow one). Empty when the page has no Value column.
   */
  valueGrids: Element[];
}

type Column = 'value' | 'secretId' | 'expires' | 'description';

export const ROW_SELECTOR = '[role="row"], tr';
const GRID_SELECTOR = '[role="grid"], [role="treegrid"], [role="table"], table';
const HEADER_CELL = 'th, [role="columnheader"]';
const CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="rowheader"], td, th, [role="columnheader"]';
const DATE_LIKE = /\d{1,4}[/.\-年]\s?\d{1,2}[/.\-月]\s?\d{1,4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},\s+\d{4}/u;
/**
 * Text that can hold a documented-format Value or a masked one; rows without it (and without a
 * field) are skipped unread when no Value column exists. Also used on mutation records.
 */
export const FORMAT_OR_MASK_HINT = /[0-9]Q~|\*{3}|•{3}|…/;
/** Cheap test for a current or previous format Value (…8Q~…, …7Q~…) in any text. */
export const VALUE_FORMAT_HINT = /[0-9]Q~/;
/** A header-less grid body borrows the Value column of a header this close (a grid drawn as two tables). */
const BORROW_LEVELS = 3;

/** Formats a token must have to count as the secret when no Value column says so. */
function isValueFormat(kind: SecretKind): boolean {
  return kind === 'current' || kind === 'previous';
}

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

function isHeaderRow(cells: Element[]): boolean {
  return cells.some((c) => c.matches(HEADER_CELL));
}

/** The columns a header row names, when it names a Value column. */
function valueColumns(cells: Element[]): Map<number, Column> | undefined {
  const map = new Map<number, Column>();
  cells.forEach((cell, index) => {
    const label = labelOf(visibleText(cell));
    if (label === 'secretValue') map.set(index, 'value');
    else if (label === 'secretId') map.set(index, 'secretId');
    else if (label === 'expires') map.set(index, 'expires');
    else if (label === 'description') map.set(index, 'description');
  });
  return [...map.values()].includes('value') ? map : undefined;
}

interface RowCells {
  value?: string;
  expires?: string;
  description?: string;
}

function readRow(cells: Element[], columns: Map<number, Column> | undefined): RowCells {
  if (columns) {
    const at = (column: Column) => {
      for (const [index, c] of columns) if (c === column && cells[index]) return cellText(cells[index]);
      return undefined;
    };
    return { value: at('value'), expires: at('expires'), description: at('description') };
  }
  // No headers: tell cells apart by what they contain; only the documented format is a Value.
  const row: RowCells = {};
  for (const text of cells.map(cellText)) {
    const token = valueToken(text);
    const kind = token ? classifySecret(token) : 'empty';
    if (token && !row.value && (isValueFormat(kind) || kind === 'masked')) row.value = token;
    else if (!row.expires && DATE_LIKE.test(text)) row.expires = text;
    else if (!row.description && text && !token) row.description = text;
  }
  return row;
}

/** Rows grouped by the grid (or, for bare rows, the list) they belong to, in document order. */
interface Group {
  grid: Element;
  rows: Element[];
  /** Its header row (rendered), if it has one, and the columns it names when one is Value. */
  headerRow?: Element;
  headerCells?: Element[];
  columns?: Map<number, Column>;
}

/** Headers open a grid: look no further than its first few rows. */
const HEADER_SEARCH_ROWS = 5;

function findHeader(group: Group): void {
  const top = group.rows.slice(0, HEADER_SEARCH_ROWS);
  // The first row of header cells; a grid without one may still open with a row of labels.
  const row = top.find((r) => r.querySelector(HEADER_CELL) && isHeaderRow(cellsOf(r))) ?? top[0];
  if (!row || !isRendered(row)) return;
  const cells = cellsOf(row);
  const columns = valueColumns(cells);
  if (!columns && !isHeaderRow(cells)) return;
  group.headerRow = row;
  group.headerCells = cells;
  group.columns = columns;
}

function groupRows(root: Document | ShadowRoot): Group[] {
  const groups = new Map<Element, Group>();
  for (const row of Array.from(root.querySelectorAll(ROW_SELECTOR))) {
    const grid = row.closest(GRID_SELECTOR) ?? row.parentElement ?? row;
    let group = groups.get(grid);
    if (!group) groups.set(grid, (group = { grid, rows: [] }));
    group.rows.push(row);
  }
  for (const group of groups.values()) findHeader(group);
  return [...groups.values()];
}

/** A grid body without a header of its own, drawn under the header of `owner` (same columns, same wrapper). */
function borrowsFrom(group: Group, owner: Group): boolean {
  if (group.headerRow || !owner.headerCells) return false;
  let wrapper: Element | null = owner.grid;
  for (let i = 0; i < BORROW_LEVELS && wrapper; i++) wrapper = wrapper.parentElement;
  if (!wrapper?.contains(group.grid)) return false;
  const firstRow = group.rows.find(isRendered);
  return !!firstRow && cellsOf(firstRow).length === owner.headerCells.length;
}

export function readSecretGrids(root: Document | ShadowRoot): SecretGridsReading {
  const groups = groupRows(root);
  if (groups.length === 0) return { reading: findClearValueByFormat(root) ?? { state: 'none' }, valueGrids: [] };
  const owners = groups.filter((g) => g.columns);
  const clear: Extract<SecretRowReading, { state: 'clear' }>[] = [];
  let masked: Extract<SecretRowReading, { state: 'masked' }> | undefined;
  const valueGrids: Element[] = [];

  for (const group of groups) {
    let columns: Map<number, Column> | undefined;
    if (owners.length > 0) {
      // A grid with a Value column has spoken: other grids cannot hold the secret.
      columns = group.columns ?? owners.find((o) => borrowsFrom(group, o))?.columns;
      if (!columns) continue;
      valueGrids.push(group.grid);
    }
    for (const row of group.rows) {
      // Without a Value column only the documented format (or a mask) counts: skip rows that cannot show one unread.
      if (!columns && !FORMAT_OR_MASK_HINT.test(row.textContent ?? '') && !row.querySelector('input, textarea')) continue;
      if (!isRendered(row)) continue;
      const cells = cellsOf(row);
      if (row === group.headerRow || cells.length < 2 || isHeaderRow(cells)) continue;
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
  }
  // Two clear rows happen when the admin adds twice in one visit; the later-listed one is older.
  if (clear.length > 0) return { reading: clear[0]!, valueGrids };
  const reading = (owners.length > 0 ? undefined : findClearValueByFormat(root)) ?? masked ?? { state: 'none' as const };
  return { reading, valueGrids };
}

export function readSecretRow(root: Document | ShadowRoot): SecretRowReading {
  return readSecretGrids(root).reading;
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
  // Most pages hold no such token at all: one look at the whole text settles that.
  const all = root.nodeType === 9 ? (root as Document).documentElement?.textContent : root.textContent;
  if (!VALUE_FORMAT_HINT.test(all ?? '')) return undefined;
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
