// The built command line analyses on worker threads; the sources under vitest analyse in one thread. Both must write
// the same results, in the same order: 800 real support pairs (eval/data/twcs-dev.jsonl) as a CSV export, enough
// batches for the workers to finish out of order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { ensureBuilt } from './built.js';
import { runMain } from './fake-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'reply-coach.js');

const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;

function twcsAsCsv(): string {
  const pairs = readFileSync(join(ROOT, 'eval', 'data', 'twcs-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { n: number; company: string; customer: string; reply: string });
  const rows = pairs.flatMap((pair, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return [
      [`T${pair.n}`, `2026-11-${day}T10:00:00Z`, 'customer', `Customer ${pair.n}`, pair.customer],
      [`T${pair.n}`, `2026-11-${day}T10:05:00Z`, 'agent', pair.company, pair.reply],
    ];
  });
  return ['ticket_id,created_at,author_role,author_name,body', ...rows.map((row) => row.map(cell).join(','))].join('\n');
}

describe('reply-coach report, built, on worker threads', () => {
  let dir = '';
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'reply-coach-report-bin-'));
    writeFileSync(join(dir, 'tickets.csv'), twcsAsCsv());
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same results in the same order as one thread, and says how fast', async () => {
    const built = spawnSync(process.execPath, [BIN, 'report', join(dir, 'tickets.csv'), '--out', join(dir, 'threads'), '--jobs', '3'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(built.stderr).toMatch(/800 replies by \d+ agents in [\d.]+ s \(\d+ replies\/s on 3 threads\)/);
    expect(built.status).toBe(ExitCode.ok);

    const inThread = await runMain(['report', join(dir, 'tickets.csv'), '--out', join(dir, 'one')]);
    expect(inThread.code).toBe(ExitCode.ok);

    const read = (name: string) => readFileSync(join(dir, name, 'results.jsonl'), 'utf8');
    expect(read('threads').split('\n').length).toBe(801);
    expect(read('threads')).toBe(read('one'));
    const summary = (name: string) => JSON.parse(readFileSync(join(dir, name, 'summary.json'), 'utf8')) as unknown;
    expect(summary('threads')).toEqual(summary('one'));
  }, 180_000);
});
