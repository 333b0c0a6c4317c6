import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enterValues } from '../../../utils/background/enterValues';
import { handlePanelMessage } from '../../../utils/background/handlePanelMessage';
import { panelMessageSchema } from '../../../utils/messaging/protocol';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';
import { DEFAULT_OPTIONS, optionsItem, secretItem, setupItem } from '../../../utils/storage';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const SECRET2 = 'Zz_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const NOW = Date.parse('2026-11-28T10:00:00Z');

type Message = Parameters<typeof enterValues>[0];
const parse = (raw: Record<string, unknown>) => panelMessageSchema.parse({ type: 'panel/enter-values', ...raw }) as Message;

describe('panel/enter-values schema', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['all four', { clientId: APP, tenantId: TENANT, secret: SECRET, expiryIso: '2028-11-27' }, true],
    ['one value', { secret: SECRET }, true],
    ['confirmation and override lists', { secret: SECRET, replace: ['secret', 'tenantId'], useAnyway: ['secret'] }, true],
    ['a client ID that is not a GUID', { clientId: 'tonicdm' }, false],
    ['a tenant domain (resolved in the panel first)', { tenantId: 'contoso.com' }, false],
    ['a secret too short', { secret: 'short' }, false],
    ['a secret too long', { secret: 'x'.repeat(65) }, false],
    ['a regional date', { expiryIso: '27/11/2028' }, false],
    ['an unknown field', { clientId: APP, note: 'x' }, false],
    ['an unknown field to replace', { replace: ['objectId'] }, false],
  ])('%s → %s', (_, raw, ok) => {
    expect(panelMessageSchema.safeParse({ type: 'panel/enter-values', ...raw }).success).toBe(ok);
  });
});

describe('enterValues', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await optionsItem.setValue(DEFAULT_OPTIONS);
  });

  it('holds a typed secret in session storage only, entered by hand, with the IDs and expiry in the setup', async () => {
    const result = await enterValues(parse({ clientId: APP, tenantId: TENANT, secret: SECRET, expiryIso: '2028-11-27' }), NOW);
    expect(result).toEqual({ ok: true, applied: ['clientId', 'tenantId', 'expiry', 'secret'] });
    expect(await secretItem.getValue()).toEqual({ value: SECRET, appId: APP, capturedAt: NOW, lastUsedAt: NOW, source: 'user' });
    const setup = (await setupItem.getValue()) as SetupState;
    expect(setup.apps[APP]).toMatchObject({ tenantId: TENANT, expiry: { iso: '2028-11-27' } });
    expect(setup.apps[APP]?.done['client-secret']).toEqual({ at: NOW, source: 'user' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
  });

  it('a different held secret is replaced only when the admin confirmed it', async () => {
    await secretItem.setValue({ value: SECRET, appId: APP, capturedAt: NOW, lastUsedAt: NOW, source: 'portal' });
    expect(await enterValues(parse({ secret: SECRET2 }), NOW)).toEqual({ ok: false, needsConfirm: ['secret'], refused: [] });
    expect((await secretItem.getValue())?.value).toBe(SECRET);
    expect(await enterValues(parse({ secret: SECRET2, replace: ['secret'] }), NOW)).toEqual({ ok: true, applied: ['secret'] });
    expect(await secretItem.getValue()).toMatchObject({ value: SECRET2, source: 'user' });
  });

  it('nothing is applied while one field waits for confirmation', async () => {
    await setupItem.setValue({ ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: { clientId: APP, tenantId: TENANT, done: {} } } });
    const result = await enterValues(parse({ tenantId: 'e0e0e0e0-6666-4666-8666-666666666666', secret: SECRET }), NOW);
    expect(result).toEqual({ ok: false, needsConfirm: ['tenantId'], refused: [] });
    expect(await secretItem.getValue()).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['the Secret ID as the secret', { clientId: APP, secret: '5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b' }, 'secret'],
    ['a masked Value', { clientId: APP, secret: 'Qk_*************' }, 'secret'],
    ['an unusual Value without "use it anyway"', { clientId: APP, secret: 'MailboxSettings.ReadWrite' }, 'secret'],
    ['the client ID as the tenant ID', { clientId: APP, tenantId: APP }, 'tenantId'],
    ['a passed expiry', { clientId: APP, expiryIso: '2020-01-01' }, 'expiry'],
    ['an expiry beyond 24 months without "use it anyway"', { clientId: APP, expiryIso: '2031-01-01' }, 'expiry'],
  ])('refuses %s (checked again in the background)', async (_, raw, field) => {
    const result = await enterValues(parse(raw), NOW);
    expect(result).toMatchObject({ ok: false, refused: [{ field, reason: 'invalid' }] });
    expect(await secretItem.getValue()).toBeNull();
    expect(((await setupItem.getValue()) as SetupState | null)?.apps?.[APP]).toBeUndefined();
  });

  it('an unusual Value the admin chose to use is held, and called out', async () => {
    const result = await enterValues(parse({ clientId: APP, secret: 'MailboxSettings.ReadWrite', useAnyway: ['secret'] }), NOW);
    expect(result).toEqual({ ok: true, applied: ['clientId', 'secret'] });
    expect(((await setupItem.getValue()) as SetupState).notices.map((n) => n.id)).toContain('secret-format');
  });

  it('is reached through the panel message handler', async () => {
    const result = await handlePanelMessage(parse({ clientId: APP }), { now: () => NOW, fillTonicdm: async () => undefined });
    expect(result).toEqual({ ok: true, applied: ['clientId'] });
  });
});
