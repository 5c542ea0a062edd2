#!/usr/bin/env node
// `node scripts/engine-snapshot.mjs write <file>` / `check <file>` [--engine path/to/engine.js]: the engine's full
// answer (signals with their evidence spans, customer signals, checklist, findings, language, truncation, verdict)
// on every text the project has, written as JSON Lines, or compared with such a file. A change meant to make the
// engine faster without changing what it says is checked by writing the snapshot with the build before the change
// and checking it with the build after (`vite build --config vite.cli.config.ts` writes dist-cli/engine.js).
//
// The snapshot is not committed: the rule data changes as rules are tuned, and a snapshot holds only for the rules it
// was written with. test/engine/indexed-match.test.ts holds the same promise in `npm test` whatever the rules say
// (the indexed matcher against a plain scan, rule by rule).
//
// Texts: eval/data (twcs replies with their customer messages, OLID, GoEmotions, support phrases), eval/labelled.jsonl,
// every rule's examples, long composed replies, and seeded fuzz made from all of these (joined, capitalised, curly
// quotes, markup, quoted history, signatures, emoji, texts longer than a sentence's reach, a cut below the length).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeReply } from '../bench/texts.mjs';
import { loadOlid, loadTwcs } from '../eval/sets.mjs';

const args = process.argv.slice(2);
const engineFlag = args.indexOf('--engine');
const enginePath = engineFlag >= 0 ? args.splice(engineFlag, 2)[1] : 'dist-cli/engine.js';
const [mode, file] = args;
if (!['write', 'check'].includes(mode) || !file) {
  console.error('usage: node scripts/engine-snapshot.mjs write|check <file.jsonl> [--engine dist-cli/engine.js]');
  process.exit(2);
}
const { analyze, RULES } = await import(pathToFileURL(resolve(enginePath)).href);

const root = new URL('..', import.meta.url);
const lines = (path) => readFileSync(new URL(path, root), 'utf8').split('\n').filter((line) => line.trim());

/** Every case: a reply, the customer message it answers (or none), and settings. */
const cases = [];
const add = (name, reply, customer, settings) => cases.push({ name, reply, customer, settings });

for (const pair of loadTwcs()) {
  add(`twcs ${pair.n}`, pair.reply, pair.customer);
  // Each side read as the other too: the reply rules on customer text, the customer rules on replies.
  add(`twcs ${pair.n} swapped`, pair.customer, pair.reply);
}
for (const row of loadOlid()) add(`olid ${row.id}`, row.tweet, row.tweet);
for (const [i, line] of lines('eval/data/goemotions-dev.tsv').entries()) {
  const text = line.split('\t')[0];
  add(`goemotions ${i}`, text, text);
}
for (const [i, line] of lines('eval/data/support-phrases-dev.jsonl').entries()) {
  const { text } = JSON.parse(line);
  add(`phrase ${i}`, text, text);
}
for (const line of lines('eval/labelled.jsonl')) {
  const item = JSON.parse(line);
  add(`labelled ${item.id}`, item.reply, item.customer);
}
const examples = [];
for (const rule of RULES)
  for (const [kind, texts] of Object.entries(rule.examples))
    for (const [i, text] of texts.entries()) {
      examples.push(text);
      add(`example ${rule.id} ${kind} ${i}`, text, text);
      add(`example ${rule.id} ${kind} ${i} alone`, text, undefined, { disabledRules: [rule.id] });
    }
for (const words of [300, 2_000, 8_000]) add(`composed ${words}`, composeReply(words, words), undefined);

// Seeded fuzz (mulberry32, as bench/texts.mjs): the same texts on every run.
let state = 20261207;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const pool = [...cases.map((c) => c.reply), ...examples];
const MUTATIONS = [
  (t) => t.toUpperCase(),
  (t) => t.replace(/'/g, '\u2019').replace(/"/g, () => pick(['\u201c', '\u201d'])),
  (t) => `${t} ${pick(pool)}`,
  (t) => `${t}\n\n${pick(pool)}\n${pick(pool)}`,
  (t) => `<p>${t}</p><img src=x onerror=alert(1)> ${pick(pool)}`,
  (t) => `${t}\n\nOn Mon, 3 Jun 2024 at 10:02, Ana <ana@x.com> wrote:\n> ${pick(pool)}`,
  (t) => `${t}\n-- \nJonas, Support TEAM`,
  (t) => `${t} 😡😡 ${pick(pool)} 🙏`,
  (t) => t.replace(/ /g, () => pick([' ', ' ', ' ', '  ', '\n', ', ', '. ', '! ', '?? '])),
  (t) => t.replace(/[a-z]/g, (c) => (random() < 0.1 ? c.toUpperCase() : c)),
  (t) => `"${t}" you said. ${pick(pool)}`,
  () => Array.from({ length: 30 }, () => pick(pool)).join(pick([' ', '\n', ''])),
  (t) => `${t}${'x'.repeat(Math.floor(random() * 3000))} ${pick(pool)}`,
  (t) => t.slice(Math.floor(random() * t.length)),
  (t) => `İ ${t} ſ ${pick(pool)}`,
];
for (let i = 0; i < 4000; i++) {
  let text = pick(pool);
  for (let k = 1 + Math.floor(random() * 3); k > 0; k--) text = pick(MUTATIONS)(text);
  const settings = random() < 0.1 ? { maxChars: 1 + Math.floor(random() * 400) } : undefined;
  add(`fuzz ${i}`, text, random() < 0.7 ? pick(pool) : undefined, settings);
}

const started = performance.now();
const results = cases.map(({ name, reply, customer, settings }) =>
  JSON.stringify({ name, result: analyze(reply, { customer, ...(settings ? { settings } : {}) }) }),
);
const seconds = (performance.now() - started) / 1000;

if (mode === 'write') {
  writeFileSync(file, `${results.join('\n')}\n`);
  console.log(`engine-snapshot: wrote ${results.length} analyses to ${file} (${seconds.toFixed(1)} s)`);
} else {
  const expected = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let differences = 0;
  if (expected.length !== results.length) console.log(`engine-snapshot: ${expected.length} cases in ${file}, ${results.length} now`);
  for (const [i, line] of results.entries()) {
    if (line === expected[i]) continue;
    differences++;
    if (differences <= 5) console.log(`DIFFERENT ${cases[i].name}\n  was: ${expected[i]?.slice(0, 2000)}\n  now: ${line.slice(0, 2000)}`);
  }
  console.log(`engine-snapshot: ${results.length - differences} of ${results.length} analyses identical (${seconds.toFixed(1)} s)`);
  if (differences > 0 || expected.length !== results.length) process.exit(1);
}
