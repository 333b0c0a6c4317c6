/**
 * The store packages differ from the unpacked build in one way: no manifest `key`.
 *
 * The unpacked development build carries a fixed public key so its extension id, and with it the
 * Graph sign-in redirect https://<id>.chromiumapp.org/, stays the same on every machine. The Chrome
 * Web Store and Edge Add-ons refuse an upload whose manifest has a `key` (each store assigns its own
 * id), so `wxt zip` writes the store manifest into the build folder just for the zip and puts the
 * development manifest back afterwards: `.output/chrome-mv3` always stays the fixed-id build the
 * browser tests load.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The manifest as uploaded to a store. */
export function toStoreManifest<T extends Record<string, unknown>>(manifest: T): Omit<T, 'key'> {
  const { key: _developmentKey, ...store } = manifest;
  return store;
}

/**
 * Swaps the build folder's manifest for the store manifest. Returns the function that restores the
 * development manifest byte for byte (a no-op when there was nothing to swap).
 */
export async function useStoreManifestIn(outDir: string): Promise<() => Promise<void>> {
  const file = path.join(outDir, 'manifest.json');
  const original = await readFile(file, 'utf8');
  const manifest = JSON.parse(original) as Record<string, unknown>;
  if (!('key' in manifest)) return async () => undefined;
  await writeFile(file, JSON.stringify(toStoreManifest(manifest)));
  return () => writeFile(file, original);
}
