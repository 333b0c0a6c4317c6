/**
 * Puts captured values into the extension's storage the way the background stores them, for
 * tests that exercise the fill alone. Full-flow tests capture from the replica portal instead.
 */
import type { Worker } from '@playwright/test';

export const SEEDED = {
  clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d',
  tenantId: 'c0ffee00-1234-4abc-9def-0123456789ab',
  secret: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m',
  expiryIso: '2028-11-27',
};

export async function seedCapturedValues(worker: Worker, values = SEEDED): Promise<void> {
  await worker.evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const now = Date.now();
    await c.storage.local.set({
      setup: {
        version: 1,
        activeAppId: v.clientId,
        apps: {
          [v.clientId]: {
            clientId: v.clientId,
            tenantId: v.tenantId,
            displayName: 'TonicDM Office 365 Token',
            expiry: { iso: v.expiryIso, text: v.expiryIso },
            done: { register: { at: now, source: 'page' }, 'copy-ids': { at: now, source: 'page' }, 'client-secret': { at: now, source: 'page' } },
          },
        },
        pendingDone: {},
        notices: [],
      },
    });
    await c.storage.session.set({ secret: { value: v.secret, appId: v.clientId, capturedAt: now, lastUsedAt: now, source: 'portal' } });
  }, values);
}
