import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup/i18n.ts'],
    mockReset: true,
    restoreMocks: true,
    // jsdom suites on a busy 2-core machine can take several seconds per test.
    testTimeout: 20_000,
  },
});
