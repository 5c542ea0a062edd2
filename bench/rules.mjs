// `node bench/rules.mjs [reply|customer]`: what each rule costs, to find the hot ones. Builds the engine's sources into a
// temporary bundle (vite's SSR loader would time its own module wrappers instead; dependencies bundled in, as the
// temporary directory has no node_modules to resolve them from), then times every rule alone on
// the typical texts and the real pairs. Prints numbers. Rules run alone here, with the processor's caches to
// themselves: in analyze they cost more (bench/run.mjs and bench/compare.mjs time the whole call).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { TYPICAL_CUSTOMER, TYPICAL_REPLY } from './texts.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'reply-coach-rules-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  ['rules/index.js', 'checks/index.js', 'text/prepared.js'].map((m) => `export * from ${JSON.stringify(join(root, 'src/engine', m))};`).join('\n'),
);
await build({ configFile: false, root, logLevel: 'error', ssr: { noExternal: true }, build: { ssr: entry, outDir: dir, emptyOutDir: false, minify: false, target: 'node20', rollupOptions: { output: { entryFileNames: 'probe.js' } } } });
const { RULES, compileRule, prepareText } = await import(pathToFileURL(join(dir, 'probe.js')).href);
rmSync(dir, { recursive: true, force: true });

const pairs = readFileSync(join(root, 'eval/data/twcs-dev.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const only = process.argv[2];
const sets = [
  ['reply', 'typical reply', [TYPICAL_REPLY]],
  ['customer', 'typical customer msg', [TYPICAL_CUSTOMER]],
  ['reply', 'real replies', pairs.map((p) => p.reply)],
  ['customer', 'real customer msgs', pairs.map((p) => p.customer)],
].filter(([target]) => !only || target === only);

/**
 * Median µs of one rule's call over many calls, each on a freshly prepared text (so a rule pays for what it computes
 * and caches on a text, as the first to ask does in analyze). Every call is timed: medians leave out the calls the
 * shared machine interrupted.
 */
function time(run, texts, target, calls = 3000) {
  const samples = [];
  for (let i = 0; i < calls + 300; i++) {
    const prepared = prepareText(texts[i % texts.length], { quotedSpeech: target === 'reply' });
    const start = process.hrtime.bigint();
    run(prepared);
    if (i >= 300) samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const rules = RULES.map((rule) => ({ rule, match: compileRule(rule) }));
for (const [target, name, texts] of sets) {
  const rows = rules.filter(({ rule }) => rule.target === target).map(({ rule, match }) => [rule.id, time(match, texts, target)]);
  rows.sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, t]) => sum + t, 0);
  console.log(`\n${name}: the ${target} rules' medians add up to ${total.toFixed(1)} µs a text`);
  for (const [id, t] of rows) if (t > 0.3) console.log(`  ${id.padEnd(28)} ${t.toFixed(2).padStart(7)}`);
}
