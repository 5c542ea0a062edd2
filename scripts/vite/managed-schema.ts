// A Vite plugin for the extension build: ships the schema of the organisation's policy (manifest.json
// `storage.managed_schema`). @crxjs/vite-plugin copies the manifest's icons, locales, pages and scripts but not this
// file, and Chrome refuses to load an extension whose manifest names a schema it cannot find.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function managedSchemaPlugin(file: string, root = process.cwd()): Plugin {
  return {
    name: 'reply-coach-managed-schema',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(resolve(root, file), 'utf8');
      // A schema Chrome cannot parse would only show up as an extension that does not load: fail the build instead.
      JSON.parse(source);
      this.emitFile({ type: 'asset', fileName: file, source });
    },
  };
}
