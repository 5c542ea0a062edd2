import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import baseManifest from './manifest.json' with { type: 'json' };
import { managedSchemaPlugin } from './scripts/vite/managed-schema.js';
import { stripRuleExamplesPlugin } from './scripts/vite/strip-rule-examples.js';
import { FIREFOX_ID } from './src/shared/extension-ids.js';
import { BUILT_IN_MATCHES, SWITCHED_MATCHES } from './src/shared/helpdesks.js';

// REPLY_COACH_TEST=1 builds the copy the browser tests load: the same extension, with the content script also matching
// loopback pages (a pattern without a port matches every port), where the test pages are served. The store build
// never asks for them.
const testBuild = process.env.REPLY_COACH_TEST === '1';
const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

// BROWSER=firefox builds the Firefox add-on (dist-firefox/, or dist-firefox-test/ with REPLY_COACH_TEST=1) from the
// same manifest.json. Firefox MV3 refuses `background.service_worker` and runs `background.scripts` as an event page;
// AMO wants an add-on id and the data-collection declaration. 142 is the first version whose manifest knows
// `data_collection_permissions`, so web-ext lint accepts it without a compatibility warning.
const firefox = process.env.BROWSER === 'firefox';

// manifest.json leaves the content script's matches out: they come from the table of built-in helpdesks
// (src/shared/helpdesks.ts), which the options page and the site adapters' test read too.
const contentScripts = baseManifest.content_scripts.map((script) => ({
  ...script,
  matches: testBuild ? [...BUILT_IN_MATCHES, ...TEST_MATCHES] : [...BUILT_IN_MATCHES],
}));

// Firefox only: the page-world paste helper, on the same sites as the content script (src/content/insert/page-world-paste.ts
// says why).
const PAGE_WORLD_PASTE = 'src/content/insert/page-world-paste.ts';
const pageWorldPaste = {
  matches: contentScripts.flatMap((script) => script.matches),
  js: [PAGE_WORLD_PASTE],
  run_at: 'document_idle',
  world: 'MAIN',
};

const firefoxKeys = {
  content_scripts: [...contentScripts, pageWorldPaste],
  background: { scripts: [baseManifest.background.service_worker], type: baseManifest.background.type },
  browser_specific_settings: {
    gecko: {
      id: FIREFOX_ID,
      strict_min_version: '142.0',
      // Reply Coach collects and transmits nothing (PRIVACY.md).
      data_collection_permissions: { required: ['none'] },
    },
  },
};

// Chromium refuses scripting.executeScript on a page the extension only has content-script matches for ("Cannot
// access contents of the page"), and the coach is injected that way (src/background/coach-inject.ts): the same hosts
// as host permissions. They add no install warning (the content scripts' hosts already give it) and nothing
// web-accessible. Firefox injects with the matches alone; the same key there keeps the builds alike.
const hostPermissions = [...new Set(contentScripts.flatMap((script) => script.matches))];

// The helpdesks behind a switch (Outlook, Freshdesk, …) are named in optional_host_permissions only: their switch on
// the settings page asks for exactly their hosts, so the install prompt stays the two on-by-default helpdesks'. The
// broad optional patterns (any https/http site, asked one origin at a time) already cover them; naming them says
// which the extension knows, and keeps them requestable if the broad ones are ever narrowed.
const optionalHostPermissions = [...new Set([...baseManifest.optional_host_permissions, ...SWITCHED_MATCHES])];

const manifest = {
  ...baseManifest,
  content_scripts: contentScripts,
  host_permissions: hostPermissions,
  optional_host_permissions: optionalHostPermissions,
  ...(firefox ? firefoxKeys : {}),
} as ManifestV3Export;

const outDir = `dist${firefox ? '-firefox' : ''}${testBuild ? '-test' : ''}`;

export default defineConfig({
  plugins: [
    crx({
      manifest,
      browser: firefox ? 'firefox' : 'chrome',
      // One self-contained script instead of a loader plus dynamic import: nothing web-accessible, so pages cannot
      // detect or fetch the extension's files.
      contentScripts: { standaloneFiles: ['src/content/index.ts', ...(firefox ? [PAGE_WORLD_PASTE] : [])] },
    }),
    // After crx(): it empties the rules' test examples in everything crx() emitted, the content script included.
    stripRuleExamplesPlugin(),
    // The organisation policy's schema (storage.managed_schema), which crx() does not copy.
    managedSchemaPlugin(baseManifest.storage.managed_schema),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: firefox ? 'firefox142' : 'chrome120',
    // Minified: every helpdesk tab parses the content script. Store reviewers rebuild from the source package that
    // `npm run zip` writes beside the store zips (scripts/zip.mjs). No source maps in what ships.
    minify: true,
    sourcemap: false,
    // Chrome 120 and Firefox 142 preload modules themselves: Vite's polyfill would only add a fetch() to the pages.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The browser suites: Playwright's (*.spec.ts, `npm run test:browser`) and Firefox's (`npm run test:firefox`).
    exclude: ['**/node_modules/**', 'test/browser/**', 'test/firefox/**'],
  },
});
