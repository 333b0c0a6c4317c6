// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SignInError } from '../../../utils/auth/signInError';
import { GraphError } from '../../../utils/graph/graphError';
import { createGraphTransport } from '../../../utils/graph/graphTransport';
import { lastSignIns, readSignInEvidence, switchVerdict, unavailable, type CredentialActivityRow } from '../../../utils/graph/signInEvidence';
import type { SecretInfo } from '../../../utils/graph/rotationRecord';
import { createHarness, SEEDED_SECRET_KEY_ID, seedTonicApp, START } from './graphHarness';

const OLD: SecretInfo = { keyId: 'AAAAAAAA-0000-4000-8000-000000000001', hint: 'old', displayName: 'TonicDM Office365 Secret', endDateTime: null };
const NEW: SecretInfo = { keyId: 'bbbbbbbb-0000-4000-8000-000000000002', hint: 'new', displayName: 'TonicDM Office365 Secret Mar 2026', endDateTime: null };
const t = (hours: number) => new Date(START + hours * 3_600_000).toISOString();

describe('lastSignIns', () => {
  it('keeps the latest sign-in per asked-for credential, matching keyIds in any case, ignoring the rest', () => {
    const rows: CredentialActivityRow[] = [
      { keyId: OLD.keyId.toLowerCase(), signInActivity: { lastSignInDateTime: t(1) } },
      { keyId: OLD.keyId, signInActivity: { lastSignInDateTime: t(3) } },
      { keyId: 'cccccccc-0000-4000-8000-000000000003', signInActivity: { lastSignInDateTime: t(5) } },
      { keyId: NEW.keyId, signInActivity: { lastSignInDateTime: 'not a date' } },
      { keyId: null, signInActivity: null },
    ];
    expect(lastSignIns(rows, [OLD.keyId, NEW.keyId])).toEqual({ [OLD.keyId.toLowerCase()]: t(3), [NEW.keyId]: null });
  });
});

describe('switchVerdict', () => {
  it.each<[string, Record<string, string | null>, SecretInfo | null, string, RegExp]>([
    ['the new secret signs in, the old one stopped before', { [OLD.keyId.toLowerCase()]: t(1), [NEW.keyId]: t(2) }, OLD, 'switched', /signs in with the new secret/],
    ['the new one signs in, the old one never did', { [OLD.keyId.toLowerCase()]: null, [NEW.keyId]: t(2) }, OLD, 'switched', /no recorded sign-in/],
    ['no old secret at all', { [NEW.keyId]: t(2) }, null, 'switched', /new secret/],
    ['nothing yet with the new one', { [OLD.keyId.toLowerCase()]: t(3), [NEW.keyId]: null }, OLD, 'not-yet', /No sign-in with the new secret/],
    ['the old one signed in after the new one', { [OLD.keyId.toLowerCase()]: t(4), [NEW.keyId]: t(2) }, OLD, 'both', /something still uses it/],
  ])('%s → %s', (_name, last, old, verdict, sentence) => {
    const result = switchVerdict(last, old, NEW);
    expect(result.verdict).toBe(verdict);
    expect(result.sentence).toMatch(sentence);
  });
});

describe('unavailable', () => {
  it.each<[string, unknown, string]>([
    ['no P1', new GraphError({ status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: "Neither tenant is B2C or tenant doesn't have premium license" }), 'no-premium'],
    ['no role', new GraphError({ status: 403, code: 'Authentication_RequestFromUnsupportedUserRole', message: 'User is not in the allowed roles' }), 'forbidden'],
    ['no scope', new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' }), 'forbidden'],
    ['not offered', new GraphError({ status: 404, code: 'BadRequest', message: "Resource not found for the segment 'reports'." }), 'not-offered'],
    ['consent refused in the window', new SignInError('denied', 'Consent was not given for AuditLog.Read.All.'), 'no-consent'],
    ['token failure through the transport', new GraphError({ status: 401, code: 'TokenUnavailable', message: 'Consent was not given for AuditLog.Read.All.' }), 'no-consent'],
    ['throttled', new GraphError({ status: 429, code: 'TooManyRequests', message: 'slow down' }), 'failed'],
  ])('%s → %s', (_name, error, reason) => {
    const result = unavailable(error);
    expect(result.reason).toBe(reason);
    expect(result.detail.length).toBeGreaterThan(20);
  });
});

describe('readSignInEvidence against the fake tenant', () => {
  it('reads the beta report once, filtered by the app, and reports each secret', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    h.tenant.recordCredentialSignIn(SEEDED_SECRET_KEY_ID, START - 3_600_000);
    const mark = h.tenant.log.length;
    const evidence = await readSignInEvidence(h.transport, application.appId, [SEEDED_SECRET_KEY_ID, NEW.keyId]);
    expect(evidence).toEqual({ available: true, checkedAt: new Date(START).toISOString(), lastSignIn: { [SEEDED_SECRET_KEY_ID]: new Date(START - 3_600_000).toISOString(), [NEW.keyId]: null } });
    const requests = h.tenant.log.slice(mark);
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/beta/reports/appCredentialSignInActivities');
    expect(url.searchParams.get('$filter')).toBe(`appId eq '${application.appId}'`);
  });

  it('without P1 the evidence is unavailable, and says why', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    h.tenant.switches.reports.premium = false;
    expect(await readSignInEvidence(h.transport, application.appId, [SEEDED_SECRET_KEY_ID])).toMatchObject({ available: false, reason: 'no-premium' });
  });

  it('a token without AuditLog or Directory read scopes is refused', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const transport = createGraphTransport({ fetch: h.fetch, getToken: async () => h.tenant.mintAccessToken({ scopes: ['User.Read', 'Application.Read.All'] }), now: h.now });
    expect(await readSignInEvidence(transport, application.appId, [SEEDED_SECRET_KEY_ID])).toMatchObject({ available: false, reason: 'forbidden' });
  });

  it('a beta call is refused inside a v1.0 $batch', async () => {
    const h = createHarness();
    await expect(h.transport.batch([{ method: 'GET', version: 'beta', path: '/reports/appCredentialSignInActivities' }])).rejects.toThrow(/cannot share/);
  });
});
