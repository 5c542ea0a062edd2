// `node bench/instructions.mjs before.js after.js ...`: compares engine builds by the instructions they execute per real
// pair (reply plus its own customer message), counted by valgrind's callgrind, instead of by time.
//
// Why: on this shared machine the same build's time per pair drifts by 30% within minutes, and timing two builds in
// one process (bench/compare.mjs) favours whichever ran first when their code differs; a 5% change cannot be told
// from either. Instruction counts see no neighbours. Each build runs in its own process three times, over the real
// pairs 0, WARM and WARM + ROUNDS times, and two figures come out:
// - cold: (WARM rounds - 0 rounds) / pairs, what a pair costs in a first run over a few thousand tickets, loading and
//   compiling subtracted but the JIT's work on the way counted (it is most of it: about 1.2M instructions a pair
//   against 0.24M warm, measured 2026-12-08);
// - warm: (WARM + ROUNDS rounds - WARM rounds) / pairs, what a pair costs once the code is compiled, as while an agent
//   types. V8 runs with --predictable and fixed seeds: without them compilation runs on other threads at times the
//   machine decides, and two warm counts of one build differed by 13%; with them by under 1%.
// Needs valgrind (`apt-get install valgrind`); a few minutes per build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WARM = 10;
const ROUNDS = 10;
/** Deterministic V8: compilation and garbage collection on the main thread, hash and random seeds fixed. */
const V8_FLAGS = ['--predictable', '--hash-seed=1', '--random-seed=1'];
const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: node bench/instructions.mjs path/to/engine.js [more/engine.js ...]');
  process.exit(1);
}
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench/instructions: valgrind is missing (apt-get install valgrind).');
  process.exit(1);
}
const data = fileURLToPath(new URL('../eval/data/twcs-dev.jsonl', import.meta.url));
// The workload, given to node on its command line: every real pair, in file order, `rounds` times.
const workload = (engine, rounds) => `
  import { readFileSync } from 'node:fs';
  const { analyze } = await import(${JSON.stringify(engine)});
  const pairs = readFileSync(${JSON.stringify(data)}, 'utf8').trim().split('\\n').map((line) => JSON.parse(line));
  let sink = 0;
  for (let r = 0; r < ${rounds}; r++) for (const p of pairs) sink += analyze(p.reply, { customer: p.customer }).findings.length;
  if (sink < 0) console.log(sink);
  console.log(pairs.length);`;

/** Instructions of one process over `rounds` rounds (the runs of a build go side by side: the count sees no neighbours). */
function instructions(engine, rounds) {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, ...V8_FLAGS, '--input-type=module', '-e', workload(engine, rounds)];
  return new Promise((done, fail) => {
    const child = spawn('valgrind', args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (status !== 0 || !refs) fail(new Error(`callgrind failed on ${engine}:\n${stderr.slice(-2000)}`));
      else done({ count: Number(refs[1].replaceAll(',', '')), pairs: Number(stdout.trim().split('\n').pop()) });
    });
  });
}

const rows = [];
for (const path of paths) {
  if (!existsSync(path)) throw new Error(`no engine at ${path}`);
  const url = pathToFileURL(resolve(path)).href;
  const [startup, warmed, measured] = await Promise.all([instructions(url, 0), instructions(url, WARM), instructions(url, WARM + ROUNDS)]);
  rows.push({
    path,
    cold: (warmed.count - startup.count) / (WARM * warmed.pairs),
    warm: (measured.count - warmed.count) / (ROUNDS * measured.pairs),
    startup: startup.count,
  });
}
const [first] = rows;
const count = (n) => Math.round(n).toLocaleString('en-US').padStart(10);
console.log(`instructions per real pair (callgrind over eval/data/twcs-dev.jsonl; cold: its first ${WARM} rounds, warm: the ${ROUNDS} after)`);
for (const r of rows)
  console.log(
    `${r.path.padEnd(40)} cold ${count(r.cold)} x${(r.cold / first.cold).toFixed(3)}   warm ${count(r.warm)} x${(r.warm / first.warm).toFixed(3)} of the first   start-up ${(r.startup / 1e6).toFixed(0)}M`,
  );
