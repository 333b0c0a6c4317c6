import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetIdleSecret, shouldForget } from '../../../utils/background/secretLifetime';
import { optionsItem, SECRET_STORAGE_KEYS, secretItem, DEFAULT_OPTIONS } from '../../../utils/storage';

describe('secret lifetime', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [0, 30, 29 * 60_000, false],
    [0, 30, 30 * 60_000, true],
    [0, 5, 6 * 60_000, true],
  ])('last used %i, idle %i min, now %i → forget %s', (last, idle, now, forget) => {
    expect(shouldForget(last, idle, now)).toBe(forget);
  });

  it('forgets an idle secret using the configured minutes', async () => {
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, secretIdleMinutes: 10 });
    await secretItem.setValue({ value: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m', capturedAt: 0, lastUsedAt: 0, source: 'portal' });
    expect(await forgetIdleSecret(9 * 60_000)).toBe(false);
    expect(await forgetIdleSecret(10 * 60_000)).toBe(true);
    expect(await secretItem.getValue()).toBeNull();
  });

  it('declares every secret-bearing key in session storage', () => {
    for (const key of SECRET_STORAGE_KEYS) expect(key.startsWith('session:')).toBe(true);
  });
});
