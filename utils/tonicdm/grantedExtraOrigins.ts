/**
 * The extra TonicDM origins that may be used right now: listed in Options (validated, since
 * any content script can rewrite storage.local) and granted by the browser. The grant is the
 * part a page cannot forge: only the admin's answer to the browser's own prompt gives it.
 */
import { browser } from 'wxt/browser';
import { optionsItem } from '../storage';
import { validExtraOrigins } from './parseExtraOrigin';

/** The host-permission pattern that covers exactly one origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export async function storedExtraOrigins(): Promise<string[]> {
  const stored = (await optionsItem.getValue()) as { extraTonicdmOrigins?: unknown } | null;
  return validExtraOrigins(stored?.extraTonicdmOrigins);
}

export async function isOriginGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
}

export async function grantedExtraOrigins(): Promise<string[]> {
  const listed = await storedExtraOrigins();
  const granted = await Promise.all(listed.map(isOriginGranted));
  return listed.filter((_, i) => granted[i]);
}
