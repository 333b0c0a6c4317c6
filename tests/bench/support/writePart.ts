/** Each benchmark writes its own figures; scripts/bench.mjs merges the parts into results.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PARTS_DIR = path.resolve('.bench/parts');

export function writePart(name: string, data: unknown): void {
  mkdirSync(PARTS_DIR, { recursive: true });
  writeFileSync(path.join(PARTS_DIR, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}
