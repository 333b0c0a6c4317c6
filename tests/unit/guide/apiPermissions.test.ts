import { describe, it } from 'vitest';
import { locateApiPermissions } from '../../../utils/guide/locators/apiPermissions';
import { ALL_DONE, ROOT_MODES, doneBefore, doneThrough } from './snippets';
import { caseName, runLocatorCase, type LocatorCase } from './locatorCases';

const blade = 'app-api-permissions' as const;
const adding = doneBefore('api-permissions');

const cases: LocatorCase[] = [
  { snippet: 'api-permissions.empty.classic.html', blade, done: adding, expected: 'api-permissions.add' },
  { snippet: 'api-permissions.delegated.classic.html', blade, done: adding, expected: 'api-permissions.add' },
  { snippet: 'api-permissions.pane-apis.react.html', blade, done: adding, expected: 'api-permissions.graph' },
  { snippet: 'api-permissions.pane-type.react.html', blade, done: adding, expected: 'api-permissions.application' },
  {
    snippet: 'api-permissions.pane-filter.react.html',
    blade,
    done: adding,
    expected: 'api-permissions.filter',
    typeText: 'MailboxSettings.ReadWrite',
  },
  { snippet: 'api-permissions.pane-roles.react.html', blade, done: adding, expected: 'api-permissions.role.Mail.ReadWrite' },
  { snippet: 'api-permissions.pane-roles-done.react.de.html', blade, done: adding, expected: 'api-permissions.submit' },
  // The table shows the roles before the background has marked the step: the page wins.
  { snippet: 'api-permissions.configured.classic.html', blade, done: adding, expected: 'admin-consent.grant' },
  { snippet: 'api-permissions.configured.classic.html', blade, done: doneThrough('api-permissions'), expected: 'admin-consent.grant' },
  { snippet: 'api-permissions.consent-disabled.react.html', blade, done: doneThrough('api-permissions'), expected: 'admin-consent.grant' },
  { snippet: 'api-permissions.confirm.react.html', blade, done: doneThrough('api-permissions'), expected: 'admin-consent.confirm' },
  { snippet: 'api-permissions.granted.react.ja.html', blade, done: adding, expected: undefined },
  { snippet: 'api-permissions.granted.react.ja.html', blade, done: doneThrough('admin-consent'), expected: 'client-secret.open' },
  { snippet: 'api-permissions.granted.react.ja.html', blade, done: doneThrough('register'), expected: 'copy-ids.open' },
  { snippet: 'api-permissions.granted.react.ja.html', blade, done: doneThrough('client-secret'), expected: undefined },
  { snippet: 'api-permissions.configured.classic.html', blade, done: doneThrough('admin-consent'), expected: undefined },
  { snippet: 'api-permissions.confirm.react.html', blade, done: ALL_DONE, expected: undefined },
  // Roles already configured are not asked for again; the pane is left alone.
  { snippet: 'api-permissions.pane-roles.react.html', blade, done: doneThrough('api-permissions'), expected: undefined },
];

describe('locateApiPermissions', () => {
  const rows = cases.flatMap((c) => ROOT_MODES.map((mode) => [caseName(c), mode, c] as const));
  it.each(rows)('%s (%s)', (_name, mode, c) => runLocatorCase(locateApiPermissions, c, mode));
});
