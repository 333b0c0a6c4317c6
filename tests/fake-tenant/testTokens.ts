import { base64UrlDecode, base64UrlEncode } from './base64url';

/**
 * Unsigned, JWT-shaped test tokens. Three dot-separated base64url parts, as MSAL and Graph clients expect;
 * the signature part is a fixed marker because nothing in the test stack verifies it.
 */
const HEADER = { typ: 'JWT', alg: 'none', kid: 'fake-tenant-test-key' };
const SIGNATURE = base64UrlEncode('unsigned-test-token');

export type TokenClaims = Record<string, unknown>;

export function mintTestToken(claims: TokenClaims): string {
  return `${base64UrlEncode(JSON.stringify(HEADER))}.${base64UrlEncode(JSON.stringify(claims))}.${SIGNATURE}`;
}

/** The payload of a test token, or undefined when the text is not a well-formed three-part token. */
export function decodeTestToken(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return undefined;
  const json = base64UrlDecode(parts[1]);
  if (json === undefined) return undefined;
  try {
    const payload: unknown = JSON.parse(json);
    return payload !== null && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as TokenClaims)
      : undefined;
  } catch {
    return undefined;
  }
}
