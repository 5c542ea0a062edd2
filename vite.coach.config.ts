import { defineConfig } from 'vite';
import { stripRuleExamplesPlugin } from './scripts/vite/strip-rule-examples.js';
import extension from './vite.config.ts';

// The coach (src/content/coach/index.ts: engine, views, features) as one classic script, written into the extension
// build that vite.config.ts just made (run after it: `npm run build` does). The service worker injects it into a
// helpdesk frame's isolated world with scripting.executeScript when the agent first works in a composer
// (src/background/coach-inject.ts), so it must not be a module and must import nothing: a self-contained IIFE.
// Output directory, target and minification are the extension build's own, so the two never drift apart.
const build = extension.build ?? {};

export default defineConfig({
  // Nothing from public/: the extension build copied it already.
  publicDir: false,
  // The coach carries the engine, so the rules' test examples are emptied here too (test/size checks dist/).
  plugins: [stripRuleExamplesPlugin()],
  build: {
    outDir: build.outDir,
    emptyOutDir: false,
    target: build.target,
    minify: build.minify,
    sourcemap: false,
    rollupOptions: {
      input: 'src/content/coach/index.ts',
      output: { format: 'iife', entryFileNames: 'src/content/coach.js' },
    },
  },
});
