/**
 * SHA-256 of a text, as hex. Lets the clipboard guard tell "the clipboard still holds the
 * secret" without keeping a second copy of it.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
