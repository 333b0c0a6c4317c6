import { defineConfig } from '@playwright/test';

// The demo is not a test suite: it drives the replica tenant once and prints what happened.
export default defineConfig({
  testDir: '.',
  testMatch: 'demo.run.ts',
  workers: 1,
  timeout: 120_000,
  reporter: [['line']],
  outputDir: '../../.demo/results',
});
