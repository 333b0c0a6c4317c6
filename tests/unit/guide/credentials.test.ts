import { describe, it } from 'vitest';
import { SECRET_DESCRIPTION } from '../../../utils/steps';
import { locateCredentials } from '../../../utils/guide/locators/credentials';
import { ROOT_MODES, doneBefore, doneThrough } from './snippets';
import { caseName, runLocatorCase, type LocatorCase } from './locatorCases';

const blade = 'app-credentials' as const;
const secret = doneBefore('client-secret');

const cases: LocatorCase[] = [
  { snippet: 'credentials.certificates-tab.react.html', blade, done: secret, expected: 'client-secret.tab' },
  { snippet: 'credentials.secrets-tab.classic.html', blade, done: secret, expected: 'client-secret.new' },
  {
    snippet: 'credentials.pane-empty.react.html',
    blade,
    done: secret,
    expected: 'client-secret.description',
    typeText: SECRET_DESCRIPTION,
  },
  { snippet: 'credentials.pane-expiry.react.html', blade, done: secret, expected: 'client-secret.expires' },
  { snippet: 'credentials.pane-expiry-open.react.html', blade, done: secret, expected: 'client-secret.expires' },
  { snippet: 'credentials.pane-ready.classic.de.html', blade, done: secret, expected: 'client-secret.add' },
  { snippet: 'credentials.value.react.html', blade, done: secret, expected: 'client-secret.value' },
  // The Value shows once: it is pointed at even when an earlier step is still open.
  { snippet: 'credentials.value.react.html', blade, done: doneBefore('api-permissions'), expected: 'client-secret.value' },
  { snippet: 'credentials.value.react.html', blade, done: doneThrough('client-secret'), expected: undefined },
  { snippet: 'credentials.secrets-tab.classic.html', blade, done: doneThrough('client-secret'), expected: undefined },
  // An earlier step is open and nothing was begun here: back to its blade through the menu.
  { snippet: 'credentials.secrets-tab.classic.html', blade, done: doneThrough('register'), expected: 'copy-ids.open' },
  { snippet: 'credentials.secrets-tab.classic.html', blade, done: doneBefore('api-permissions'), expected: 'api-permissions.open' },
  { snippet: 'credentials.secrets-tab.classic.html', blade, done: doneBefore('admin-consent'), expected: 'admin-consent.open' },
  // Menu-less fragment (a frame holding only the blade's content): nothing to show.
  { snippet: 'credentials.certificates-tab.react.html', blade, done: doneBefore('api-permissions'), expected: undefined },
];

describe('locateCredentials', () => {
  const rows = cases.flatMap((c) => ROOT_MODES.map((mode) => [caseName(c), mode, c] as const));
  it.each(rows)('%s (%s)', (_name, mode, c) => runLocatorCase(locateCredentials, c, mode));
});
