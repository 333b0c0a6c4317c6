import { describe, expect, it } from 'vitest';
import { primaryAction, secretForApp, setupProgress, valuesComplete } from '../../../components/setupProgress';
import type { AppRecord, SetupState } from '../../../utils/setup/setupState';
import type { CapturedSecret } from '../../../utils/storage';
import type { StepId } from '../../../utils/steps';

const REQUIRED: StepId[] = ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'tonicdm-setup', 'assignment-required', 'assign-users'];
const CLIENT_ID = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const APP: AppRecord = { clientId: CLIENT_ID, tenantId: 'c0ffee00-1234-4abc-9def-0123456789ab', expiry: { iso: '2028-11-27' }, done: {} };
const SECRET: CapturedSecret = { value: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m', appId: CLIENT_ID, capturedAt: 0, lastUsedAt: 0, source: 'portal' };

describe('progress counts the required steps and names the one to do now', () => {
  it.each([
    [[], 0, 'register', 1],
    [['register', 'copy-ids', 'api-permissions'], 3, 'admin-consent', 4],
    // Ticked out of order: the first step not done is the current one, done steps still count.
    [['copy-ids', 'tonicdm-setup'], 2, 'register', 1],
    [REQUIRED, 8, 'scope-mailboxes', undefined],
    [[...REQUIRED, 'scope-mailboxes'], 8, undefined, undefined],
    // The optional step never counts towards "n of 8".
    [['scope-mailboxes'], 0, 'register', 1],
  ] as [StepId[], number, StepId | undefined, number | undefined][])('%j: %i of 8, now %s (step %s)', (done, count, current, position) => {
    const progress = setupProgress(new Set(done));
    expect(progress).toMatchObject({ done: count, total: 8, position });
    expect(progress.current?.id).toBe(current);
  });
});

const OTHER: AppRecord = { ...APP, clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', tenantId: 'feed0000-1234-4abc-9def-0123456789ab' };

/** The browser's setups: the one shown, and any others. */
function setupOf(app: AppRecord | undefined, others: AppRecord[]): SetupState {
  const apps = Object.fromEntries([...(app ? [app] : []), ...others].map((a) => [a.clientId, a]));
  return { version: 1, activeAppId: app?.clientId, apps, pendingDone: {}, notices: [] };
}

describe('the four values', () => {
  it.each([
    ['all four', APP, SECRET, true],
    ['no secret', APP, null, false],
    ['no expiry', { ...APP, expiry: undefined }, SECRET, false],
    ['no tenant ID', { ...APP, tenantId: undefined }, SECRET, false],
    ['no app', undefined, SECRET, false],
    ["another app's secret", APP, { ...SECRET, appId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, false],
    ['a secret seen before any app was known', APP, { ...SECRET, appId: undefined }, true],
    ['a secret seen before any app, with another setup in the browser', APP, { ...SECRET, appId: undefined }, false, [OTHER]],
  ] as [string, AppRecord | undefined, CapturedSecret | null, boolean, AppRecord[]?][])('%s: complete %s', (_name, app, secret, complete, others = []) => {
    const setup = setupOf(app, others);
    expect(valuesComplete(app, secret, setup)).toBe(complete);
    if (complete) expect(secretForApp(secret, app, setup)).toBe(secret);
    else if (app?.expiry && app.tenantId) expect(secretForApp(secret, app, setup)).toBeNull();
  });
});

describe('one primary action at a time', () => {
  it.each([
    ['a fresh panel', [], false, 'open-entra'],
    ['values typed in before the app was marked registered', [], true, 'fill'],
    ['mid-setup, values not all there', ['register', 'copy-ids'], false, 'none'],
    ['all four values, TonicDM not filled yet', ['register', 'copy-ids', 'client-secret'], true, 'fill'],
    ['TonicDM already has them', ['register', 'copy-ids', 'client-secret', 'tonicdm-setup'], true, 'none'],
  ] as [string, StepId[], boolean, string][])('%s: %s', (_name, done, complete, expected) => {
    expect(primaryAction(new Set(done), complete)).toBe(expected);
  });
});
