import { describe, expect, it } from 'vitest';
import { applyTypedSecret, applyTypedValues, type TypedField, type TypedOutcome, type TypedValues } from '../../../utils/setup/applyTypedValues';
import { EMPTY_SETUP, isEnteredByHand, type SetupState } from '../../../utils/setup/setupState';
import { parseStoredSetup } from '../../../utils/security/storedState';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const TENANT2 = 'e0e0e0e0-6666-4666-8666-666666666666';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const TODAY = new Date(NOW);

const held: SetupState = {
  ...EMPTY_SETUP,
  activeAppId: APP,
  apps: { [APP]: { clientId: APP, tenantId: TENANT, expiry: { iso: '2028-11-27', text: '11/27/2028' }, done: { register: { at: 1, source: 'page' }, 'copy-ids': { at: 1, source: 'page' } } } },
  notices: [],
};
const graphConfirmed: SetupState = { ...held, apps: { [APP]: { ...held.apps[APP]!, tenantConfirmed: 'graph' } } };
const ambiguous: SetupState = {
  ...EMPTY_SETUP,
  activeAppId: APP,
  apps: { [APP]: { clientId: APP, tenantId: TENANT, expiryChoice: { text: '5/7/2028', candidates: ['2028-05-07', '2028-07-05'] }, done: {} } },
  notices: [{ id: 'expiry-unreadable', severity: 'warning', message: 'x', at: 1 }],
};
const withOffer: SetupState = { ...held, offers: [{ id: `tenantId:${APP}`, appId: APP, field: 'tenantId', value: TENANT2, blade: 'Overview', at: 1 }] };

const apply = (state: SetupState, typed: TypedValues, confirmed: TypedField[] = []) => applyTypedValues(state, typed, new Set(confirmed), TODAY, NOW);
const stateOf = (outcome: TypedOutcome) => {
  if (!outcome.ok) throw new Error(`not applied: ${JSON.stringify(outcome)}`);
  return outcome.state;
};

describe('applyTypedValues', () => {
  it.each<[string, SetupState, TypedValues, TypedField[], (o: TypedOutcome) => void]>([
    [
      'nothing held: all three values become the active app, entered by hand, and the ID steps are done',
      EMPTY_SETUP,
      { clientId: APP, tenantId: TENANT, expiryIso: '2028-11-27' },
      [],
      (o) => {
        const s = stateOf(o);
        expect(s.activeAppId).toBe(APP);
        expect(s.apps[APP]).toMatchObject({ clientId: APP, tenantId: TENANT, expiry: { iso: '2028-11-27' }, enteredByHand: { clientId: APP, tenantId: TENANT, expiry: '2028-11-27' } });
        expect(s.apps[APP]?.done).toEqual({ register: { at: NOW, source: 'user' }, 'copy-ids': { at: NOW, source: 'user' } });
        for (const field of ['clientId', 'tenantId', 'expiry'] as const) expect(isEnteredByHand(s.apps[APP], field)).toBe(true);
        expect(s.notices).toEqual([]);
      },
    ],
    [
      'a client ID alone: the app is registered, its IDs step waits for the tenant',
      EMPTY_SETUP,
      { clientId: APP },
      [],
      (o) => expect(stateOf(o).apps[APP]?.done).toEqual({ register: { at: NOW, source: 'user' } }),
    ],
    ['a tenant ID with no app known is refused', EMPTY_SETUP, { tenantId: TENANT }, [], (o) => expect(o).toEqual({ ok: false, needsConfirm: [], refused: [{ field: 'tenantId', reason: 'no-app' }] })],
    ['an expiry with no app known is refused', EMPTY_SETUP, { expiryIso: '2028-11-27' }, [], (o) => expect(o).toEqual({ ok: false, needsConfirm: [], refused: [{ field: 'expiry', reason: 'no-app' }] })],
    [
      'the same values as held need no confirmation, and page marks keep their source',
      held,
      { clientId: APP, tenantId: TENANT, expiryIso: '2028-11-27' },
      [],
      (o) => expect(stateOf(o).apps[APP]?.done.register).toEqual({ at: 1, source: 'page' }),
    ],
    [
      'a different tenant ID needs confirmation, and nothing else is applied meanwhile',
      held,
      { tenantId: TENANT2, expiryIso: '2028-06-01' },
      [],
      (o) => expect(o).toEqual({ ok: false, needsConfirm: ['tenantId', 'expiry'], refused: [] }),
    ],
    [
      'confirmed, a different tenant ID and expiry replace the held ones',
      held,
      { tenantId: TENANT2, expiryIso: '2028-06-01' },
      ['tenantId', 'expiry'],
      (o) => {
        const app = stateOf(o).apps[APP]!;
        expect(app).toMatchObject({ tenantId: TENANT2, expiry: { iso: '2028-06-01' } });
        expect(app.expiry?.text).toBeUndefined();
        // 18 months is not what the guide uses: said, not refused.
        expect(stateOf(o).notices.map((n) => n.id)).toEqual(['expiry-not-24-months']);
      },
    ],
    [
      'a tenant ID Graph confirmed is never replaced, even when confirmed',
      graphConfirmed,
      { tenantId: TENANT2 },
      ['tenantId'],
      (o) => expect(o).toEqual({ ok: false, needsConfirm: [], refused: [{ field: 'tenantId', reason: 'tenant-confirmed-by-graph' }] }),
    ],
    ['another client ID than the active app needs confirmation', held, { clientId: OTHER }, [], (o) => expect(o).toEqual({ ok: false, needsConfirm: ['clientId'], refused: [] })],
    [
      'confirmed, another client ID becomes the active app; the first app keeps its record',
      { ...held, notices: [{ id: 'different-app', severity: 'warning', message: 'x', switchTo: OTHER, at: 1 }] },
      { clientId: OTHER, tenantId: TENANT },
      ['clientId'],
      (o) => {
        const s = stateOf(o);
        expect(s.activeAppId).toBe(OTHER);
        expect(s.apps[APP]?.tenantId).toBe(TENANT);
        expect(s.apps[OTHER]).toMatchObject({ clientId: OTHER, tenantId: TENANT });
        expect(s.notices).toEqual([]);
      },
    ],
    [
      'a typed expiry settles a date that read two ways',
      ambiguous,
      { expiryIso: '2028-07-05' },
      [],
      (o) => {
        const s = stateOf(o);
        expect(s.apps[APP]?.expiryChoice).toBeUndefined();
        expect(s.apps[APP]?.expiry).toEqual({ iso: '2028-07-05' });
        expect(s.notices.map((n) => n.id)).not.toContain('expiry-unreadable');
      },
    ],
    [
      'the client ID of an archived setup takes it up again',
      { ...EMPTY_SETUP, apps: { [APP]: { clientId: APP, tenantId: TENANT, archived: { at: 1, reason: 'admin' }, done: {} } } },
      { clientId: APP },
      [],
      (o) => {
        expect(stateOf(o).activeAppId).toBe(APP);
        expect(stateOf(o).apps[APP]?.archived).toBeUndefined();
      },
    ],
    [
      "a typed tenant ID answers the page's open question about it",
      withOffer,
      { tenantId: TENANT },
      [],
      (o) => expect(stateOf(o).offers).toBeUndefined(),
    ],
  ])('%s', (_, state, typed, confirmed, check) => {
    check(apply(state, typed, confirmed));
  });

  it('"entered by hand" ends when a page or Graph puts another value in the field', () => {
    const typed = stateOf(apply(EMPTY_SETUP, { clientId: APP, tenantId: TENANT, expiryIso: '2028-11-27' }));
    const replaced = { ...typed.apps[APP]!, tenantId: TENANT2, expiry: { iso: '2028-11-28' } };
    expect(isEnteredByHand(replaced, 'tenantId')).toBe(false);
    expect(isEnteredByHand(replaced, 'expiry')).toBe(false);
    expect(isEnteredByHand(replaced, 'clientId')).toBe(true);
  });

  it('the marks survive the validation of stored state; a malformed one drops the record', () => {
    const typed = stateOf(apply(EMPTY_SETUP, { clientId: APP, tenantId: TENANT, expiryIso: '2028-11-27' }));
    expect(parseStoredSetup(JSON.parse(JSON.stringify(typed))).apps[APP]?.enteredByHand).toEqual({ clientId: APP, tenantId: TENANT, expiry: '2028-11-27' });
    const forged = { ...typed, apps: { [APP]: { ...typed.apps[APP], enteredByHand: { tenantId: 'evil' } } } };
    expect(parseStoredSetup(forged).apps[APP]).toBeUndefined();
  });
});

describe('applyTypedSecret', () => {
  const masked: SetupState = {
    ...held,
    apps: { [APP]: { ...held.apps[APP]!, secretMaskedOnPage: true } },
    notices: [{ id: 'secret-masked', severity: 'warning', message: 'x', at: 1 }],
  };
  it('marks the secret step done by the admin and clears the masked warning', () => {
    const s = applyTypedSecret(masked, APP, false, NOW);
    expect(s.apps[APP]?.done['client-secret']).toEqual({ at: NOW, source: 'user' });
    expect(s.apps[APP]?.secretMaskedOnPage).toBe(false);
    expect(s.notices).toEqual([]);
  });
  it('calls out a Value in an unusual format the admin chose to use', () => {
    expect(applyTypedSecret(held, APP, true, NOW).notices.map((n) => n.id)).toEqual(['secret-format']);
  });
  it('with no app known, only the notices change', () => {
    expect(applyTypedSecret(EMPTY_SETUP, undefined, false, NOW)).toEqual(EMPTY_SETUP);
  });
});
