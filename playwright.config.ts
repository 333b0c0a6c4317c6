import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/fluentGlobalSetup.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 7_000 },
  // One retry: a loaded machine can miss a timing once. A test that needs it is named as flaky in
  // the summary (scripts/summarize-tests.mjs); one that fails twice fails the run.
  retries: 1,
  use: { actionTimeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results',
});
