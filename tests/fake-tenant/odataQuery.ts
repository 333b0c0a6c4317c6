/**
 * The slice of OData query options Graph's directory endpoints support and the setup flow uses:
 * `$filter` (eq/ne/startswith, `collection/any(x:x eq 'v')`, and/or), `$select`, `$expand` (one relationship, with a
 * nested `$select`), `$top` + `$skiptoken` paging, `$search` and `$count`.
 * Directory string comparisons are case-insensitive, as in Entra.
 */
import { base64UrlDecode, base64UrlEncode } from './base64url';
import { GraphHttpError, badRequest } from './graphError';

type Row = Record<string, unknown>;
type Predicate = (row: Row) => boolean;

interface Token {
  kind: 'word' | 'string' | 'punct';
  text: string;
  position: number;
}

function tokenize(clause: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < clause.length) {
    const c = clause[i] ?? '';
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= clause.length) throw syntaxError(clause, i);
        if (clause[j] === "'") {
          if (clause[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += clause[j];
        j += 1;
      }
      tokens.push({ kind: 'string', text, position: i });
      i = j + 1;
    } else if ('(),'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, position: i });
      i += 1;
    } else {
      const word = /^[A-Za-z0-9_.\-/@:]+/.exec(clause.slice(i))?.[0];
      if (!word) throw syntaxError(clause, i);
      tokens.push({ kind: 'word', text: word, position: i });
      i += word.length;
    }
  }
  return tokens;
}

function syntaxError(clause: string, position: number): GraphHttpError {
  return badRequest(`Invalid filter clause: Syntax error at position ${position} in '${clause}'.`, 'BadRequest');
}

function unsupported(property: string, resource: string): GraphHttpError {
  return new GraphHttpError(
    400,
    'Request_UnsupportedQuery',
    `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resource}'.`,
  );
}

function literalValue(token: Token): string | boolean | null {
  if (token.kind === 'string') return token.text;
  if (token.text === 'true') return true;
  if (token.text === 'false') return false;
  if (token.text === 'null') return null;
  // GUIDs are unquoted Edm.Guid literals, e.g. `principalId eq 5f0e…`.
  return token.text;
}

function equalsValue(actual: unknown, expected: string | boolean | null): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === 'boolean') return actual === expected;
  return typeof actual === 'string' && actual.toLowerCase() === expected.toLowerCase();
}

/**
 * Compiles a `$filter` for `resource` (e.g. "ServicePrincipal") allowing only `filterable` properties.
 */
export function compileFilter(clause: string, resource: string, filterable: readonly string[]): Predicate {
  const tokens = tokenize(clause);
  let index = 0;
  const peek = () => tokens[index];
  const take = () => {
    const token = tokens[index];
    if (!token) throw syntaxError(clause, clause.length);
    index += 1;
    return token;
  };
  const expect = (text: string) => {
    const token = take();
    if (token.text !== text) throw syntaxError(clause, token.position);
  };
  const checkProperty = (token: Token) => {
    if (token.kind !== 'word') throw syntaxError(clause, token.position);
    if (!filterable.includes(token.text)) throw unsupported(token.text, resource);
    return token.text;
  };

  const comparison = (): Predicate => {
    const first = take();
    if (first.kind === 'punct' && first.text === '(') {
      const inner = disjunction();
      expect(')');
      return inner;
    }
    if (first.kind === 'word' && first.text.toLowerCase() === 'startswith' && peek()?.text === '(') {
      expect('(');
      const property = checkProperty(take());
      expect(',');
      const prefix = take();
      if (prefix.kind !== 'string') throw syntaxError(clause, prefix.position);
      expect(')');
      const wanted = prefix.text.toLowerCase();
      return (row) => {
        const value = row[property];
        return typeof value === 'string' && value.toLowerCase().startsWith(wanted);
      };
    }
    if (first.kind === 'word' && /^\w+\/any$/i.test(first.text) && peek()?.text === '(') {
      // `tags/any(t:t eq 'x')`: a string collection holding the value. Only this lambda form is supported.
      const property = checkProperty({ ...first, text: first.text.slice(0, -'/any'.length) });
      expect('(');
      const lambda = take();
      const [variable, subject, ...extra] = lambda.text.split(':');
      if (lambda.kind !== 'word' || !variable || subject !== variable || extra.length > 0) throw syntaxError(clause, lambda.position);
      const operator = take();
      if (operator.text.toLowerCase() !== 'eq') throw unsupported(property, resource);
      const value = literalValue(take());
      expect(')');
      return (row) => {
        const values = row[property];
        return Array.isArray(values) && values.some((entry) => equalsValue(entry, value));
      };
    }
    const property = checkProperty(first);
    const operator = take();
    const value = literalValue(take());
    switch (operator.text.toLowerCase()) {
      case 'eq':
        return (row) => equalsValue(row[property], value);
      case 'ne':
        return (row) => !equalsValue(row[property], value);
      default:
        throw unsupported(property, resource);
    }
  };
  const conjunction = (): Predicate => {
    let predicate = comparison();
    while (peek()?.text.toLowerCase() === 'and') {
      take();
      const left = predicate;
      const right = comparison();
      predicate = (row) => left(row) && right(row);
    }
    return predicate;
  };
  const disjunction = (): Predicate => {
    let predicate = conjunction();
    while (peek()?.text.toLowerCase() === 'or') {
      take();
      const left = predicate;
      const right = conjunction();
      predicate = (row) => left(row) || right(row);
    }
    return predicate;
  };

  const predicate = disjunction();
  const rest = peek();
  if (rest) throw syntaxError(clause, rest.position);
  return predicate;
}

/**
 * `$search="displayName:wa" OR "mail:wa"`: each word of the property must start with the term (Entra's
 * tokenised search). Needs `ConsistencyLevel: eventual`.
 */
export function compileSearch(search: string, searchable: readonly string[]): Predicate {
  const clauses = search.match(/"[^"]*"|\bAND\b|\bOR\b/g) ?? [];
  if (clauses.length === 0) throw badRequest(`Syntax error: character '${search.slice(0, 1)}' is not valid at position 0 in '${search}'.`, 'BadRequest');
  let predicate: Predicate | undefined;
  let joiner = 'OR';
  for (const clause of clauses) {
    if (clause === 'AND' || clause === 'OR') {
      joiner = clause;
      continue;
    }
    const body = clause.slice(1, -1);
    const colon = body.indexOf(':');
    const property = colon >= 0 ? body.slice(0, colon) : undefined;
    const term = (colon >= 0 ? body.slice(colon + 1) : body).toLowerCase();
    if (property !== undefined && !searchable.includes(property)) {
      throw badRequest(`Invalid search property '${property}'.`, 'Request_UnsupportedQuery');
    }
    const properties = property !== undefined ? [property] : searchable;
    const next: Predicate = (row) =>
      properties.some((p) => {
        const value = row[p];
        return typeof value === 'string' && value.toLowerCase().split(/[\s@._-]+/).some((word) => word.startsWith(term));
      });
    const left = predicate;
    predicate = !left ? next : joiner === 'AND' ? (row) => left(row) && next(row) : (row) => left(row) || next(row);
  }
  return predicate ?? (() => true);
}

export function parseSelect(select: string | null): string[] | undefined {
  if (select === null) return undefined;
  const properties = select.split(',').map((p) => p.trim()).filter(Boolean);
  return properties.length > 0 ? properties : undefined;
}

/** Keeps only the selected properties; an unknown name is a 400, as in Graph. */
export function applySelect<T extends Row>(row: T, select: string[] | undefined, typeName: string): Row {
  if (!select) return row;
  const picked: Row = {};
  for (const property of select) {
    if (!(property in row)) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${property}' on type 'microsoft.graph.${typeName}'.`,
        'BadRequest',
      );
    }
    picked[property] = row[property];
  }
  return picked;
}

export interface ExpandOption {
  relationship: string;
  select?: string[];
}

/**
 * `$expand=owners` or `$expand=owners($select=id,displayName)`. Directory objects expand one relationship per
 * request, so a list is refused.
 */
export function parseExpand(expand: string | null, typeName: string, expandable: readonly string[]): ExpandOption | undefined {
  if (expand === null || expand.trim() === '') return undefined;
  let depth = 0;
  for (const c of expand) {
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      throw badRequest('Only one relationship can be expanded in a single request.', 'Request_BadRequest');
    }
  }
  const match = /^\s*([A-Za-z]\w*)\s*(?:\(\s*\$select\s*=\s*([^()]*)\))?\s*$/.exec(expand);
  if (!match?.[1]) throw badRequest(`Parsing OData Select and Expand failed: Syntax error in '${expand}'.`, 'BadRequest');
  if (!expandable.includes(match[1])) {
    throw badRequest(
      `Parsing OData Select and Expand failed: Could not find a property named '${match[1]}' on type 'microsoft.graph.${typeName}'.`,
      'BadRequest',
    );
  }
  const select = parseSelect(match[2] ?? null);
  return { relationship: match[1], ...(select ? { select } : {}) };
}

export function encodeSkipToken(offset: number): string {
  return base64UrlEncode(`fake-tenant-skip:${offset}`);
}

export function decodeSkipToken(token: string): number {
  const match = /^fake-tenant-skip:(\d+)$/.exec(base64UrlDecode(token) ?? '');
  if (!match?.[1]) throw badRequest('Invalid paging token.', 'Request_BadRequest');
  return Number(match[1]);
}

/** `$top` must be 1..999, Graph's directory maximum. */
export function parseTop(top: string | null, fallback: number): number {
  if (top === null) return fallback;
  const value = Number(top);
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    throw badRequest(`Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`, 'Request_UnsupportedQuery');
  }
  return value;
}

/**
 * An absolute https nextLink that repeats every query option of `url` except `$skiptoken`; option names keep their
 * literal `$` as in Graph's own links.
 */
export function nextLinkFor(url: URL, offset: number): string {
  const parts: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key === '$skiptoken') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `https://${url.host}${url.pathname}?${parts.join('&')}`;
}
