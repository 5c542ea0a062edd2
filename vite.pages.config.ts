// Test pages that reproduce each supported composer with the real editor library (test/pages/src -> test/pages/dist),
// plus the insertion module as an IIFE (reply-coach-insert.js, exposes window.__replyCoachInsert) that the browser
// tests inject into each page. `npx vite build --config vite.pages.config.ts`; served by test/browser/serve.ts.
import { cpSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, 'test/pages/src');
const outDir = resolve(here, 'test/pages/dist');

const pages = Object.fromEntries(
  readdirSync(root)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(root, f)]),
);

/**
 * TinyMCE and CKEditor 4 are self-hosted: their runtimes load themes, models, plugins, icons and skins by URL, so copy
 * the packages' runtime parts as they are (test/pages/src/mounts/tinymce.ts, ckeditor4.ts load them).
 */
const VENDOR: Record<string, readonly string[]> = {
  tinymce: ['tinymce.min.js', 'license.md', 'icons', 'models', 'skins', 'themes'],
  ckeditor4: ['ckeditor.js', 'config.js', 'contents.css', 'styles.js', 'LICENSE.md', 'lang', 'plugins', 'skins', 'vendor'],
};

function copyVendor(): Plugin {
  return {
    name: 'reply-coach-copy-vendor',
    apply: 'build',
    writeBundle() {
      for (const [pkg, parts] of Object.entries(VENDOR)) {
        for (const part of parts) {
          cpSync(resolve(here, 'node_modules', pkg, part), resolve(outDir, 'vendor', pkg, part), { recursive: true });
        }
      }
    },
  };
}

/** A second, library build of the insertion module: one classic script the tests add to any page. */
function insertBundle(): Plugin {
  return {
    name: 'reply-coach-insert-iife',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          minify: false,
          target: 'chrome120',
          lib: {
            entry: resolve(here, 'src/content/insert/index.ts'),
            name: '__replyCoachInsert',
            formats: ['iife'],
            fileName: () => 'reply-coach-insert.js',
          },
        },
      });
    },
  };
}

// The @lexical/* 0.52 packages each nest their own copy of lexical 0.52 while the top level has 0.53; two copies of
// lexical in one bundle break it (module-level active editor). Resolve every import of 'lexical' to one copy.
const lexical = resolve(here, 'node_modules/@lexical/rich-text/node_modules/lexical');

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  resolve: {
    alias: [{ find: /^lexical$/, replacement: resolve(lexical, 'dist/Lexical.js') }],
    dedupe: ['react', 'react-dom', 'prosemirror-model', 'prosemirror-state', 'prosemirror-view', 'prosemirror-transform'],
  },
  define: {
    // draft-js (and fbjs under it) still read Node's `global`.
    global: 'globalThis',
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    minify: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: pages },
  },
  plugins: [copyVendor(), insertBundle()],
});
