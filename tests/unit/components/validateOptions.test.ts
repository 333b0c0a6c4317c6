import { describe, expect, it } from 'vitest';
import { checkExtraOrigins, checkGraphAuthority, checkGraphClientId, checkIdleMinutes, MICROSOFT_SIGN_IN_HOSTS, validateOptions } from '../../../components/validateOptions';
import { isGraphAuthority, parseStoredOptions } from '../../../utils/security/storedState';

const VALID = { secretIdleMinutes: '30', extraOrigins: '', graphClientId: '', graphAuthority: 'https://login.microsoftonline.com/organizations' };

describe('idle minutes: whole minutes within the limit, which the message states', () => {
  it.each([
    ['30', undefined],
    ['1', undefined],
    ['240', undefined],
    ['999', 'The limit is 240 minutes (4 hours)'],
    ['241', 'The limit is 240 minutes'],
    ['0', 'at least 1 minute'],
    ['-5', 'at least 1 minute'],
    ['2.5', 'whole minutes, from 1 to 240'],
    ['', 'from 1 to 240'],
  ])('%j', (input, problem) => {
    const error = checkIdleMinutes(input);
    if (problem) expect(error).toContain(problem);
    else expect(error).toBeUndefined();
  });
});

describe('sign-in app client ID: empty or a GUID', () => {
  it.each([
    ['', false],
    ['  3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a ', false],
    ['3F9C2A7E-1B4D-4E6F-8A0C-5D7E9F1B3C2A', false],
    ['not-a-guid', true],
    ['3f9c2a7e1b4d4e6f8a0c5d7e9f1b3c2a', true],
    ['https://login.microsoftonline.com/organizations', true],
  ])('%j refused: %s', (input, refused) => {
    expect(!!checkGraphClientId(input)).toBe(refused);
  });
});

describe("authority: one of Microsoft's sign-in hosts and one path part", () => {
  it.each([
    ['https://login.microsoftonline.com/organizations', undefined],
    ['https://login.microsoftonline.com/c0ffee00-1234-4abc-9def-0123456789ab', undefined],
    ['https://LOGIN.microsoftonline.com/contoso.onmicrosoft.com/', undefined],
    ['https://login.microsoftonline.us/organizations', undefined],
    ['https://login.partner.microsoftonline.cn/organizations', undefined],
    ['', undefined],
    ['https://login.example.com/organizations', 'login.example.com is not a Microsoft sign-in host'],
    ['https://login.microsoftonline.com.evil.test/organizations', 'is not a Microsoft sign-in host'],
    ['https://login.microsoftonline.com:8443/organizations', 'is not a Microsoft sign-in host'],
    ['http://login.microsoftonline.com/organizations', 'Enter an https address'],
    ['login.microsoftonline.com/organizations', 'Enter an https address'],
    ['https://login.microsoftonline.com', 'one part only'],
    ['https://login.microsoftonline.com/a/b', 'one part only'],
    ['https://login.microsoftonline.com/organizations?x=1', 'one part only'],
  ])('%j', (input, problem) => {
    const error = checkGraphAuthority(input);
    if (problem) expect(error).toContain(problem);
    else expect(error).toBeUndefined();
  });

  it.each(MICROSOFT_SIGN_IN_HOSTS)('%s is a host stored options keep', (host) => {
    expect(isGraphAuthority(`https://${host}/organizations`)).toBe(true);
  });
});

describe('extra origins: each bad line named', () => {
  it.each([
    ['https://eu.tonicdm.example', [], ['https://eu.tonicdm.example']],
    ['https://eu.tonicdm.example\nhttps://eu.tonicdm.example/', [], ['https://eu.tonicdm.example']],
    // app.tonicdm.com is always filled: accepted, and needs no entry.
    ['https://app.tonicdm.com', [], []],
    ['http://eu.example.com https://entra.microsoft.com', ['http://eu.example.com is not an https origin', 'https://entra.microsoft.com is a Microsoft'], []],
  ])('%j', (input, problems, origins) => {
    const check = checkExtraOrigins(input);
    for (const problem of problems) expect(check.error).toContain(problem);
    if (problems.length === 0) {
      expect(check.error).toBeUndefined();
      expect(check.origins).toEqual(origins);
    }
  });

  it('more than five is refused with the limit', () => {
    const many = Array.from({ length: 6 }, (_, i) => `https://r${i}.tonicdm.example`).join('\n');
    expect(checkExtraOrigins(many).error).toBe('At most 5 extra origins.');
  });
});

describe('what is saved is what is read back', () => {
  it('valid input is kept as typed (trimmed, the host in lower case)', () => {
    const check = validateOptions({ ...VALID, secretIdleMinutes: ' 45 ', graphClientId: ' 3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a ', graphAuthority: 'https://LOGIN.microsoftonline.com/organizations' });
    expect(check).toEqual({
      ok: true,
      values: { secretIdleMinutes: 45, extraOrigins: [], graphClientId: '3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a', graphAuthority: 'https://login.microsoftonline.com/organizations' },
    });
    if (!check.ok) return;
    const stored = { secretIdleMinutes: check.values.secretIdleMinutes, extraTonicdmOrigins: check.values.extraOrigins, graphClientId: check.values.graphClientId, graphAuthority: check.values.graphAuthority };
    expect(parseStoredOptions(stored)).toMatchObject(stored);
  });

  it('an empty authority saves the default', () => {
    const check = validateOptions({ ...VALID, graphAuthority: '  ' });
    expect(check.ok && check.values.graphAuthority).toBe('https://login.microsoftonline.com/organizations');
  });

  it('every field with a problem is named, and nothing is returned to save', () => {
    const check = validateOptions({ secretIdleMinutes: '999', extraOrigins: 'http://x.example', graphClientId: 'nope', graphAuthority: 'https://evil.test/organizations' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.errors).sort()).toEqual(['extraOrigins', 'graphAuthority', 'graphClientId', 'secretIdleMinutes']);
  });
});
