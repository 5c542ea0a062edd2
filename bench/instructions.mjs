// `node bench/instructions.mjs before.js after.js ...`: compares engine builds by the instructions they execute per real
// pair (reply plus its own customer message), counted by valgrind's callgrind, instead of by time.
//
// Why: on this shared machine the same build's time per pair drifts by 30% within minutes, and timing two builds in
// one process (bench/compare.mjs) favours whichever ran first when their code differs; a 5% change cannot be told
// from either. Instruction counts are the same run to run within about 1.5% and see no neighbours. Each build runs
// twice in its own process, once with no pairs (start-up, loading and compiling) and once over the real pairs ROUNDS
// times; the difference, divided by the pairs, is what one pair costs. JIT compilation inside the measured rounds is
// counted too, as it is in a real session. Needs valgrind (`apt-get install valgrind`); about 15 s per build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROUNDS = 10;
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

function instructions(engine, rounds) {
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, '--input-type=module', '-e', workload(engine, rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !refs) throw new Error(`callgrind failed on ${engine}:\n${run.stderr.slice(-2000)}`);
  return { count: Number(refs[1].replaceAll(',', '')), pairs: Number(run.stdout.trim().split('\n').pop()) };
}

const rows = [];
for (const path of paths) {
  if (!existsSync(path)) throw new Error(`no engine at ${path}`);
  const url = pathToFileURL(resolve(path)).href;
  const startup = instructions(url, 0);
  const measured = instructions(url, ROUNDS);
  rows.push({ path, perPair: (measured.count - startup.count) / (ROUNDS * measured.pairs), startup: startup.count });
}
const first = rows[0].perPair;
console.log(`instructions per real pair (callgrind, ${ROUNDS} rounds of eval/data/twcs-dev.jsonl; run to run within ~1.5%)`);
for (const r of rows)
  console.log(`${r.path.padEnd(40)} ${Math.round(r.perPair).toLocaleString('en-US').padStart(12)}  x${(r.perPair / first).toFixed(3)} of the first   start-up ${(r.startup / 1e6).toFixed(0)}M`);
