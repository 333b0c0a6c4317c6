import type { RandomSource } from './randomSource';

/** RFC 3986 "unreserved" characters, the alphabet of current Entra client secrets. */
const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/**
 * A client secret in the current Entra shape (security-utilities rule SEC101_156): three characters, the
 * version marker "8Q~", then 34 more — 40 in all. The first three are what Graph exposes as `hint`.
 */
export function generateSecretText(random: RandomSource): string {
  return `${random.chars(3, UNRESERVED)}8Q~${random.chars(34, UNRESERVED)}`;
}
