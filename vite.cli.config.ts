import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The command line is the engine's main job without a browser: one Node ESM bundle, no dependencies left external
// except Node's own modules, so `npx reply-coach` works from a plain `npm ci && npm run build`.
export default defineConfig({
  build: {
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    rollupOptions: {
      // engine.js: the engine alone, for the benchmark and the evaluation scripts.
      // report-worker.js: a worker thread of `reply-coach report`, loaded from beside reply-coach.js.
      input: { 'reply-coach': 'src/cli/main.ts', engine: 'src/engine/index.ts', 'report-worker': 'src/cli/report/report-worker.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    },
  },
  ssr: { noExternal: true },
});
