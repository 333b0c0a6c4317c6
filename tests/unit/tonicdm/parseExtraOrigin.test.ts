import { describe, expect, it } from 'vitest';
import { checkExtraOrigin, MAX_EXTRA_ORIGINS, validExtraOrigins } from '../../../utils/tonicdm/parseExtraOrigin';
import { isForbiddenTonicdmHost } from '../../../utils/tonicdm/forbiddenHosts';

describe('an extra TonicDM origin', () => {
  it.each([
    ['https://eu.tonicdm.example', { ok: true, origin: 'https://eu.tonicdm.example' }],
    ['  https://EU.TonicDM.example/  ', { ok: true, origin: 'https://eu.tonicdm.example' }],
    ['https://staging.tonicdm.com', { ok: true, origin: 'https://staging.tonicdm.com' }],
    ['https://app.tonicdm.com', { ok: false, problem: 'main' }],
    ['https://app.tonicdm.com/', { ok: false, problem: 'main' }],
    ['http://eu.tonicdm.example', { ok: false, problem: 'format' }],
    ['https://eu.tonicdm.example/organization-settings', { ok: false, problem: 'format' }],
    ['https://eu.tonicdm.example:8443', { ok: false, problem: 'format' }],
    ['https://user@eu.tonicdm.example', { ok: false, problem: 'format' }],
    ['https://*.tonicdm.example', { ok: false, problem: 'format' }],
    ['https://eu.tonicdm.example?x=1', { ok: false, problem: 'format' }],
    ['https://eu.tonicdm.example\\@evil.test', { ok: false, problem: 'format' }],
    ['https://tonicdm', { ok: false, problem: 'format' }],
    ['eu.tonicdm.example', { ok: false, problem: 'format' }],
    ['', { ok: false, problem: 'format' }],
    // Portal shells and frame hosts: the manifest already grants them, so no prompt would warn.
    ['https://entra.microsoft.com', { ok: false, problem: 'forbidden' }],
    ['https://portal.azure.com', { ok: false, problem: 'forbidden' }],
    ['https://ms.portal.azure.com', { ok: false, problem: 'forbidden' }],
    ['https://tonicdm.portal.azure.com', { ok: false, problem: 'forbidden' }],
    ['https://sandbox-1.reactblade.portal.azure.net', { ok: false, problem: 'forbidden' }],
    ['https://tonicdm.hosting.portal.azure.net', { ok: false, problem: 'forbidden' }],
    ['https://afd-v2.hosting.portal.azure.net', { ok: false, problem: 'forbidden' }],
    // Microsoft sign-in, Graph and Office.
    ['https://login.microsoftonline.com', { ok: false, problem: 'forbidden' }],
    ['https://graph.microsoft.com', { ok: false, problem: 'forbidden' }],
    ['https://login.live.com', { ok: false, problem: 'forbidden' }],
    ['https://contoso.sharepoint.com', { ok: false, problem: 'forbidden' }],
    ['https://outlook.office.com', { ok: false, problem: 'forbidden' }],
    ['https://myapps.microsoft.com', { ok: false, problem: 'forbidden' }],
    // Shared hosting anyone can publish under.
    ['https://tonicdm-eu.azurewebsites.net', { ok: false, problem: 'forbidden' }],
    ['https://tonicdm.github.io', { ok: false, problem: 'forbidden' }],
    ['https://tonicdm-eu.pages.dev', { ok: false, problem: 'forbidden' }],
    ['https://abc123.ngrok-free.app', { ok: false, problem: 'forbidden' }],
    // Address literals and local names.
    ['https://203.0.113.7', { ok: false, problem: 'forbidden' }],
    ['https://[2001:db8::1]', { ok: false, problem: 'forbidden' }],
    ['https://tonicdm.localhost', { ok: false, problem: 'forbidden' }],
  ] as const)('%j → %j', (input, expected) => {
    expect(checkExtraOrigin(input)).toEqual(expected);
  });

  it.each([
    ['entra.microsoft.com', true],
    ['ENTRA.MICROSOFT.COM', true],
    ['entra.microsoft.com.', true],
    ['notmicrosoft.com', false],
    ['microsoft.com.tonicdm.example', false],
    ['eu.tonicdm.com', false],
    ['portal.azure.net.example', false],
  ])('forbidden host %s: %s', (host, forbidden) => {
    expect(isForbiddenTonicdmHost(host)).toBe(forbidden);
  });
});

describe('extra origins read from storage (untrusted)', () => {
  it.each([
    ['not a list', 'https://eu.tonicdm.example', []],
    ['null', null, []],
    ['an object', { 0: 'https://eu.tonicdm.example' }, []],
    ['non-strings and bad entries', [42, null, {}, 'https://eu.tonicdm.example', 'javascript:alert(1)'], ['https://eu.tonicdm.example']],
    ['portal hosts planted by a page', ['https://entra.microsoft.com', 'https://x.hosting.portal.azure.net', 'https://eu.tonicdm.example'], ['https://eu.tonicdm.example']],
    ['duplicates in other spellings', ['https://eu.tonicdm.example', 'https://EU.tonicdm.example/'], ['https://eu.tonicdm.example']],
    ['app.tonicdm.com itself', ['https://app.tonicdm.com'], []],
    ['an overlong entry', [`https://${'a'.repeat(300)}.example`], []],
  ])('%s', (_name, stored, expected) => {
    expect(validExtraOrigins(stored)).toEqual(expected);
  });

  it(`keeps at most ${MAX_EXTRA_ORIGINS}`, () => {
    const many = Array.from({ length: 20 }, (_, i) => `https://eu${i}.tonicdm.example`);
    expect(validExtraOrigins(many)).toEqual(many.slice(0, MAX_EXTRA_ORIGINS));
  });
});
