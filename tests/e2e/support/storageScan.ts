/**
 * Reads every storage area of the extension from its service worker, so tests can prove where
 * a secret is (and is not) kept.
 */
import type { Worker } from '@playwright/test';

export interface StorageDump {
  local: string;
  sync: string;
  session: string;
}

export async function dumpStorage(worker: Worker): Promise<StorageDump> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [local, sync, session] = await Promise.all([c.storage.local.get(null), c.storage.sync.get(null), c.storage.session.get(null)]);
    return { local: JSON.stringify(local), sync: JSON.stringify(sync), session: JSON.stringify(session) };
  });
}
