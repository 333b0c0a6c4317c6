/**
 * Finds users and groups by the start of their name for the assignee picker: one `$batch` with a
 * users query and a groups query.
 */
import type { Assignee } from './planSetup';
import type { BatchOutcome, GraphCall, GraphTransport } from './graphTransport';
import type { GraphCollection } from './graphTypes';
import { odataString } from './verifySetup';

export interface PrincipalMatch extends Assignee {
  /** UPN for users, mail (if any) for groups: tells same-named principals apart. */
  detail: string;
}

export interface SearchOptions {
  /** Default 10 per kind. */
  top?: number;
  /**
   * Use `$search` (word-prefix match on displayName, needs `ConsistencyLevel: eventual`) instead
   * of `startswith`, so "smith" also finds "Anna Smith".
   */
  useSearch?: boolean;
  kinds?: readonly Assignee['type'][];
}

interface UserRow {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
}

interface GroupRow {
  id: string;
  displayName?: string | null;
  mail?: string | null;
}

export async function searchPrincipals(transport: GraphTransport, text: string, options: SearchOptions = {}): Promise<PrincipalMatch[]> {
  const prefix = text.trim();
  if (!prefix) return [];
  const top = options.top ?? 10;
  const kinds = options.kinds ?? ['user', 'group'];
  const calls: GraphCall[] = [];
  if (kinds.includes('user')) calls.push(queryFor('/users', 'id,displayName,userPrincipalName', prefix, top, options.useSearch));
  if (kinds.includes('group')) calls.push(queryFor('/groups', 'id,displayName,mail', prefix, top, options.useSearch));
  const outcomes = await transport.batch(calls);

  const matches: PrincipalMatch[] = [];
  let index = 0;
  if (kinds.includes('user')) {
    for (const user of rows<UserRow>(outcomes[index++])) {
      matches.push({ id: user.id, type: 'user', displayName: user.displayName ?? '', detail: user.userPrincipalName ?? '' });
    }
  }
  if (kinds.includes('group')) {
    for (const group of rows<GroupRow>(outcomes[index++])) {
      matches.push({ id: group.id, type: 'group', displayName: group.displayName ?? '', detail: group.mail ?? '' });
    }
  }
  const failure = outcomes.find((outcome) => outcome && !outcome.ok);
  if (matches.length === 0 && failure && !failure.ok) throw failure.error;
  return matches.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

function queryFor(path: string, select: string, prefix: string, top: number, useSearch: boolean | undefined): GraphCall {
  if (useSearch) {
    // Double quotes delimit the $search term and cannot be escaped inside it.
    const term = prefix.replace(/"/g, '');
    return {
      method: 'GET',
      path,
      query: { $search: `"displayName:${term}"`, $select: select, $top: top },
      headers: { ConsistencyLevel: 'eventual' },
    };
  }
  return { method: 'GET', path, query: { $filter: `startswith(displayName,${odataString(prefix)})`, $select: select, $top: top } };
}

function rows<T>(outcome: BatchOutcome | undefined): T[] {
  return outcome?.ok ? ((outcome.body as GraphCollection<T> | undefined)?.value ?? []) : [];
}
