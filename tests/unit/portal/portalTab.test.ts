import { describe, expect, it } from 'vitest';
import { choosePortalTab } from '../../../utils/portal/portalTab';
import { panelMessageSchema } from '../../../utils/messaging/protocol';

const tab = (id: number, url: string, extra: { active?: boolean; windowId?: number; lastAccessed?: number } = {}) => ({ id, url, windowId: 1, ...extra });

describe('choosePortalTab: the portal tab the admin is using', () => {
  it.each<[string, ReturnType<typeof tab>[], number | undefined, number | undefined]>([
    ['no tabs', [], 1, undefined],
    ['only TonicDM and other sites', [tab(1, 'https://app.tonicdm.com/organization-settings'), tab(2, 'https://example.com/', { active: true })], 1, undefined],
    ['the portal tab showing in the focused window', [tab(1, 'https://portal.azure.com/#home', { lastAccessed: 9 }), tab(2, 'https://entra.microsoft.com/#home', { active: true, windowId: 2, lastAccessed: 1 })], 2, 2],
    ['else the portal tab looked at last', [tab(1, 'https://portal.azure.com/#home', { lastAccessed: 5 }), tab(2, 'https://entra.microsoft.com/#home', { lastAccessed: 8 })], 7, 2],
    ['a look-alike host never qualifies', [tab(1, 'https://entra.microsoft.com.evil.example/#home', { active: true })], 1, undefined],
    ['http is not the portal', [tab(1, 'http://entra.microsoft.com/#home', { active: true })], 1, undefined],
  ])('%s', (_, tabs, focused, expected) => {
    expect(choosePortalTab(tabs, focused)?.id).toBe(expected);
  });
});

describe('panel/open-in-entra schema', () => {
  it.each<[Record<string, unknown>, boolean]>([
    [{ stepId: 'client-secret' }, true],
    [{ stepId: 'register' }, true],
    [{ stepId: 'evil' }, false],
    [{}, false],
  ])('%j → %s', (raw, ok) => {
    expect(panelMessageSchema.safeParse({ type: 'panel/open-in-entra', ...raw }).success).toBe(ok);
  });
});
