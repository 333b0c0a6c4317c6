import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyArchive, handlePanelMessage } from '../../../utils/background/handlePanelMessage';
import { panelMessageSchema } from '../../../utils/messaging/protocol';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';
import { secretItem, setupItem } from '../../../utils/storage';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const NOW = Date.parse('2026-11-28T10:00:00Z');

const twoSetups: SetupState = {
  ...EMPTY_SETUP,
  activeAppId: APP,
  apps: {
    [APP]: { clientId: APP, displayName: 'TonicDM Office 365 Token', expiry: { iso: '2027-01-01' }, done: { register: { at: 1, source: 'graph' } } },
    [OTHER]: { clientId: OTHER, done: {} },
  },
  notices: [{ id: 'secret-masked', severity: 'warning', message: 'masked', appId: APP, at: 1 }],
};

describe('panel/archive-setup schema', () => {
  it.each<[string, unknown, boolean]>([
    ['archive after deletion', { type: 'panel/archive-setup', appId: APP, archived: true, reason: 'app-deleted' }, true],
    ['bring back', { type: 'panel/archive-setup', appId: APP.toUpperCase(), archived: false }, true],
    ['not a GUID', { type: 'panel/archive-setup', appId: 'tonicdm', archived: true }, false],
    ['archived missing', { type: 'panel/archive-setup', appId: APP }, false],
    ['unknown reason', { type: 'panel/archive-setup', appId: APP, archived: true, reason: 'because' }, false],
    ['extra field', { type: 'panel/archive-setup', appId: APP, archived: true, secret: 'x' }, false],
  ])('%s → %s', (_, message, ok) => {
    expect(panelMessageSchema.safeParse(message).success).toBe(ok);
  });
});

describe('applyArchive', () => {
  it('keeps the record, marks it archived and stops it being the active setup', () => {
    const next = applyArchive(twoSetups, { appId: APP, archived: true, reason: 'app-deleted' }, NOW);
    expect(next.apps[APP]).toMatchObject({ clientId: APP, displayName: 'TonicDM Office 365 Token', expiry: { iso: '2027-01-01' }, archived: { at: NOW, reason: 'app-deleted' } });
    expect(next.apps[APP]?.done.register).toBeDefined();
    expect(next.activeAppId).toBeUndefined();
    expect(next.apps[OTHER]).toEqual(twoSetups.apps[OTHER]);
    expect(next.notices).toEqual([]);
  });

  it('archiving another setup leaves the active one alone', () => {
    const next = applyArchive(twoSetups, { appId: OTHER, archived: true }, NOW);
    expect(next.activeAppId).toBe(APP);
    expect(next.apps[OTHER]?.archived).toEqual({ at: NOW, reason: 'admin' });
  });

  it('brings an archived setup back', () => {
    const archived = applyArchive(twoSetups, { appId: APP, archived: true }, NOW);
    expect(applyArchive(archived, { appId: APP, archived: false }, NOW + 1).apps[APP]?.archived).toBeUndefined();
  });

  it('ignores an app it does not know', () => {
    expect(applyArchive(twoSetups, { appId: '00000000-0000-4000-8000-000000000001', archived: true }, NOW)).toBe(twoSetups);
  });
});

describe('handlePanelMessage: panel/archive-setup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('archives through the background store and forgets that setup\'s secret only', async () => {
    await setupItem.setValue(twoSetups);
    await secretItem.setValue({ value: 'abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', appId: APP, capturedAt: 1, lastUsedAt: 1, source: 'graph' });
    const deps = { now: () => NOW, fillTonicdm: async () => undefined };
    await handlePanelMessage(panelMessageSchema.parse({ type: 'panel/archive-setup', appId: OTHER, archived: true }), deps);
    expect(await secretItem.getValue()).not.toBeNull();
    await handlePanelMessage(panelMessageSchema.parse({ type: 'panel/archive-setup', appId: APP.toUpperCase(), archived: true, reason: 'app-deleted' }), deps);
    expect(await secretItem.getValue()).toBeNull();
    const setup = await setupItem.getValue();
    expect(setup.apps[APP]?.archived?.reason).toBe('app-deleted');
    expect(setup.activeAppId).toBeUndefined();
  });
});
