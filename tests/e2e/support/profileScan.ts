/**
 * Searches every file of a browser profile for secrets at rest. Chromium keeps Web Storage in
 * LevelDB, whose values are Latin-1 or UTF-16LE and whose table files may be Snappy-compressed
 * (which can break a long string into pieces), so each secret is searched as overlapping slices
 * in both encodings, and any JWT-shaped text is reported too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SecretAtRest {
  /** What it is, e.g. "access_token #2". */
  label: string;
  value: string;
}

export interface Finding {
  /** Path relative to the profile. */
  file: string;
  label: string;
  encoding: 'latin1' | 'utf16le';
  /** The slice that matched (of a test token: never a real secret). */
  needle: string;
}

const SLICE = 24;
const STRIDE = 12;
const JWT_SHAPE = /eyJ[\w-]{16,}\.eyJ[\w-]{16,}/;

/**
 * The part of a secret that identifies it: a JWT's payload (headers and test signatures are shared by
 * every token), a whole opaque token otherwise.
 */
function distinctivePart(value: string): string {
  const parts = value.split('.');
  return parts.length === 3 && parts[1] ? parts[1] : value;
}

/** Overlapping slices, so a secret cut into pieces by compression is still found. */
export function slicesOf(value: string): string[] {
  const part = distinctivePart(value);
  if (part.length <= SLICE) return [part];
  const slices: string[] = [];
  for (let start = 0; start + SLICE <= part.length; start += STRIDE) slices.push(part.slice(start, start + SLICE));
  slices.push(part.slice(-SLICE));
  return [...new Set(slices)];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function findSecretsInProfile(profileDir: string, secrets: readonly SecretAtRest[]): Finding[] {
  const needles = secrets.flatMap((secret) =>
    slicesOf(secret.value).map((needle) => ({
      label: secret.label,
      needle,
      latin1: Buffer.from(needle, 'latin1'),
      utf16le: Buffer.from(needle, 'utf16le'),
    })),
  );
  const findings: Finding[] = [];
  for (const file of filesUnder(profileDir)) {
    let data: Buffer;
    try {
      if (!statSync(file).isFile()) continue;
      data = readFileSync(file);
    } catch {
      continue;
    }
    const rel = path.relative(profileDir, file);
    const seen = new Set<string>();
    for (const n of needles) {
      for (const encoding of ['latin1', 'utf16le'] as const) {
        if (seen.has(`${n.label}|${encoding}`)) continue;
        if (data.indexOf(n[encoding]) >= 0) {
          seen.add(`${n.label}|${encoding}`);
          findings.push({ file: rel, label: n.label, encoding, needle: n.needle });
        }
      }
    }
    for (const encoding of ['latin1', 'utf16le'] as const) {
      const shape = JWT_SHAPE.exec(data.toString(encoding));
      if (shape) findings.push({ file: rel, label: 'JWT-shaped text', encoding, needle: shape[0].slice(0, 60) });
    }
  }
  return findings;
}
