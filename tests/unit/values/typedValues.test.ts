import { describe, expect, it } from 'vitest';
import { checkTypedClientId, checkTypedTenant, readTenantDomain, type HeldIds } from '../../../utils/values/checkTypedIds';
import { checkTypedSecret } from '../../../utils/values/checkTypedSecret';
import { checkTypedExpiry, localIsoDate, readIsoDate } from '../../../utils/values/checkTypedExpiry';
import { acceptedValue } from '../../../utils/values/entryVerdict';
import { readTypedGuid } from '../../../utils/values/typedGuid';

const CLIENT = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const OBJECT = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const SP = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const SECRET_ID = '5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
const HELD: HeldIds = { clientId: CLIENT, tenantId: TENANT, objectId: OBJECT, servicePrincipalId: SP };
const CURRENT = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const PREVIOUS = 'abc7Q~0123456789abcdefghijklmnopqrstu';
const LEGACY = `Zx=${'k4'.repeat(13)}/+q`; // 32 characters, symbols from the wider legacy set

describe('readTypedGuid: GUIDs as admins paste them', () => {
  it.each<[string, ReturnType<typeof readTypedGuid>]>([
    ['', { kind: 'empty' }],
    ['   \n', { kind: 'empty' }],
    [CLIENT, { kind: 'guid', value: CLIENT }],
    [` ${CLIENT.toUpperCase()}\n`, { kind: 'guid', value: CLIENT }],
    [`{${CLIENT}}`, { kind: 'guid', value: CLIENT }],
    [`"${CLIENT}"`, { kind: 'guid', value: CLIENT }],
    [`'${CLIENT}'`, { kind: 'guid', value: CLIENT }],
    [`\u200b${CLIENT}\ufeff`, { kind: 'guid', value: CLIENT }],
    // Mismatched wrappers, missing digits, extra text: not a GUID.
    [`{${CLIENT}"`, { kind: 'other', text: `{${CLIENT}"` }],
    [CLIENT.slice(0, -1), { kind: 'other', text: CLIENT.slice(0, -1) }],
    [`Application (client) ID ${CLIENT}`, { kind: 'other', text: `Application (client) ID ${CLIENT}` }],
    [CLIENT.replace(/-/g, ''), { kind: 'other', text: CLIENT.replace(/-/g, '') }],
  ])('%j → %j', (raw, expected) => {
    expect(readTypedGuid(raw)).toEqual(expected);
  });
});

describe('checkTypedClientId', () => {
  it.each<[string, string, HeldIds, ReturnType<typeof checkTypedClientId>]>([
    ['empty', ' ', HELD, { status: 'empty' }],
    ['a GUID', `{${CLIENT.toUpperCase()}}`, {}, { status: 'ok', value: CLIENT }],
    ['the held client ID again', CLIENT, HELD, { status: 'ok', value: CLIENT }],
    ['not a GUID', 'TonicDM Office 365 Token', {}, { status: 'error', issue: 'not-guid' }],
    ['the tenant ID in the wrong box', TENANT, HELD, { status: 'error', issue: 'is-tenant-id' }],
    ["the app registration's Object ID", OBJECT, HELD, { status: 'error', issue: 'is-object-id' }],
    ["the enterprise app's Object ID", SP, HELD, { status: 'error', issue: 'is-service-principal-id' }],
    ["Microsoft Graph's app ID (from the permissions list)", '00000003-0000-0000-c000-000000000000', {}, { status: 'error', issue: 'is-graph-app' }],
  ])('%s', (_, raw, held, expected) => {
    expect(checkTypedClientId(raw, held)).toEqual(expected);
  });
});

describe('checkTypedTenant', () => {
  it.each<[string, string, HeldIds, ReturnType<typeof checkTypedTenant>]>([
    ['empty', '', HELD, { status: 'empty' }],
    ['a GUID', TENANT.toUpperCase(), {}, { status: 'ok', value: { tenantId: TENANT } }],
    ['a custom domain', ' Contoso.com ', {}, { status: 'ok', value: { domain: 'contoso.com' } }],
    ['the initial domain', 'contoso.onmicrosoft.com', {}, { status: 'ok', value: { domain: 'contoso.onmicrosoft.com' } }],
    ["an admin's address: its domain", 'admin@contoso.onmicrosoft.com', {}, { status: 'ok', value: { domain: 'contoso.onmicrosoft.com' } }],
    ['an internationalised domain, as punycode', 'bücher.example', {}, { status: 'ok', value: { domain: 'xn--bcher-kva.example' } }],
    ['the client ID in the wrong box', CLIENT, HELD, { status: 'error', issue: 'is-client-id' }],
    ['an Object ID', OBJECT, HELD, { status: 'error', issue: 'is-object-id' }],
    ['"common" is not a tenant', 'common', {}, { status: 'error', issue: 'multi-tenant-alias' }],
    ['"organizations" is not a tenant', 'Organizations', {}, { status: 'error', issue: 'multi-tenant-alias' }],
    ['"consumers"', 'consumers', {}, { status: 'error', issue: 'consumers' }],
    ['the personal-accounts tenant GUID', '9188040d-6c67-4c5b-b112-36a304b66dad', {}, { status: 'error', issue: 'consumers' }],
    ['a single word', 'contoso', {}, { status: 'error', issue: 'not-guid-or-domain' }],
    ['a URL', 'https://contoso.com/', {}, { status: 'error', issue: 'not-guid-or-domain' }],
    ['an IP address', '10.0.0.1', {}, { status: 'error', issue: 'not-guid-or-domain' }],
    ['a path trick', 'contoso.com/../x', {}, { status: 'error', issue: 'not-guid-or-domain' }],
    ['a label starting with a hyphen', '-contoso.com', {}, { status: 'error', issue: 'not-guid-or-domain' }],
    ['a near-GUID', TENANT.slice(1), {}, { status: 'error', issue: 'not-guid-or-domain' }],
  ])('%s', (_, raw, held, expected) => {
    expect(checkTypedTenant(raw, held)).toEqual(expected);
  });

  it('never lets a domain carry characters into an address', () => {
    for (const raw of ['a.com?x=1', 'a.com#x', 'a b.com', 'a.com\\x', 'a.com:443', 'x@y@z.com']) expect(readTenantDomain(raw)).toBeUndefined();
  });
});

describe('checkTypedSecret', () => {
  it.each<[string, string, ReturnType<typeof checkTypedSecret>]>([
    ['empty', '  ', { status: 'empty' }],
    ['a current Value', CURRENT, { status: 'ok', value: CURRENT }],
    ['a current Value with a line break from the clipboard', `${CURRENT}\n`, { status: 'ok', value: CURRENT }],
    ['a previous-format Value', PREVIOUS, { status: 'ok', value: PREVIOUS }],
    ['the Secret ID', SECRET_ID, { status: 'error', issue: 'secret-id' }],
    ['the Secret ID in braces', `{${SECRET_ID.toUpperCase()}}`, { status: 'error', issue: 'secret-id' }],
    ['the client ID', CLIENT, { status: 'error', issue: 'is-client-id' }],
    ['the tenant ID', TENANT, { status: 'error', issue: 'is-tenant-id' }],
    ['a masked Value', 'Qk_************', { status: 'error', issue: 'masked' }],
    ['a masked Value with dots', 'Qk_•••••••••••', { status: 'error', issue: 'masked' }],
    ['a space inside', 'Qk_8Q~f3.hT5uV-wX7y Z9aB1cD3eF5gH7iJ9kL1m', { status: 'error', issue: 'has-spaces' }],
    ['too short', 'Qk_8Q~f3', { status: 'error', issue: 'length' }],
    ['too long', 'x'.repeat(65), { status: 'error', issue: 'length' }],
    ['a non-ASCII character', 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kLé', { status: 'error', issue: 'characters' }],
    ['a legacy 32-character Value', LEGACY, { status: 'warn', value: LEGACY, issue: 'legacy-format' }],
    ['a permission name (not a Value)', 'MailboxSettings.ReadWrite', { status: 'warn', value: 'MailboxSettings.ReadWrite', issue: 'unrecognised-format' }],
  ])('%s', (_, raw, expected) => {
    expect(checkTypedSecret(raw, HELD)).toEqual(expected);
  });

  it('accepts a warned value only with the explicit override', () => {
    const verdict = checkTypedSecret('MailboxSettings.ReadWrite');
    expect(acceptedValue(verdict, false)).toBeUndefined();
    expect(acceptedValue(verdict, true)).toBe('MailboxSettings.ReadWrite');
    expect(acceptedValue(checkTypedSecret(SECRET_ID), true)).toBeUndefined();
    expect(acceptedValue(checkTypedSecret(CURRENT), false)).toBe(CURRENT);
  });
});

describe('checkTypedExpiry', () => {
  const TODAY = '2026-11-28';
  it.each<[string, string, ReturnType<typeof checkTypedExpiry>]>([
    ['empty', '', { status: 'empty' }],
    ['24 months ahead', '2028-11-27', { status: 'ok', value: '2028-11-27' }],
    ['6 months ahead', '2027-05-28', { status: 'ok', value: '2027-05-28' }],
    ['tomorrow', '2026-11-29', { status: 'ok', value: '2026-11-29' }],
    ['today: it stops working tonight', TODAY, { status: 'warn', value: TODAY, issue: 'today' }],
    ['yesterday: expired', '2026-11-27', { status: 'error', issue: 'past' }],
    ['beyond 24 months', '2029-11-28', { status: 'warn', value: '2029-11-28', issue: 'beyond-24-months' }],
    ['not a real day', '2027-02-30', { status: 'error', issue: 'not-a-date' }],
    ['a regional format (the picker never gives one)', '28/11/2028', { status: 'error', issue: 'not-a-date' }],
  ])('%s', (_, raw, expected) => {
    expect(checkTypedExpiry(raw, TODAY)).toEqual(expected);
  });

  it('reads only real yyyy-mm-dd dates, and today in the admin\'s time zone', () => {
    expect(readIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(readIsoDate('2027-02-29')).toBeUndefined();
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
