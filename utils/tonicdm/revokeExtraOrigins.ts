/**
 * Gives back host access the extension no longer needs: every origin granted at run time
 * (an extra TonicDM origin) that is not in `keep`. Removing an origin in Options must take
 * the access with it, not just the list entry; grants the manifest requires are left alone.
 */
import { browser } from 'wxt/browser';
import { originPattern } from './grantedExtraOrigins';

const SINGLE_ORIGIN_PATTERN = /^https:\/\/[^/*]+\/\*$/;

function requiredPatterns(): Set<string> {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  return new Set([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])]);
}

/** Returns the patterns it revoked. */
export async function revokeExtraOrigins(keep: readonly string[]): Promise<string[]> {
  const required = requiredPatterns();
  const kept = new Set(keep.map(originPattern));
  const { origins = [] } = await browser.permissions.getAll();
  const revoke = origins.filter((p) => SINGLE_ORIGIN_PATTERN.test(p) && !required.has(p) && !kept.has(p));
  if (revoke.length > 0) await browser.permissions.remove({ origins: revoke });
  return revoke;
}
