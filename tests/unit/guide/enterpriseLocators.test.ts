import { describe, it } from 'vitest';
import { APP_NAME } from '../../../utils/steps';
import { locateEnterpriseList } from '../../../utils/guide/locators/enterpriseList';
import { locateEnterpriseApp } from '../../../utils/guide/locators/enterpriseApp';
import type { GuideLocator } from '../../../utils/guide/types';
import { ALL_DONE, ROOT_MODES, doneBefore, doneThrough } from './snippets';
import { caseName, runLocatorCase, type LocatorCase } from './locatorCases';

function table(locate: GuideLocator, cases: LocatorCase[]) {
  const rows = cases.flatMap((c) => ROOT_MODES.map((mode) => [caseName(c), mode, c] as const));
  it.each(rows)('%s (%s)', (_name, mode, c) => runLocatorCase(locate, c, mode));
}

const assignment = doneBefore('assignment-required');
const users = doneThrough('assignment-required');

describe('locateEnterpriseList', () => {
  table(locateEnterpriseList, [
    // E3: apps registered in the portal do show under the default filter; a long list renders only
    // some rows, so the search box (name or client ID) comes first, with the app's name to type.
    { snippet: 'enterprise-list.filtered.react.html', blade: 'enterprise-list', done: assignment, expected: 'assignment-required.search', typeText: APP_NAME },
    { snippet: 'enterprise-list.filtered.react.html', blade: 'enterprise-list', done: users, expected: 'assign-users.search' },
    // Only a search for the app that shows nothing under the filter points at the filter.
    { snippet: 'enterprise-list.searched.react.html', blade: 'enterprise-list', done: assignment, expected: 'assignment-required.filter' },
    { snippet: 'enterprise-list.searched.react.html', blade: 'enterprise-list', done: users, expected: 'assign-users.filter' },
    // Without a search box in sight, the pill is all there is.
    { snippet: 'enterprise-list.filtered.react.es.html', blade: 'enterprise-list', done: assignment, expected: 'assignment-required.filter' },
    { snippet: 'enterprise-list.found.classic.html', blade: 'enterprise-list', done: assignment, expected: 'assignment-required.app' },
    { snippet: 'enterprise-list.found.classic.html', blade: 'enterprise-list', done: users, expected: 'assign-users.app' },
    // Found by client ID when the app was renamed after registration.
    {
      snippet: 'enterprise-list.found.classic.html',
      blade: 'enterprise-list',
      done: assignment,
      expected: 'assignment-required.app',
      appName: 'Renamed in the portal',
      appId: '5F1B7C3E-8A9D-4E2F-B6C1-7D3A9E0F2B4C',
    },
    {
      snippet: 'enterprise-list.found.classic.html',
      blade: 'enterprise-list',
      done: assignment,
      expected: 'assignment-required.search',
      appName: 'Renamed in the portal',
      typeText: 'Renamed in the portal',
    },
    { snippet: 'enterprise-list.found.classic.html', blade: 'enterprise-list', done: ALL_DONE, expected: undefined },
    // The TonicDM steps in between do not block the portal's enterprise steps.
    { snippet: 'enterprise-list.found.classic.html', blade: 'enterprise-list', done: doneBefore('tonicdm-setup'), expected: 'assignment-required.app' },
  ]);
});

describe('locateEnterpriseApp', () => {
  table(locateEnterpriseApp, [
    { snippet: 'enterprise-overview.react.html', blade: 'enterprise-overview', done: assignment, expected: 'assignment-required.properties' },
    { snippet: 'enterprise-overview.react.html', blade: 'enterprise-overview', done: users, expected: 'assign-users.open' },
    { snippet: 'enterprise-overview.react.html', blade: 'enterprise-overview', done: ALL_DONE, expected: undefined },
    { snippet: 'enterprise-properties.no.react.html', blade: 'enterprise-properties', done: assignment, expected: 'assignment-required.yes' },
    { snippet: 'enterprise-properties.unsaved.classic.html', blade: 'enterprise-properties', done: assignment, expected: 'assignment-required.save' },
    { snippet: 'enterprise-properties.unsaved.classic.html', blade: 'enterprise-properties', done: users, expected: 'assign-users.open' },
    { snippet: 'enterprise-properties.saved.react.ja.html', blade: 'enterprise-properties', done: assignment, expected: undefined },
    { snippet: 'enterprise-users.empty.react.html', blade: 'enterprise-users', done: users, expected: 'assign-users.add' },
    { snippet: 'enterprise-users.add-assignment.classic.html', blade: 'enterprise-users', done: users, expected: 'assign-users.pick' },
    { snippet: 'enterprise-users.ready.react.html', blade: 'enterprise-users', done: users, expected: 'assign-users.assign' },
    { snippet: 'enterprise-users.assigned.classic.de.html', blade: 'enterprise-users', done: users, expected: undefined },
    { snippet: 'enterprise-users.empty.react.html', blade: 'enterprise-users', done: ALL_DONE, expected: undefined },
  ]);
});
