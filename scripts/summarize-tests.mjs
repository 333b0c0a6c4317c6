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

/** Titles of the browser tests that failed once and passed on their retry. */
function flakyTitles(suites, path = []) {
  const titles = [];
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      if ((spec.tests ?? []).some((t) => t.status === 'flaky')) titles.push([...here, spec.title].join(' › ') + ` (${spec.file}:${spec.line})`);
    }
    titles.push(...flakyTitles(suite.suites, here));
  }
  return titles;
}

const playwright = read(playwrightPath);
if (playwright?.stats) {
  // A browser test gets one retry (playwright.config.ts): a machine under load can miss a
  // timing once. It counts as passed, and is named here so it is looked into, not forgotten.
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  for (const title of flakyTitles(playwright.suites)) console.log(`flaky (failed once, passed on retry): ${title}`);
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
} else {
  console.error('playwright report missing: counted as a failure');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
