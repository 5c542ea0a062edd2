// `npm run bench` (second part): `reply-coach report` throughput over 100,000 replies, as a team lead runs it (the
// built command line, one worker thread per core), and its peak memory at 10,000 and 100,000 replies: the report
// streams, so memory should stay about flat while the replies grow tenfold. Prints numbers, not pass/fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'reply-coach.js');
if (!existsSync(join(ROOT, 'dist-cli', 'report-worker.js'))) {
  console.error('bench: dist-cli is not built; run "npm run bench" (it builds) or "npm run build" first.');
  process.exit(1);
}

// Real support pairs, cycled: the engine's cost depends on real text, not on filler.
const pairs = readFileSync(join(ROOT, 'eval', 'data', 'twcs-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const AGENTS = Array.from({ length: 40 }, (_, i) => `Agent ${i + 1}`);

function writeInput(path, replies) {
  const lines = [];
  for (let i = 0; i < replies; i++) {
    const pair = pairs[i % pairs.length];
    const day = new Date(Date.UTC(2026, 9, 1) + (i % 60) * 86_400_000).toISOString();
    lines.push(JSON.stringify({ id: `r${i}`, ticket: `T${i}`, agent: AGENTS[i % AGENTS.length], created_at: day, reply: pair.reply, customer: pair.customer }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Runs the report once; wall time from outside, peak RSS from inside (resourceUsage at exit, main thread + workers). */
function run(input, out) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'print-peak-rss.mjs'), BIN, 'report', input, '--out', out], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`report failed (${child.status}): ${child.stderr}`);
  const rss = Number(/peak-rss-kb=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1024;
  return { seconds, rss };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(os.tmpdir(), 'reply-coach-bench-report-'));
try {
  const sizes = [10_000, 100_000];
  const RUNS = 3;
  console.log(`reply-coach report, JSON Lines of real pairs (twcs-dev, cycled), ${os.availableParallelism()} cores, median of ${RUNS} runs`);
  console.log('replies     wall s   replies/s   peak RSS MB');
  const rows = [];
  for (const size of sizes) {
    const input = join(dir, `replies-${size}.jsonl`);
    writeInput(input, size);
    const runs = Array.from({ length: RUNS }, (_, i) => run(input, join(dir, `out-${size}-${i}`)));
    const seconds = median(runs.map((r) => r.seconds));
    const rss = median(runs.map((r) => r.rss));
    rows.push({ size, seconds, rss });
    console.log(`${String(size).padEnd(10)}  ${seconds.toFixed(2).padStart(6)}   ${String(Math.round(size / seconds)).padStart(9)}   ${rss.toFixed(0).padStart(11)}`);
  }
  const [small, large] = rows;
  console.log(`peak memory at ${large.size} replies / at ${small.size}: x${(large.rss / small.rss).toFixed(2)} (flat is x1; the replies grew x${large.size / small.size})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
