import { describe, expect, it } from 'vitest';
import type { StepId } from '../../../utils/steps';
import type { BladeKind } from '../../../utils/portal/bladeKind';
import { readPageState } from '../../../utils/guide/readPageState';
import { loadSnippet, ROOT_MODES } from './snippets';

interface StateCase {
  snippet: string;
  blade: BladeKind;
  completed: StepId[];
  /** "<wrong-turn id>:<severity>" */
  wrongTurns: string[];
}

const cases: StateCase[] = [
  { snippet: 'app-create.empty.classic.html', blade: 'app-create', completed: [], wrongTurns: [] },
  { snippet: 'app-create.ready.react.ja.html', blade: 'app-create', completed: [], wrongTurns: [] },
  {
    snippet: 'app-create.wrong.react.html',
    blade: 'app-create',
    completed: [],
    wrongTurns: ['not-single-tenant:error', 'redirect-uri-entered:warning'],
  },
  { snippet: 'api-permissions.empty.classic.html', blade: 'app-api-permissions', completed: [], wrongTurns: ['default-user-read:info'] },
  {
    snippet: 'api-permissions.configured.classic.html',
    blade: 'app-api-permissions',
    completed: ['api-permissions'],
    wrongTurns: ['consent-not-granted:warning', 'default-user-read:info'],
  },
  {
    snippet: 'api-permissions.consent-disabled.react.html',
    blade: 'app-api-permissions',
    completed: ['api-permissions'],
    wrongTurns: ['consent-not-granted:error'],
  },
  {
    snippet: 'api-permissions.granted.react.ja.html',
    blade: 'app-api-permissions',
    completed: ['api-permissions', 'admin-consent'],
    wrongTurns: ['default-user-read:info'],
  },
  {
    snippet: 'api-permissions.delegated.classic.html',
    blade: 'app-api-permissions',
    completed: [],
    wrongTurns: ['delegated-instead-of-application:error', 'default-user-read:info'],
  },
  {
    snippet: 'api-permissions.pane-type.react.html',
    blade: 'app-api-permissions',
    completed: [],
    wrongTurns: ['delegated-instead-of-application:warning'],
  },
  { snippet: 'api-permissions.pane-roles.react.html', blade: 'app-api-permissions', completed: [], wrongTurns: [] },
  { snippet: 'credentials.pane-empty.react.html', blade: 'app-credentials', completed: [], wrongTurns: [] },
  {
    snippet: 'credentials.pane-expiry.react.html',
    blade: 'app-credentials',
    completed: [],
    wrongTurns: ['secret-expiry-not-24-months:warning'],
  },
  {
    snippet: 'credentials.pane-expiry-open.react.html',
    blade: 'app-credentials',
    completed: [],
    wrongTurns: ['secret-expiry-not-24-months:warning'],
  },
  { snippet: 'credentials.pane-ready.classic.de.html', blade: 'app-credentials', completed: [], wrongTurns: [] },
  { snippet: 'credentials.value.react.html', blade: 'app-credentials', completed: [], wrongTurns: [] },
  // E3: a filter pill with the app's row not rendered is no mistake (long lists render some rows);
  // only a search for the app that shows nothing under the filter is.
  { snippet: 'enterprise-list.filtered.react.html', blade: 'enterprise-list', completed: [], wrongTurns: [] },
  { snippet: 'enterprise-list.filtered.react.es.html', blade: 'enterprise-list', completed: [], wrongTurns: [] },
  {
    snippet: 'enterprise-list.searched.react.html',
    blade: 'enterprise-list',
    completed: [],
    wrongTurns: ['enterprise-filter-hides-app:warning'],
  },
  { snippet: 'enterprise-list.found.classic.html', blade: 'enterprise-list', completed: [], wrongTurns: [] },
  { snippet: 'enterprise-properties.no.react.html', blade: 'enterprise-properties', completed: [], wrongTurns: [] },
  { snippet: 'enterprise-properties.unsaved.classic.html', blade: 'enterprise-properties', completed: [], wrongTurns: [] },
  {
    snippet: 'enterprise-properties.saved.react.ja.html',
    blade: 'enterprise-properties',
    completed: ['assignment-required'],
    wrongTurns: [],
  },
  { snippet: 'enterprise-users.empty.react.html', blade: 'enterprise-users', completed: [], wrongTurns: [] },
  { snippet: 'enterprise-users.add-assignment.classic.html', blade: 'enterprise-users', completed: [], wrongTurns: [] },
  { snippet: 'enterprise-users.assigned.classic.de.html', blade: 'enterprise-users', completed: ['assign-users'], wrongTurns: [] },
  // Other blades' content is never read as progress.
  { snippet: 'api-permissions.granted.react.ja.html', blade: 'app-overview', completed: [], wrongTurns: [] },
];

describe('readPageState', () => {
  const rows = cases.flatMap((c) => ROOT_MODES.map((mode) => [`${c.snippet} as ${c.blade}`, mode, c] as const));
  it.each(rows)('%s (%s)', (_name, mode, c) => {
    const { root } = loadSnippet(c.snippet, mode);
    const seen = readPageState(root, c.blade);
    expect([...seen.completed].sort()).toEqual([...c.completed].sort());
    expect(seen.wrongTurns.map((w) => `${w.id}:${w.severity}`).sort()).toEqual([...c.wrongTurns].sort());
    for (const w of seen.wrongTurns) {
      expect(w.message.length).toBeGreaterThan(20);
      expect(w.fix.length).toBeGreaterThan(10);
    }
  });

  it.each(['api-permissions.configured.classic.html', 'api-permissions.consent-disabled.react.html'])(
    'explains who can consent (%s)',
    (snippet) => {
      const { root } = loadSnippet(snippet);
      const consent = readPageState(root, 'app-api-permissions').wrongTurns.find((w) => w.id === 'consent-not-granted');
      expect(consent?.message).toContain('Privileged Role Administrator');
      expect(consent?.message).toContain('Global Administrator');
    },
  );

  it('finds the app searched for by the name it is given', () => {
    const { root } = loadSnippet('enterprise-list.searched.react.html');
    expect(readPageState(root, 'enterprise-list', { name: 'Another name' }).wrongTurns).toEqual([]);
  });
});
