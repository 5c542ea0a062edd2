// The Firefox smoke test (`npm run test:firefox`): Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi.
// Its own config so that `vitest run` (the unit tests) never starts a browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    // One Firefox at a time on a 2-core machine; starting it takes ~5 s, each page a few seconds more.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
