// Browser tests: Debian's Chromium (no browser downloads here), headless, against the test pages built by
// vite.pages.config.ts and served on loopback by test/browser/serve.ts (globalSetup).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '*.spec.ts',
  globalSetup: './test/browser/serve.ts',
  workers: 2,
  fullyParallel: true,
  // A shared 2-core machine runs two Chromiums at once: generous limits, and one retry in CI reported as flaky.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Concurrent runs in one checkout must not share (and wipe) each other's artifacts: PW_OUTPUT_DIR separates them.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
    trace: 'retain-on-failure',
  },
});
