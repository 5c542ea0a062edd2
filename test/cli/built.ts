import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The tests that run the built command line (bin.test.ts, install.test.ts) share this: vitest runs files in parallel,
// and a rebuild empties dist-cli, so a file must not build while another runs the bundle. Under `npm test` the build
// has already run and this is a no-op.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist-cli', 'reply-coach.js');

function newestSourceTime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestSourceTime(join(path, name))));
}

const LOCK = join(ROOT, 'node_modules', '.cache', 'reply-coach-cli-build.lock');

function isFresh(): boolean {
  const sources = ['src/cli', 'src/engine', 'src/shared', 'package.json', 'vite.cli.config.ts'].map((p) => newestSourceTime(join(ROOT, p)));
  return existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= Math.max(...sources);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the command line unless dist-cli is newer than everything it is built from (saves ~2 s per run). */
export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(join(LOCK, '..'), { recursive: true });
  // mkdir is atomic: one file builds, the others wait for it and then find the bundle fresh.
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`${LOCK} held for 2 minutes: remove it if no test is running`);
      sleep(100);
    }
  }
  try {
    if (!isFresh())
      execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
