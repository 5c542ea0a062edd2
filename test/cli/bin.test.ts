import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import packageJson from '../../package.json' with { type: 'json' };
import { ensureBuilt } from './built.js';
import { ANGRY_CUSTOMER, POOR_REPLY } from './drafts.js';

// These tests run the command line as users do: the built bundle behind bin/reply-coach.js, in a child process.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'reply-coach.js');

function run(args: string[], stdin = '', options: { timeout?: number; command?: string[] } = {}): SpawnSyncReturns<string> {
  const [command, ...prefix] = options.command ?? [process.execPath, BIN];
  return spawnSync(command!, [...prefix, ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    // Generous: these guard against hangs, and a shared 2-core machine under load is slow.
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: undefined },
  });
}

/** A 5 MB draft of varied support sentences in paragraphs, like a pasted thread or log. */
function fiveMegabyteDraft(): string {
  const sentences = [
    "I'm so sorry your order arrived late.",
    'I understand how frustrating it is to wait without any news.',
    "I'll look into the shipment with our warehouse team today.",
    'Could you confirm the delivery address on the order?',
    'Thank you for your patience while we sort this out.',
    'Our records show the parcel left the depot on Monday.',
  ];
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
    const paragraph = [0, 1, 2, 3].map((k) => sentences[(i * 7 + k * 3) % sentences.length]).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

beforeAll(ensureBuilt, 60_000);

describe('the built command line', () => {
  it('checks a draft file against a customer message on stdin', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'reply-coach-bin-'));
    try {
      const draft = join(dir, 'draft.txt');
      writeFileSync(draft, POOR_REPLY);
      const result = run(['check', '--customer', '-', draft], ANGRY_CUSTOMER);
      expect(result.status).toBe(ExitCode.ok);
      expect(result.stdout).not.toContain('assumed a customer');
      expect(result.stdout).toMatch(/✗ Apologize for the problem +missing +The customer is upset about a problem/);
      expect(result.stdout).toMatch(/^ {2}2:1 +warning {2}“Calm down”$/m);
      // Piped output is never coloured.
      expect(result.stdout).not.toContain('\x1b[');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits with the documented codes', { timeout: 120_000 }, () => {
    expect(run(['--version']).stdout).toBe(`${packageJson.version}\n`);
    expect(run(['check', '--frobnicate']).status).toBe(ExitCode.usage);
    const missing = run(['check', 'no-such-draft.txt']);
    expect(missing.status).toBe(ExitCode.unreadableInput);
    expect(missing.stderr).toBe('reply-coach: cannot read no-such-draft.txt: no such file\n');
    expect(run(['check'], '   \n').status).toBe(ExitCode.emptyInput);
    const batch = run(['check', '--jsonl'], '{"id":"ok","reply":"Thanks!"}\nnot json\n');
    expect(batch.status).toBe(ExitCode.malformedLines);
    expect(JSON.parse(batch.stdout)).toMatchObject({ id: 'ok', signals: { gratitude: true } });
    expect(batch.stderr).toMatch(/^reply-coach: line 2: not valid JSON/m);
  });

  it('cuts a 5 MB draft, says so, and finishes', () => {
    const draft = fiveMegabyteDraft();
    const started = performance.now();
    const result = run(['check'], draft, { timeout: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    expect(result.status).toBe(ExitCode.ok);
    expect(result.stdout).toContain(`analysed the first 200,000 of ${draft.length.toLocaleString('en-US')} characters`);
    // Not frozen. It takes ~5 s on an idle 2-core machine while the engine's sentence splitting is quadratic on
    // Node 20 (Intl.Segmenter, reported); tighten this bound once that is fixed.
    expect(seconds).toBeLessThan(45);
  }, 90_000);

  it('runs as `npx reply-coach` from the repository root', () => {
    const result = run(['check', '--json'], POOR_REPLY, { command: ['npx', '--no-install', 'reply-coach'], timeout: 60_000 });
    expect(result.status).toBe(ExitCode.ok);
    expect(JSON.parse(result.stdout)).toMatchObject({ language: { checked: true } });
  }, 90_000);
});
