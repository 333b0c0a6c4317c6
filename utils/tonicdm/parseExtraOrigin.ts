/**
 * An extra TonicDM origin the admin allows (e.g. a regional or staging host). Only a bare
 * https origin is accepted: no path, port, credentials or wildcard, so the fill target stays
 * exact.
 */
export function parseExtraOrigin(input: string): string | undefined {
  const text = input.trim();
  if (!/^https:\/\/[^/?#*\s]+\/?$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' || url.port || url.username || url.password) return undefined;
    if (!url.hostname.includes('.') || url.hostname.endsWith('.')) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
