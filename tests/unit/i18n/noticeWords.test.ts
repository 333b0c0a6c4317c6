/**
 * A stored notice is shown in the browser's language when the panel knows its id and its English
 * sentence, with the values read back out of it; anything else is shown as stored. The notices are
 * made by the code that stores them, so a changed sentence there fails here rather than showing
 * English (or worse, a wrong translation) to a German admin.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { noticeWords } from '../../../components/noticeWords';
import { applyIds, applySecretCaptured, applySecretMasked } from '../../../utils/setup/applyCapture';
import { applyTypedSecret } from '../../../utils/setup/applyTypedValues';
import { applyGraphResult } from '../../../utils/background/handlePanelMessage';
import { WRONG_TURNS } from '../../../utils/guide/wrongTurns';
import { EMPTY_SETUP, type Notice, type SetupState } from '../../../utils/setup/setupState';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const TENANT2 = 'e0e0e0e0-6666-4666-8666-666666666666';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const TODAY = new Date(NOW);

const held: SetupState = { ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: { clientId: APP, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', done: {} } }, notices: [] };
const twoTenants: SetupState = { ...held, apps: { ...held.apps, [OTHER]: { clientId: OTHER, tenantId: TENANT2, done: {} } } };

function only(state: SetupState, id: string): Notice {
  const found = state.notices.filter((n) => n.id === id);
  if (found.length !== 1) throw new Error(`expected one notice ${id}, found ${found.length}`);
  return found[0]!;
}

/** Every notice the background stores, made by the code that stores it. */
const STORED: [string, () => Notice][] = [
  ['ids-mismatch', () => only(applyIds(EMPTY_SETUP, { clientId: APP, tenantId: TENANT }, { appId: OTHER }, NOW), 'ids-mismatch')],
  ['tenant-mismatch', () => only(applyIds(EMPTY_SETUP, { clientId: APP, tenantId: TENANT }, { tenant: TENANT2 }, NOW), 'tenant-mismatch')],
  [
    'tenant-differs (Graph confirmed)',
    () => only(applyIds({ ...held, apps: { [APP]: { ...held.apps[APP]!, tenantConfirmed: 'graph' } } }, { clientId: APP, tenantId: TENANT2 }, {}, NOW), 'tenant-differs'),
  ],
  ['tenant-differs (signed-in tenant)', () => only(applyGraphResult(held, { appId: APP, tenantId: TENANT2, verifiedSteps: [] }, NOW), 'tenant-differs')],
  ['different-app (another tenant)', () => only(applyIds(held, { clientId: OTHER, tenantId: TENANT2, displayName: 'TonicDM Fabrikam' }, {}, NOW), 'different-app')],
  ['different-app (same tenant)', () => only(applyIds(held, { clientId: OTHER, tenantId: TENANT, displayName: 'TonicDM test' }, {}, NOW), 'different-app')],
  ['not-single-tenant', () => only(applyIds(EMPTY_SETUP, { clientId: APP, tenantId: TENANT, displayName: 'TonicDM', singleTenant: false }, {}, NOW), 'not-single-tenant')],
  ['unexpected-name', () => only(applyIds(EMPTY_SETUP, { clientId: APP, tenantId: TENANT, displayName: 'Mail: "filing" app' }, {}, NOW), 'unexpected-name')],
  ['secret-other-app (another tenant)', () => only(applySecretCaptured(twoTenants, OTHER, undefined, undefined, TODAY, NOW), 'secret-other-app')],
  ['secret-other-app (same tenant)', () => only(applySecretCaptured({ ...held, apps: { ...held.apps, [OTHER]: { clientId: OTHER, done: {} } } }, OTHER, undefined, undefined, TODAY, NOW), 'secret-other-app')],
  ['expiry-unreadable', () => only(applySecretCaptured(held, APP, undefined, 'soon-ish', TODAY, NOW), 'expiry-unreadable')],
  ['expiry-not-24-months', () => only(applySecretCaptured(held, APP, { iso: '2027-05-28', ambiguous: false }, '5/28/2027', TODAY, NOW), 'expiry-not-24-months')],
  ['secret-masked', () => only(applySecretMasked(held, APP, NOW), 'secret-masked')],
  ['secret-format (entered)', () => only(applyTypedSecret(held, APP, true, NOW), 'secret-format')],
  // Stored by the background's capture handler (utils/background/handlePortalMessage.ts), word for word.
  [
    'secret-format (accepted)',
    () => ({
      id: 'secret-format',
      severity: 'warning',
      message: 'The secret you accepted does not look like a current Entra client secret Value.',
      fix: 'Check that it is the Value column, not the Secret ID, before using it.',
      at: NOW,
    }),
  ],
  // The guide's wrong turns, stored as page:<id> (utils/background/handlePortalMessage.ts).
  ...Object.entries(WRONG_TURNS).map(([variant, turn]): [string, () => Notice] => [
    `page:${variant}`,
    () => ({ id: `page:${turn.id}`, severity: turn.severity, message: turn.message, fix: turn.fix, at: NOW }),
  ]),
];

/** The day the expiry notice names, in the format the panel shows days in (English in these tests). */
const shownDay = (text: string) => text.replace('2027-05-28', 'May 28, 2027');

describe('noticeWords', () => {
  it.each(STORED)('%s: recognised, and in English the words are the stored ones', (_name, make) => {
    const notice = make();
    const words = noticeWords(notice);
    expect(words.translated).toBe(true);
    expect(words.message).toBe(shownDay(notice.message));
    expect(words.fix).toBe(notice.fix);
  });

  it.each<[string, Notice]>([
    ['an unknown id', { id: 'something-new', severity: 'info', message: 'A newer notice.', fix: 'Its fix.', at: NOW }],
    ['a known id with other words', { id: 'secret-masked', severity: 'warning', message: 'The Value is hidden.', fix: 'Create a new client secret; the assistant captures its Value as it appears.', at: NOW }],
    ['a known sentence with another fix', { id: 'secret-masked', severity: 'warning', message: 'The secret Value is no longer visible: the portal shows it only once, right after Add.', fix: 'Something else.', at: NOW }],
    ['a wrong turn under an id that is not its own', { id: 'page:redirect-uri-entered', severity: 'info', message: WRONG_TURNS['default-user-read'].message, fix: WRONG_TURNS['default-user-read'].fix, at: NOW }],
    ['a wrong turn without the page: prefix', { id: 'default-user-read', severity: 'info', message: WRONG_TURNS['default-user-read'].message, fix: WRONG_TURNS['default-user-read'].fix, at: NOW }],
    ['an id inherited from Object', { id: 'constructor', severity: 'info', message: 'x', at: NOW }],
  ])('%s: shown as stored', (_name, notice) => {
    expect(noticeWords(notice)).toEqual({ message: notice.message, fix: notice.fix, translated: false });
  });

  it('in a German browser the words are German, with the values from the stored English', () => {
    const german = generateChromeMessages(parseMessagesText(readFileSync(resolve(__dirname, '../../../locales/de.yml'), 'utf8'), 'YAML'));
    Object.assign(fakeBrowser.i18n, {
      getMessage: (name: string, subs?: string | string[]) =>
        (german[name]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => [subs ?? []].flat()[Number(n) - 1] ?? ''),
      getUILanguage: () => 'de',
    });
    const notice = only(applyIds(held, { clientId: OTHER, tenantId: TENANT2, displayName: 'TonicDM Fabrikam' }, {}, NOW), 'different-app');
    const words = noticeWords(notice);
    expect(words.translated).toBe(true);
    expect(words.message).not.toBe(notice.message);
    for (const value of ['TonicDM Fabrikam', TENANT2, 'TonicDM Office 365 Token', TENANT]) expect(words.message).toContain(value);
    expect(noticeWords(only(applySecretCaptured(held, APP, { iso: '2027-05-28', ambiguous: false }, '5/28/2027', TODAY, NOW), 'expiry-not-24-months')).message).toContain('28. Mai 2027');
  });
});
