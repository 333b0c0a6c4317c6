import type { TextField } from './isFillableCandidate';

export type DatePart = 'd' | 'm' | 'y';
export type DateOrder = readonly [DatePart, DatePart, DatePart];

/** How a date has to be typed into one particular field. */
export type DatePattern =
  | { kind: 'iso' }
  | { kind: 'datetime-local' }
  | { kind: 'month' }
  /** Spelled out by the page, e.g. a placeholder "DD/MM/YYYY" or an example "e.g. 31/12/2027". */
  | { kind: 'parts'; order: DateOrder; separator: string; widths: Record<DatePart, number> }
  /** Nothing on the page says; the admin's locale short date is the best guess. */
  | { kind: 'locale'; locale: string; order: DateOrder };

const TOKEN_PATTERN = /(?<![\p{L}])([dmy]{1,4})([/.\- ])([dmy]{1,4})\2([dmy]{1,4})(?![\p{L}])/iu;
const EXAMPLE_DATE = /(?<!\d)(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?!\d)/;

function fromTokens(text: string): DatePattern | null {
  const match = TOKEN_PATTERN.exec(text);
  if (!match) return null;
  const [, a = '', separator = '/', b = '', c = ''] = match;
  const tokens = [a, b, c].map((token) => token.toLowerCase());
  if (!tokens.every((token) => /^(d{1,2}|m{1,2}|yy|yyyy)$/.test(token))) return null;
  const order = tokens.map((token) => token[0]) as unknown as DateOrder;
  if (new Set(order).size !== 3) return null;
  const widths = Object.fromEntries(tokens.map((token) => [token[0], token.length])) as Record<DatePart, number>;
  return { kind: 'parts', order, separator, widths };
}

/** "e.g. 31/12/2027" gives the order away only when a day above 12 or a leading year shows it. */
function fromExample(text: string): DatePattern | null {
  const match = EXAMPLE_DATE.exec(text);
  if (!match) return null;
  const [, a = '', separator = '/', b = '', c = ''] = match;
  let order: DateOrder;
  if (a.length === 4) order = ['y', 'm', 'd'];
  else if (c.length !== 4 && c.length !== 2) return null;
  else if (Number(a) > 12 && Number(b) <= 12) order = ['d', 'm', 'y'];
  else if (Number(b) > 12 && Number(a) <= 12) order = ['m', 'd', 'y'];
  else return null;
  const widths = Object.fromEntries(order.map((part, i) => [part, [a, b, c][i]?.length ?? 2])) as Record<DatePart, number>;
  return { kind: 'parts', order, separator, widths };
}

function localeOrder(locale: string): DateOrder | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(Date.UTC(2027, 11, 31));
    const order = parts
      .map((part) => ({ day: 'd', month: 'm', year: 'y' })[part.type as string])
      .filter((part): part is DatePart => !!part);
    return order.length === 3 && new Set(order).size === 3 ? (order as unknown as DateOrder) : null;
  } catch {
    return null;
  }
}

/** Hint text linked to the field (Material links its "MM/DD/YYYY" hint this way). */
function describedByText(el: TextField): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => (typeof root.getElementById === 'function' ? root.getElementById(id)?.textContent : '') ?? '')
    .join(' ');
}

/**
 * Works out the typing format for the expiry field. Native date inputs take ISO whatever the
 * display; a text field follows the format the page announces, else the admin's locale.
 */
export function dateFieldPattern(el: TextField, locale: string): DatePattern {
  const type = el.localName === 'input' ? (el as HTMLInputElement).type.toLowerCase() : 'text';
  if (type === 'date') return { kind: 'iso' };
  if (type === 'datetime-local') return { kind: 'datetime-local' };
  if (type === 'month') return { kind: 'month' };
  const hints = [el.getAttribute('placeholder') ?? '', describedByText(el)];
  for (const hint of hints) {
    const pattern = fromTokens(hint) ?? fromExample(hint);
    if (pattern) return pattern;
  }
  const order = localeOrder(locale);
  return order ? { kind: 'locale', locale, order } : { kind: 'iso' };
}
