import { describe, expect, it } from 'vitest';
import { cantSeeStep, CANT_SEE_AFTER_MS, type CantSeeInput } from '../../../utils/setup/cantSeeStep';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const T0 = 5_000_000;
const at = (item: string, app = APP) => `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${item}/appId/${app}`;
const mark = { at: 1, source: 'page' as const };
const idsDone: SetupState = { ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: { clientId: APP, done: { register: mark, 'copy-ids': mark } } } };
const allEntraDone: SetupState = {
  ...idsDone,
  apps: { [APP]: { clientId: APP, done: { register: mark, 'copy-ids': mark, 'api-permissions': mark, 'admin-consent': mark, 'client-secret': mark } } },
};

const base: CantSeeInput = {
  sight: { blade: 'app-api-permissions', lostAt: T0 },
  tabUrl: at('CallAnAPI'),
  guideHidden: false,
  setup: idsDone,
  stepSince: 0,
  now: T0 + CANT_SEE_AFTER_MS,
};

describe('cantSeeStep', () => {
  it.each<[string, Partial<CantSeeInput>, ReturnType<typeof cantSeeStep>]>([
    ['nothing to point at for 10 s on a flow blade: say so, for the current step', {}, { show: true, stepId: 'api-permissions', blade: 'app-api-permissions' }],
    ['not before 10 s: look again then', { now: T0 + 9_999 }, { show: false, at: T0 + CANT_SEE_AFTER_MS }],
    ['the guide points at something', { sight: { blade: 'app-api-permissions' } }, { show: false }],
    ['no record for the tab', { sight: undefined }, { show: false }],
    ['the admin hid the guide', { guideHidden: true }, { show: false }],
    ['the record is about another blade than the tab shows now', { tabUrl: at('Credentials') }, { show: false }],
    ['outside the flow', { tabUrl: 'https://entra.microsoft.com/#home' }, { show: false }],
    ["another app's blade: the page warns instead", { tabUrl: at('CallAnAPI', OTHER) }, { show: false }],
    ['the current step is on TonicDM, not in Entra', { setup: allEntraDone }, { show: false }],
    ['the step changed 3 s ago: it gets its own 10 s', { stepSince: T0 + CANT_SEE_AFTER_MS - 3_000 }, { show: false, at: T0 + 2 * CANT_SEE_AFTER_MS - 3_000 }],
    ['before any app, on App registrations: the first step', { setup: EMPTY_SETUP, sight: { blade: 'app-list', lostAt: T0 }, tabUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade' }, { show: true, stepId: 'register', blade: 'app-list' }],
  ])('%s', (_, change, expected) => {
    expect(cantSeeStep({ ...base, ...change })).toEqual(expected);
  });
});
