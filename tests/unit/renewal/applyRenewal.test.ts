import { describe, expect, it } from 'vitest';
import {
  applyOldSecretGone,
  applyRenewalBladeOpen,
  applyRenewalFilled,
  applyRenewalSecret,
  applyRenewalSubmitted,
  markRenewalStep,
  startRenewal,
  stopRenewal,
} from '../../../utils/renewal/applyRenewal';
import { currentRenewal, expiryInUse, type RenewalRecord } from '../../../utils/renewal/renewalRecord';
import { renewalGuideContext } from '../../../utils/renewal/renewalGuideContext';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../../../utils/setup/setupState';
import { RENEWAL_STEP_IDS } from '../../../utils/steps';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const KEY = '5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a';
const at = (iso: string) => Date.parse(`${iso}T10:00:00`);
const NOW = at('2026-11-28');

function app(extra: Partial<AppRecord> = {}): AppRecord {
  return {
    clientId: APP,
    tenantId: 'c0ffee00-1234-4abc-9def-0123456789ab',
    expiry: { iso: '2026-12-18' },
    credential: { keyId: KEY, hint: 'Qk_', description: 'TonicDM Office365 Secret' },
    done: {},
    ...extra,
  };
}

const state = (a: AppRecord = app()): SetupState => ({ ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: a } });
const renewal = (s: SetupState) => s.apps[APP]?.renewal;
const NEW = { hint: 'Ab1', description: 'TonicDM Office365 Secret Nov 2026', expiryIso: '2028-11-28' };

describe('which renewal is current', () => {
  it.each<[string, AppRecord, number, { implicit: boolean; complete: boolean } | undefined]>([
    ['none while the secret is far from expiry', app({ expiry: { iso: '2027-06-01' } }), NOW, undefined],
    ['one about to start within 30 days of the expiry', app(), NOW, { implicit: true, complete: false }],
    ['one about to start once expired', app({ expiry: { iso: '2026-11-01' } }), NOW, { implicit: true, complete: false }],
    ['none for an archived setup, however due', app({ archived: { at: 1, reason: 'app-deleted' } }), NOW, undefined],
    ['the one in progress, even after the expiry followed the new secret', app({ expiry: { iso: '2028-11-28' }, renewal: { startedAt: NOW, startedBy: 'panel', old: {}, done: {} } }), NOW, { implicit: false, complete: false }],
    ['a finished one for three days', app({ expiry: { iso: '2028-11-28' }, renewal: { startedAt: NOW, startedBy: 'panel', old: {}, done: {}, completedAt: NOW } }), NOW + 2 * 86_400_000, { implicit: false, complete: true }],
    ['then none', app({ expiry: { iso: '2028-11-28' }, renewal: { startedAt: NOW, startedBy: 'panel', old: {}, done: {}, completedAt: NOW } }), NOW + 4 * 86_400_000, undefined],
  ])('%s', (_name, record, now, expected) => {
    const current = currentRenewal(record, now);
    expect(current ? { implicit: current.implicit, complete: current.complete } : undefined).toEqual(expected);
  });

  it('an implicit renewal replaces the secret the setup knows TonicDM uses', () => {
    expect(currentRenewal(app(), NOW)?.record.old).toEqual({ keyId: KEY, hint: 'Qk_', description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' });
  });
});

describe('renewal transitions', () => {
  it('starts once from the panel, snapshotting the old secret; a second start keeps it', () => {
    const started = startRenewal(state(), APP, NOW);
    expect(renewal(started)).toEqual({ startedAt: NOW, startedBy: 'panel', old: { keyId: KEY, hint: 'Qk_', description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' }, done: {} });
    expect(startRenewal(started, APP, NOW + 1)).toBe(started);
    expect(stopRenewal(started, APP).apps[APP]?.renewal).toBeUndefined();
  });

  it('a new secret on a due app starts the renewal by itself and counts the blade as open', () => {
    const next = applyRenewalSecret(state(), APP, NEW, NOW);
    expect(renewal(next)).toMatchObject({ startedBy: 'page', old: { hint: 'Qk_' }, next: { ...NEW, capturedAt: NOW } });
    expect(Object.keys(renewal(next)!.done)).toEqual(['renew-open', 'renew-new-secret']);
  });

  it('a new secret far from expiry, with no renewal running, is no renewal', () => {
    const far = state(app({ expiry: { iso: '2027-06-01' } }));
    expect(applyRenewalSecret(far, APP, NEW, NOW)).toBe(far);
    expect(applyRenewalBladeOpen(far, APP, NOW)).toBe(far);
  });

  it('the fill needs the new secret; Go needs the fill; the old row gone needs the new secret', () => {
    const started = startRenewal(state(), APP, NOW);
    expect(applyRenewalFilled(started, APP, NOW)).toBe(started);
    expect(applyOldSecretGone(started, APP, 'page', NOW)).toBe(started);
    const captured = applyRenewalSecret(started, APP, NEW, NOW);
    expect(applyRenewalSubmitted(captured, APP, NOW)).toBe(captured);
    const filled = applyRenewalFilled(captured, APP, NOW);
    const submitted = applyRenewalSubmitted(filled, APP, NOW + 1);
    expect(renewal(submitted)!.done['renew-go']).toEqual({ at: NOW + 1, source: 'page' });
    const gone = applyOldSecretGone(submitted, APP, 'page', NOW + 2);
    expect(renewal(gone)).toMatchObject({ completedAt: NOW + 2 });
    expect(Object.keys(renewal(gone)!.done).sort()).toEqual([...RENEWAL_STEP_IDS].sort());
  });

  it('another new secret before Go undoes the fill made with the earlier one', () => {
    const filled = applyRenewalFilled(applyRenewalSecret(startRenewal(state(), APP, NOW), APP, NEW, NOW), APP, NOW);
    const again = applyRenewalSecret(filled, APP, { hint: 'Zz9' }, NOW + 1);
    expect(renewal(again)!.next).toMatchObject({ hint: 'Zz9' });
    expect(renewal(again)!.done['renew-fill']).toBeUndefined();
  });

  it('ticks start a renewal; unticking removes the mark only', () => {
    const ticked = markRenewalStep(state(), APP, 'renew-fill', true, 'user', NOW, 'Dana');
    expect(renewal(ticked)).toMatchObject({ startedBy: 'panel', done: { 'renew-fill': { at: NOW, source: 'user', by: 'Dana' } } });
    expect(renewal(markRenewalStep(ticked, APP, 'renew-fill', false, 'user', NOW))!.done).toEqual({});
    const archived = state(app({ archived: { at: 1, reason: 'admin' } }));
    expect(markRenewalStep(archived, APP, 'renew-fill', true, 'user', NOW)).toBe(archived);
  });
});

describe('the expiry TonicDM works with', () => {
  const inProgress = (extra: Partial<RenewalRecord>): AppRecord =>
    app({ expiry: { iso: '2028-11-28' }, renewal: { startedAt: NOW, startedBy: 'panel', old: { expiryIso: '2026-12-18' }, done: {}, ...extra } });

  it.each<[string, AppRecord, string | undefined]>([
    ['no renewal: the setup\'s', app(), '2026-12-18'],
    ['new secret captured, Go not pressed: still the old one', inProgress({ next: { ...NEW, capturedAt: NOW } }), '2026-12-18'],
    ['after Go: the new one', inProgress({ next: { ...NEW, capturedAt: NOW }, done: { 'renew-go': { at: NOW, source: 'page' } } }), '2028-11-28'],
  ])('%s', (_name, record, expected) => {
    expect(expiryInUse(record)).toBe(expected);
  });
});

describe('what the page guide is told', () => {
  it('names this month in the new description and carries identities only', () => {
    const context = renewalGuideContext(applyRenewalSecret(state(), APP, NEW, NOW).apps[APP], NOW);
    expect(context).toEqual({
      appId: APP,
      done: ['renew-open', 'renew-new-secret'],
      description: 'TonicDM Office365 Secret Nov 2026',
      old: { keyId: KEY, hint: 'Qk_', description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' },
      next: NEW,
    });
  });

  it('says nothing once the renewal is complete', () => {
    const done = RENEWAL_STEP_IDS.reduce((s, id) => markRenewalStep(s, APP, id, true, 'user', NOW), state());
    expect(renewalGuideContext(done.apps[APP], NOW)).toBeUndefined();
  });
});
