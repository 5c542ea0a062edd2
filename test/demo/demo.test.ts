// The README's first command, `npm start -- --headless`, must work on a fresh machine: the demo helpdesk served on
// loopback, Debian's Chromium with the built extension, and a coached draft on each demo page. (Issue 12's lazy coach
// broke it once without any test noticing: the badge now comes when the agent reaches for the reply box.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start -- --headless', () => {
  it('coaches both demo drafts and exits 0', () => {
    // `npm test` builds before the unit tests; fail, never skip, without a build.
    expect(existsSync(join(ROOT, 'dist', 'manifest.json')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs'), '--headless'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(run.stderr).not.toContain('demo:');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('site adapter: zendesk');
    expect(run.stdout).toContain('site adapter: gmail');
    expect(run.stdout).toMatch(/badge: \d+\/\d+ moves made/);
    expect(run.stdout).toContain('Done: the extension coached both demo drafts.');
  }, 180_000);
});
