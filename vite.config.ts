import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import baseManifest from './manifest.json' with { type: 'json' };

// REPLY_COACH_TEST=1 builds the copy the browser tests load (dist-test/): the same extension, with the content script
// also matching loopback pages (a pattern without a port matches every port), where the test pages are served.
// The store build never asks for them.
const testBuild = process.env.REPLY_COACH_TEST === '1';
const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

const manifest = {
  ...baseManifest,
  content_scripts: baseManifest.content_scripts.map((script) => ({
    ...script,
    matches: testBuild ? [...script.matches, ...TEST_MATCHES] : script.matches,
  })),
} as ManifestV3Export;

export default defineConfig({
  plugins: [
    crx({
      manifest,
      // One self-contained script instead of a loader plus dynamic import: nothing web-accessible, so pages cannot
      // detect or fetch the extension's files.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: testBuild ? 'dist-test' : 'dist',
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
