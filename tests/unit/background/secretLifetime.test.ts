import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  enforceSecretLifetime,
  FORGET_AFTER_SUBMIT_MS,
  FORGET_ALARM,
  forgetIdleSecret,
  forgetSecretAfterSubmit,
  secretDeadline,
  shouldForget,
} from '../../../utils/background/secretLifetime';
import { optionsItem, SECRET_STORAGE_KEYS, secretItem, secretOffersItem, DEFAULT_OPTIONS } from '../../../utils/storage';

const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const T0 = Date.parse('2026-11-28T10:00:00Z');
const MIN = 60_000;

describe('secret lifetime', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, secretIdleMinutes: 10 });
  });

  it.each([
    [0, 30, 29 * MIN, false],
    [0, 30, 30 * MIN, true],
    [0, 5, 6 * MIN, true],
  ])('last used %i, idle %i min, now %i → forget %s', (last, idle, now, forget) => {
    expect(shouldForget(last, idle, now)).toBe(forget);
  });

  it.each([
    [{ lastUsedAt: T0 }, T0 + 10 * MIN],
    [{ lastUsedAt: T0, forgetAt: T0 + 5 * MIN }, T0 + 5 * MIN],
    [{ lastUsedAt: T0, forgetAt: T0 + 60 * MIN }, T0 + 10 * MIN],
  ])('deadline of %o with 10 idle minutes is %i', (secret, deadline) => {
    expect(secretDeadline(secret, 10)).toBe(deadline);
  });

  it('forgets an idle secret using the configured minutes', async () => {
    await secretItem.setValue({ value: SECRET, capturedAt: T0, lastUsedAt: T0, source: 'portal' });
    expect(await forgetIdleSecret(T0 + 9 * MIN)).toBe(false);
    expect(await forgetIdleSecret(T0 + 10 * MIN)).toBe(true);
    expect(await secretItem.getValue()).toBeNull();
  });

  it('keeps the alarm at the same deadline across worker restarts', async () => {
    await secretItem.setValue({ value: SECRET, capturedAt: T0, lastUsedAt: T0, source: 'portal' });
    await enforceSecretLifetime(T0);
    const first = await fakeBrowser.alarms.get(FORGET_ALARM);
    expect(first?.scheduledTime).toBe(T0 + 10 * MIN);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    // Each restart runs the same check; the deadline comes from what is stored, not from "now".
    for (const restartAt of [T0 + 2 * MIN, T0 + 7 * MIN]) await enforceSecretLifetime(restartAt);
    expect(create).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(FORGET_ALARM))?.scheduledTime).toBe(T0 + 10 * MIN);
  });

  it('a late alarm does not matter: the deadline is checked at use', async () => {
    await secretItem.setValue({ value: SECRET, capturedAt: T0, lastUsedAt: T0, source: 'portal' });
    expect(await enforceSecretLifetime(T0 + 10 * MIN + 1)).toBeNull();
    expect(await fakeBrowser.alarms.get(FORGET_ALARM)).toBeUndefined();
  });

  it('after Go the secret is forgotten within 5 minutes, however long the idle time', async () => {
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, secretIdleMinutes: 240 });
    await secretItem.setValue({ value: SECRET, capturedAt: T0, lastUsedAt: T0, source: 'portal' });
    await forgetSecretAfterSubmit(T0 + MIN);
    expect((await secretItem.getValue())?.forgetAt).toBe(T0 + MIN + FORGET_AFTER_SUBMIT_MS);
    expect((await fakeBrowser.alarms.get(FORGET_ALARM))?.scheduledTime).toBe(T0 + MIN + FORGET_AFTER_SUBMIT_MS);
    // A fill after Go refreshes the last use but not the hard deadline.
    await secretItem.setValue({ ...(await secretItem.getValue())!, lastUsedAt: T0 + 3 * MIN });
    expect(await enforceSecretLifetime(T0 + 5 * MIN)).not.toBeNull();
    expect(await enforceSecretLifetime(T0 + MIN + FORGET_AFTER_SUBMIT_MS)).toBeNull();
  });

  it('secrets waiting for the admin\'s answer expire like the held one', async () => {
    await secretOffersItem.setValue([{ appId: '', value: SECRET, blade: 'Certificates & secrets', unusualFormat: false, at: T0 }]);
    await enforceSecretLifetime(T0 + 9 * MIN);
    expect(await secretOffersItem.getValue()).toHaveLength(1);
    await enforceSecretLifetime(T0 + 10 * MIN);
    expect(await secretOffersItem.getValue()).toEqual([]);
  });

  it('declares every secret-bearing key in session storage', () => {
    for (const key of SECRET_STORAGE_KEYS) expect(key.startsWith('session:')).toBe(true);
  });
});
