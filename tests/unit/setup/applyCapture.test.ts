import { describe, expect, it } from 'vitest';
import { applyExpiryPick, applyIds, applyObservedDone, applySecretCaptured, applySecretMasked, applyStepMark, applySwitchApp } from '../../../utils/setup/applyCapture';
import { acceptOffer, dropOffer } from '../../../utils/setup/heldValues';
import { doneSteps, EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';

const A = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const B = '2c5d1e4f-9b3e-4a7c-8d2f-3e4a5b6c7d8e';
const T = 'c0ffee00-1234-4abc-9def-0123456789ab';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const today = new Date(NOW);
const noticeIds = (s: SetupState) => s.notices.map((n) => n.id).sort();

describe('applyIds', () => {
  it.each([
    { name: 'single tenant from the URL', url: { appId: A, audience: 'AzureADMyOrg' }, single: undefined, register: true, notices: [] },
    { name: 'single tenant from Essentials', url: { appId: A }, single: true, register: true, notices: [] },
    { name: 'audience unknown: the app exists', url: {}, single: undefined, register: true, notices: [] },
    { name: 'multi-tenant from the URL', url: { appId: A, audience: 'AzureADMultipleOrgs' }, single: true, register: false, notices: ['not-single-tenant'] },
  ])('$name', ({ url, single, register, notices }) => {
    const next = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T, displayName: 'TonicDM Office 365 Token', singleTenant: single }, url, NOW);
    expect(next.activeAppId).toBe(A);
    expect(next.apps[A]).toMatchObject({ clientId: A, tenantId: T });
    expect(doneSteps(next).has('copy-ids')).toBe(true);
    expect(doneSteps(next).has('register')).toBe(register);
    expect(noticeIds(next)).toEqual(notices);
  });

  it('refuses IDs that disagree with the app in the address', () => {
    const next = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T }, { appId: B }, NOW);
    expect(next.apps).toEqual({});
    expect(noticeIds(next)).toEqual(['ids-mismatch']);
  });

  it('keeps another app apart and offers to switch', () => {
    const first = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T, displayName: 'TonicDM Office 365 Token' }, { appId: A }, NOW);
    const second = applyIds(first, { clientId: B, tenantId: T, displayName: 'Other app' }, { appId: B }, NOW);
    expect(second.activeAppId).toBe(A);
    expect(second.notices.find((n) => n.id === 'different-app')).toMatchObject({ switchTo: B });
    const switched = applySwitchApp(second, B);
    expect(switched.activeAppId).toBe(B);
    expect(noticeIds(switched)).not.toContain('different-app');
    // Per-app progress: A keeps its steps.
    expect(Object.keys(switched.apps[A]!.done)).toContain('copy-ids');
  });

  it('notes a name that is not the guide\'s', () => {
    const next = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T, displayName: 'My mail app' }, {}, NOW);
    expect(noticeIds(next)).toEqual(['unexpected-name']);
  });
});

describe('held tenant ID', () => {
  const EVIL = 'e0e0e0e0-6666-4666-8666-666666666666';
  const held = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T, displayName: 'TonicDM Office 365 Token' }, { appId: A }, NOW);

  it('a different tenant ID for the held app is offered, the held one stays', () => {
    const next = applyIds(held, { clientId: A, tenantId: EVIL, displayName: 'TonicDM Office 365 Token' }, { appId: A, bladeTitle: 'Overview' }, NOW);
    expect(next.apps[A]!.tenantId).toBe(T);
    expect(next.offers).toEqual([{ id: `tenantId:${A}`, appId: A, field: 'tenantId', value: EVIL, blade: 'Overview', at: NOW }]);
    expect(acceptOffer(next, `tenantId:${A}`).apps[A]!.tenantId).toBe(EVIL);
    expect(dropOffer(next, `tenantId:${A}`).apps[A]!.tenantId).toBe(T);
    expect(dropOffer(next, `tenantId:${A}`).offers).toBeUndefined();
  });

  it('the same tenant ID again asks nothing', () => {
    expect(applyIds(held, { clientId: A, tenantId: T }, { appId: A }, NOW).offers).toBeUndefined();
  });

  it('a tenant ID Graph confirmed is never offered for replacement', () => {
    const confirmed = { ...held, apps: { ...held.apps, [A]: { ...held.apps[A]!, tenantConfirmed: 'graph' as const } } };
    const next = applyIds(confirmed, { clientId: A, tenantId: EVIL }, { appId: A }, NOW);
    expect(next.apps[A]!.tenantId).toBe(T);
    expect(next.offers).toBeUndefined();
    expect(noticeIds(next)).toContain('tenant-differs');
  });

  it.each([
    ['a GUID tenant in the address that differs', EVIL, false],
    ['the same GUID in the address', T, true],
    ['a domain in the address (cannot be compared offline)', 'contoso.onmicrosoft.com', true],
  ])('%s', (_name, tenant, captured) => {
    const next = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T }, { appId: A, tenant }, NOW);
    expect(!!next.apps[A]).toBe(captured);
    expect(noticeIds(next).includes('tenant-mismatch')).toBe(!captured);
  });
});

describe('applySecretCaptured', () => {
  const base = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T, displayName: 'TonicDM Office 365 Token' }, { appId: A }, NOW);
  it.each([
    { name: '24 months', iso: '2028-11-27', notices: [] },
    { name: '6 months', iso: '2027-05-27', notices: ['expiry-not-24-months'] },
    { name: '12 months', iso: '2027-11-28', notices: ['expiry-not-24-months'] },
  ])('expiry $name', ({ iso, notices }) => {
    const next = applySecretCaptured(base, A, { iso, ambiguous: false }, 'x', today, NOW);
    expect(next.apps[A]!.expiry?.iso).toBe(iso);
    expect(doneSteps(next).has('client-secret')).toBe(true);
    expect(noticeIds(next)).toEqual(notices);
  });

  it('warns when the secret belongs to another app', () => {
    const next = applySecretCaptured(base, B, { iso: '2028-11-27', ambiguous: false }, 'x', today, NOW);
    expect(noticeIds(next)).toEqual(['secret-other-app']);
    expect(next.apps[A]!.expiry).toBeUndefined();
  });

  it('an expiry that reads two ways is left for the admin to pick, and nothing is guessed', () => {
    const withOld = applySecretCaptured(base, A, { iso: '2028-01-01', ambiguous: false }, 'old', today, NOW);
    const next = applySecretCaptured(withOld, A, { ambiguous: true, candidates: ['2027-05-07', '2027-07-05'] }, '5/7/2027', today, NOW);
    expect(next.apps[A]!.expiry).toBeUndefined();
    expect(next.apps[A]!.expiryChoice).toEqual({ text: '5/7/2027', candidates: ['2027-05-07', '2027-07-05'] });
    expect(applyExpiryPick(next, A, '2029-01-01', today, NOW)).toBe(next);
    const picked = applyExpiryPick(next, A, '2027-05-07', today, NOW);
    expect(picked.apps[A]!.expiry).toEqual({ iso: '2027-05-07', text: '5/7/2027', ambiguous: false });
    expect(picked.apps[A]!.expiryChoice).toBeUndefined();
    expect(noticeIds(picked)).toContain('expiry-not-24-months');
  });

  it('says so when the expiry cannot be read', () => {
    expect(noticeIds(applySecretCaptured(base, A, undefined, 'soon', today, NOW))).toEqual(['expiry-unreadable']);
  });

  it('a masked value asks for a new secret and a later capture clears it', () => {
    const masked = applySecretMasked(base, A, NOW);
    expect(masked.apps[A]!.secretMaskedOnPage).toBe(true);
    expect(noticeIds(masked)).toEqual(['secret-masked']);
    const captured = applySecretCaptured(masked, A, { iso: '2028-11-27', ambiguous: false }, 'x', today, NOW);
    expect(captured.apps[A]!.secretMaskedOnPage).toBe(false);
    expect(noticeIds(captured)).toEqual([]);
  });
});

describe('step marks', () => {
  it('ticks and unticks for the active app, or before any app is known', () => {
    const pending = applyStepMark(EMPTY_SETUP, 'register', true, 'user', NOW);
    expect(doneSteps(pending).has('register')).toBe(true);
    const withApp = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T }, {}, NOW);
    const unticked = applyStepMark(withApp, 'copy-ids', false, 'user', NOW);
    expect(doneSteps(unticked).has('copy-ids')).toBe(false);
  });

  it('records page observations for a known app only', () => {
    const withApp = applyIds(EMPTY_SETUP, { clientId: A, tenantId: T }, {}, NOW);
    expect(doneSteps(applyObservedDone(withApp, A, ['api-permissions', 'admin-consent'], NOW)).has('admin-consent')).toBe(true);
    expect(applyObservedDone(EMPTY_SETUP, B, ['api-permissions'], NOW)).toBe(EMPTY_SETUP);
  });
});
