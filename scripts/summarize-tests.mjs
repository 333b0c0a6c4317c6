// Sums vitest's and Playwright's JSON reports into the single closing line CI reads.
// A missing or unreadable report means that runner crashed: it counts as one failure.
import { readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, stepFailures = '0'] = process.argv.slice(2);

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = Number(stepFailures) || 0;

const vitest = read(vitestPath);
if (vitest && typeof vitest.numPassedTests === 'number') {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0) + (vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0);
} else {
  console.error('vitest report missing: counted as a failure');
  failed += 1;
}

const playwright = read(playwrightPath);
if (playwright?.stats) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
} else {
  console.error('playwright report missing: counted as a failure');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
