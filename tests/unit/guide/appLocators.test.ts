import { describe, it } from 'vitest';
import { APP_NAME } from '../../../utils/steps';
import { locateAppList } from '../../../utils/guide/locators/appList';
import { locateAppCreate } from '../../../utils/guide/locators/appCreate';
import { locateAppOverview } from '../../../utils/guide/locators/appOverview';
import type { GuideLocator } from '../../../utils/guide/types';
import { ALL_DONE, ROOT_MODES, doneBefore, doneThrough } from './snippets';
import { caseName, runLocatorCase, type LocatorCase } from './locatorCases';

function table(locate: GuideLocator, cases: LocatorCase[]) {
  const rows = cases.flatMap((c) => ROOT_MODES.map((mode) => [caseName(c), mode, c] as const));
  it.each(rows)('%s (%s)', (_name, mode, c) => runLocatorCase(locate, c, mode));
}

describe('locateAppList', () => {
  table(locateAppList, [
    { snippet: 'app-list.classic.html', blade: 'app-list', done: new Set(), expected: 'register.new-registration' },
    { snippet: 'app-list.react.de.html', blade: 'app-list', done: new Set(), expected: 'register.new-registration' },
    { snippet: 'app-list.classic.html', blade: 'app-list', done: doneThrough('register'), expected: 'copy-ids.app' },
    { snippet: 'app-list.classic.html', blade: 'app-list', done: doneBefore('client-secret'), expected: 'client-secret.app' },
    // The German list does not contain the app: nothing to point at once it exists.
    { snippet: 'app-list.react.de.html', blade: 'app-list', done: doneThrough('register'), expected: undefined },
    { snippet: 'app-list.classic.html', blade: 'app-list', done: ALL_DONE, expected: undefined },
  ]);
});

describe('locateAppCreate', () => {
  table(locateAppCreate, [
    { snippet: 'app-create.empty.classic.html', blade: 'app-create', done: new Set(), expected: 'register.name', typeText: APP_NAME },
    { snippet: 'app-create.wrong.react.html', blade: 'app-create', done: new Set(), expected: 'register.single-tenant' },
    { snippet: 'app-create.ready.react.ja.html', blade: 'app-create', done: new Set(), expected: 'register.submit' },
    { snippet: 'app-create.ready.react.ja.html', blade: 'app-create', done: doneThrough('register'), expected: undefined },
  ]);
});

const OVERVIEW_APP = '5F1B7C3E-8A9D-4E2F-B6C1-7D3A9E0F2B4C';

describe('locateAppOverview', () => {
  table(locateAppOverview, [
    { snippet: 'app-overview.classic.html', blade: 'app-overview', done: doneThrough('register'), expected: 'copy-ids.values', shownAppId: OVERVIEW_APP },
    { snippet: 'app-overview.react.fr.html', blade: 'app-overview', done: doneThrough('register'), expected: 'copy-ids.values', shownAppId: OVERVIEW_APP },
    // Without the client ID in the address there is nothing to point at (the capture still reads it).
    { snippet: 'app-overview.classic.html', blade: 'app-overview', done: doneThrough('register'), expected: undefined },
    // Another app's ID in the address is not found on this page.
    { snippet: 'app-overview.react.fr.html', blade: 'app-overview', done: doneThrough('register'), expected: undefined, shownAppId: '00000000-1111-4222-8333-444444444444' },
    { snippet: 'app-overview.classic.html', blade: 'app-overview', done: doneThrough('copy-ids'), expected: 'api-permissions.open' },
    { snippet: 'app-overview.react.fr.html', blade: 'app-overview', done: doneThrough('copy-ids'), expected: 'api-permissions.open' },
    { snippet: 'app-overview.classic.html', blade: 'app-overview', done: doneThrough('api-permissions'), expected: 'admin-consent.open' },
    { snippet: 'app-overview.classic.html', blade: 'app-overview', done: doneThrough('admin-consent'), expected: 'client-secret.open' },
    { snippet: 'app-overview.react.fr.html', blade: 'app-overview', done: doneThrough('admin-consent'), expected: 'client-secret.open' },
    { snippet: 'app-overview.classic.html', blade: 'app-overview', done: doneThrough('client-secret'), expected: undefined },
  ]);
});
