import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseStoredFlag, parseStoredOptions, parseStoredSetup, type ValidationReport } from '../../../utils/security/storedState';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';

const A = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const B = '2c5d1e4f-9b3e-4a7c-8d2f-3e4a5b6c7d8e';
const T = 'c0ffee00-1234-4abc-9def-0123456789ab';

const good: SetupState = {
  version: 1,
  activeAppId: A,
  apps: {
    [A]: {
      clientId: A,
      tenantId: T,
      displayName: 'TonicDM Office 365 Token',
      expiry: { iso: '2028-11-27', text: '11/27/2028', ambiguous: false },
      done: { register: { at: 1, source: 'page' }, 'copy-ids': { at: 2, source: 'graph' } },
    },
  },
  pendingDone: { 'scope-mailboxes': { at: 3, source: 'user' } },
  notices: [{ id: 'unexpected-name', severity: 'info', message: 'hello', appId: A, at: 4 }],
  offers: [{ id: `tenantId:${A}`, appId: A, field: 'tenantId', value: B, blade: 'Overview', at: 5 }],
};

describe('parseStoredSetup', () => {
  it('keeps a well-formed state as it is', () => {
    const report: ValidationReport = { dropped: [] };
    expect(parseStoredSetup(structuredClone(good), report)).toEqual(good);
    expect(report.dropped).toEqual([]);
  });

  it('keeps fields it does not know (added elsewhere) untouched', () => {
    const withExtra = { ...structuredClone(good), apps: { [A]: { ...good.apps[A]!, ownerChecked: true } } };
    expect(parseStoredSetup(withExtra).apps[A]).toMatchObject({ ownerChecked: true });
  });

  it.each<[string, (s: Record<string, any>) => void, (s: SetupState) => void]>([
    ['a tenant ID that is not a GUID drops that app', (s) => (s.apps[A].tenantId = 'evil'), (s) => expect(s.apps).toEqual({})],
    ['an app filed under another client ID', (s) => (s.apps[A].clientId = B), (s) => expect(s.apps).toEqual({})],
    ['an upper-case or padded GUID is not the stored form', (s) => (s.apps[A].tenantId = ` ${T.toUpperCase()}`), (s) => expect(s.apps).toEqual({})],
    ['an active app that does not exist', (s) => (s.activeAppId = B), (s) => expect(s.activeAppId).toBeUndefined()],
    ['a done mark for an unknown step', (s) => (s.apps[A].done.hack = { at: 1, source: 'page' }), (s) => expect(Object.keys(s.apps[A]!.done)).toEqual(['register', 'copy-ids'])],
    ['an expiry that is not a date', (s) => (s.apps[A].expiry = { iso: 'soon' }), (s) => expect(s.apps).toEqual({})],
    ['a notice with a 10 kB message', (s) => (s.notices[0].message = 'x'.repeat(10_000)), (s) => expect(s.notices).toEqual([])],
    ['a notice of an unknown severity', (s) => (s.notices[0].severity = 'critical'), (s) => expect(s.notices).toEqual([])],
    ['an offer for an app that is not held', (s) => (s.offers[0].appId = B), (s) => expect(s.offers).toBeUndefined()],
    ['an offer of a tenant that is not a GUID', (s) => (s.offers[0].value = 'evil'), (s) => expect(s.offers).toBeUndefined()],
    ['notices that are not a list', (s) => (s.notices = 'x'), (s) => expect(s.notices).toEqual([])],
  ])('drops %s, keeps the rest', (_name, damage, check) => {
    const raw = structuredClone(good) as Record<string, any>;
    damage(raw);
    const report: ValidationReport = { dropped: [] };
    const parsed = parseStoredSetup(raw, report);
    check(parsed);
    expect(report.dropped.length).toBeGreaterThan(0);
    expect(parsed.version).toBe(1);
  });

  it.each([[null], [undefined], ['a string'], [[1, 2]], [42]])('turns %s into an empty setup', (raw) => {
    expect(parseStoredSetup(raw)).toEqual(EMPTY_SETUP);
  });
});

describe('parseStoredOptions', () => {
  it('keeps valid options', () => {
    const options = { secretIdleMinutes: 10, extraTonicdmOrigins: ['https://eu.tonicdm.com'], graphClientId: A, graphAuthority: `https://login.microsoftonline.com/${T}` };
    expect(parseStoredOptions(options)).toEqual(options);
  });

  it.each<[string, Record<string, unknown>, Partial<typeof DEFAULT_OPTIONS>]>([
    ['an idle time of days', { secretIdleMinutes: 99_999 }, { secretIdleMinutes: 30 }],
    ['an idle time that is not a number', { secretIdleMinutes: '5' }, { secretIdleMinutes: 30 }],
    ['a portal host as a fill target', { extraTonicdmOrigins: ['https://entra.microsoft.com', 'https://x.hosting.portal.azure.net'] }, { extraTonicdmOrigins: [] }],
    ['an http or path origin', { extraTonicdmOrigins: ['http://eu.tonicdm.com', 'https://eu.tonicdm.com/evil', 'https://*.tonicdm.com'] }, { extraTonicdmOrigins: [] }],
    ['origins that are not a list', { extraTonicdmOrigins: 'https://eu.tonicdm.com' }, { extraTonicdmOrigins: [] }],
    ['a sign-in app that is not a GUID', { graphClientId: 'evil' }, { graphClientId: '' }],
    ['an authority elsewhere', { graphAuthority: 'https://login.evil.test/organizations' }, { graphAuthority: DEFAULT_OPTIONS.graphAuthority }],
  ])('falls back to the default for %s', (_name, raw, expected) => {
    expect(parseStoredOptions(raw)).toMatchObject(expected);
  });
});

describe('parseStoredFlag', () => {
  it.each([[true, true], [false, false], ['true', false], [1, false], [undefined, false]])('%s → %s', (raw, flag) => {
    expect(parseStoredFlag(raw)).toBe(flag);
  });
});
