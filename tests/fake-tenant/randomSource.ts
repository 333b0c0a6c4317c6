/**
 * Randomness for ids, secrets, codes and batch shuffling. A seed makes a whole scenario repeatable; without one
 * the Web Crypto generator is used.
 */
export interface RandomSource {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, max). */
  int(max: number): number;
  /** A lower-case version-4 GUID. */
  guid(): string;
  /** `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cryptoNext(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return (word[0] ?? 0) / 4294967296;
}

export function createRandomSource(seed?: number): RandomSource {
  const next = seed === undefined ? cryptoNext : mulberry32(seed);
  const int = (max: number) => Math.floor(next() * max);
  const hex = (length: number) => Array.from({ length }, () => int(16).toString(16)).join('');
  return {
    next,
    int,
    guid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`,
    chars: (length, alphabet) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join(''),
  };
}
