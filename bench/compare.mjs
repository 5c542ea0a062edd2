// `node bench/compare.mjs before.js after.js ...`: times engine builds side by side on the same texts, in one run.
// The machine is shared and its load moves every figure, so the builds take turns in short rounds (A B C, A B C, ...)
// and each row's medians come from the same stretch of time: the ratios hold even when the absolute numbers drift.
// Prints numbers, not pass/fail (bench/run.mjs holds the budget and alex's ratio for the current build).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { text as alex } from 'alex';
import { composeReply, customerVariants, TYPICAL_CUSTOMER, TYPICAL_REPLY } from './texts.mjs';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: node bench/compare.mjs path/to/engine.js [more/engine.js ...]');
  process.exit(1);
}
const engines = await Promise.all(paths.map(async (path) => ({ path, analyze: (await import(pathToFileURL(resolve(path)).href)).analyze })));

let sink = 0;
const consume = (value) => {
  sink += typeof value === 'object' && value !== null ? 1 : 0;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Per call µs of each engine on `task(analyze, i)`: `rounds` turns of `perRound` calls each, every call timed. */
function race(task, { rounds = 30, perRound = 50, warmup = 200 } = {}) {
  const samples = engines.map(() => []);
  const calls = engines.map(() => 0);
  for (const [k, { analyze }] of engines.entries()) for (let i = 0; i < warmup; i++) consume(task(analyze, calls[k]++));
  for (let round = 0; round < rounds; round++)
    for (const [k, { analyze }] of engines.entries())
      for (let i = 0; i < perRound; i++) {
        const start = process.hrtime.bigint();
        consume(task(analyze, calls[k]++));
        samples[k].push(Number(process.hrtime.bigint() - start) / 1000);
      }
  return samples.map(median);
}

const pairs = readFileSync(new URL('../eval/data/twcs-dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const customers = customerVariants(8192);
const customersWithYou = customers.map((c) => c.replace('nobody has bothered', 'none of you have bothered'));
const long = { 2_000: composeReply(2_000, 2), 8_000: composeReply(8_000, 8) };

const rows = [
  ['typical reply, same customer msg', race((analyze) => analyze(TYPICAL_REPLY, { customer: TYPICAL_CUSTOMER }), { rounds: 40 })],
  ['typical reply, new customer msg', race((analyze, i) => analyze(TYPICAL_REPLY, { customer: customers[i % customers.length] }), { rounds: 40 })],
  ['typical reply, new customer msg with "you"', race((analyze, i) => analyze(TYPICAL_REPLY, { customer: customersWithYou[i % customers.length] }), { rounds: 40 })],
  ['real pairs (twcs-dev), a new customer each', race((analyze, i) => analyze(pairs[i % pairs.length].reply, { customer: pairs[i % pairs.length].customer }), { rounds: 40, perRound: 100 })],
  ['2,000-word reply', race((analyze) => analyze(long[2_000]), { rounds: 10, perRound: 3, warmup: 3 })],
  ['8,000-word reply', race((analyze) => analyze(long[8_000]), { rounds: 6, perRound: 2, warmup: 2 })],
];
// alex on the real replies, in the same run, for the ratio issue 11 asks about.
let next = 0;
const alexReal = median(Array.from({ length: 400 }, () => {
  const start = process.hrtime.bigint();
  consume(alex(pairs[next++ % pairs.length].reply));
  return Number(process.hrtime.bigint() - start) / 1000;
}));

const fmt = (value) => value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
console.log(`\nNode ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((a) => a.toFixed(2)).join(' ')}`);
engines.forEach(({ path }, k) => console.log(`engine ${String.fromCharCode(65 + k)}: ${path}`));
const header = ['median µs per call', ...engines.map((_, k) => String.fromCharCode(65 + k)), ...engines.slice(1).map((_, k) => `A/${String.fromCharCode(66 + k)}`)];
const lines = rows.map(([name, medians]) => [name, ...medians.map(fmt), ...medians.slice(1).map((m) => `x${(medians[0] / m).toFixed(2)}`)]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const format = (line) => line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(format(header));
for (const line of lines) console.log(format(line));
const real = rows[3][1];
console.log(`\nalex on the same real replies: ${fmt(alexReal)} µs median; real pairs cheaper than alex: ${real.map((m, k) => `${String.fromCharCode(65 + k)} x${(alexReal / m).toFixed(0)}`).join(', ')}`);
const [w2, w8] = [rows[4][1], rows[5][1]];
console.log(`growth 2k→8k words (linear = x${(long[8_000].length / long[2_000].length).toFixed(1)}): ${w2.map((m, k) => `${String.fromCharCode(65 + k)} x${(w8[k] / m).toFixed(1)}`).join(', ')}`);
if (sink === 0) console.log('(no results consumed?)');
