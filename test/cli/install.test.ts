// `npx reply-coach` only works inside the clone; a team lead wants the command anywhere. This installs the command the
// way the README says (npm pack, then a global install of the tarball, here into a throwaway prefix) and runs it from
// a folder outside the repository. --offline proves the package needs nothing from the registry: the command line is
// one bundle with no runtime dependencies.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { ensureBuilt } from './built.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../..', import.meta.url));

describe('installing the command for use anywhere', () => {
  let dir = '';
  let bin = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reply-coach-install-'));
    // A user's `npm pack` runs prepack, which builds dist-cli; here ensureBuilt() has just done that, and a second
    // build racing bin.test.ts's would empty dist-cli under it.
    ensureBuilt();
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO });
    const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack wrote no tarball in ${dir}`);
    const prefix = join(dir, 'prefix');
    await run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(dir, tarball)], {
      cwd: dir,
    });
    bin = join(prefix, 'bin', 'reply-coach');
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints its version from outside the repository', async () => {
    const { stdout } = await run(bin, ['--version'], { cwd: dir });
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it('checks a reply file from outside the repository', async () => {
    const reply = join(dir, 'reply.txt');
    await writeFile(reply, "I'm so sorry your parcel is late. I'll chase the courier today and write back by 5 pm.");
    const { stdout } = await run(bin, ['check', '--json', reply], { cwd: dir });
    const analysis = JSON.parse(stdout) as { signals: { apology: { present: boolean }; ownership: { present: boolean } } };
    expect(analysis.signals.apology.present).toBe(true);
    expect(analysis.signals.ownership.present).toBe(true);
  });

  it('builds the bundle when packed, and ships the command and its bundle, not the sources or the extension', async () => {
    expect(packageJson.scripts.prepack).toContain('vite.cli.config.ts');
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO });
    const [{ files }] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const paths = files.map((file) => file.path);
    expect(paths).toContain('bin/reply-coach.js');
    expect(paths).toContain('dist-cli/reply-coach.js');
    expect(paths.filter((path) => path.startsWith('src/') || path.startsWith('dist/') || path.startsWith('test/'))).toEqual([]);
  });
});
