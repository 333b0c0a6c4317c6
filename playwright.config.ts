import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/fluentGlobalSetup.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 7_000 },
  retries: 0,
  use: { actionTimeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results',
});
