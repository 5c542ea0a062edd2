#!/usr/bin/env node
// Thin launcher: the command line is bundled by `npm run build` into dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/reply-coach.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('reply-coach: not built yet; run `npm run build` first.\n');
  process.exit(70);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
