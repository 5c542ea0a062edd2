import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

// One extension build; BROWSER=firefox (issue 5) will add a second.
export default defineConfig({
  plugins: [crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    // The store review reads the code: keep it readable, it is small anyway.
    minify: false,
    sourcemap: false,
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The browser suites are Playwright's (*.spec.ts), run by `npm run test:browser`.
    exclude: ['**/node_modules/**', 'test/browser/**'],
  },
});
