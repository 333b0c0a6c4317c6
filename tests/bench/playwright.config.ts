import { defineConfig } from '@playwright/test';

/**
 * Benchmarks, not tests: each *.bench.ts measures and writes its figures to .bench/parts/;
 * scripts/bench.mjs builds first and summarises afterwards. Never part of `npm test`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Page cost alone runs five paired measurements of four blades: about 5 minutes on a busy 2-core machine.
  timeout: 900_000,
  reporter: [['list']],
  outputDir: '../../.bench/test-results',
});
