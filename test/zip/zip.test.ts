// scripts/zip.mjs: the store packages are byte-for-byte reproducible (two builds from the same tree, in two time zones,
// give the same zips), their entries are sorted, dated 1980-01-01 00:00, mode 0644, with no extra fields, the manifest
// sits at the root, and neither source maps nor the test build's loopback matches get in. The zips are read back from
// their raw bytes, not through the script's own code. The source package (for AMO's review of minified code) holds the
// build instructions and the sources, no build and no dependencies, and rebuilding from it alone gives the Firefox
// package's files byte for byte.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const ZIP = join(ROOT, 'scripts/zip.mjs');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version as string;
const BROWSERS = ['chrome', 'firefox'] as const;
type Packages = Record<(typeof BROWSERS)[number] | 'source', Buffer>;

function run(args: string[], env: Record<string, string | undefined> = {}) {
  // vitest sets NODE_ENV=test; a store build runs without it (with it, the JSX runtime writes source paths in).
  const merged: Record<string, string | undefined> = { ...process.env, NODE_ENV: undefined, REPLY_COACH_TEST: undefined, BROWSER: undefined, ...env };
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: merged as NodeJS.ProcessEnv });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Build both browsers into `dir` and zip them there, the way `npm run zip` does; returns the zips' bytes. */
function buildAndZip(dir: string, tz: string): Packages {
  for (const browser of BROWSERS) {
    const build = run([VITE, 'build', '--outDir', join(dir, browser), '--logLevel', 'error'], { BROWSER: browser });
    expect(build.code, build.out).toBe(0);
  }
  const zip = run([ZIP, '--chrome', join(dir, 'chrome'), '--firefox', join(dir, 'firefox'), '--out', join(dir, 'out')], { TZ: tz });
  expect(zip.code, zip.out).toBe(0);
  const read = (browser: string) => readFileSync(join(dir, 'out', `reply-coach-${browser}-${VERSION}.zip`));
  return { chrome: read('chrome'), firefox: read('firefox'), source: read('source') };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface CentralEntry {
  name: string;
  madeByOs: number;
  dosTime: number;
  dosDate: number;
  externalAttrs: number;
  extraLength: number;
  localExtraLength: number;
  commentLength: number;
}

/** The central directory of a zip, read field by field (APPNOTE.TXT 4.3.12, 4.3.16). */
function centralDirectory(zip: Uint8Array): CentralEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50); // no archive comment, so the record is last
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      madeByOs: view.getUint8(at + 5),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      externalAttrs: view.getUint32(at + 38, true),
      extraLength,
      localExtraLength: view.getUint16(localHeader + 28, true),
      commentLength,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let work: string;
let first: Packages;
let second: Packages;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'reply-coach-zip-'));
  // Two time zones far apart: a timestamp taken from the clock or the zone would differ.
  first = buildAndZip(join(work, 'a'), 'UTC');
  second = buildAndZip(join(work, 'b'), 'Pacific/Kiritimati');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(BROWSERS)('the %s store zip', (browser) => {
  it('is byte-for-byte the same from two builds of the same tree', () => {
    expect(first[browser].length).toBeGreaterThan(10_000);
    expect(sha256(second[browser])).toBe(sha256(first[browser]));
  });

  it('has sorted entries with a fixed date, mode 0644, and no extra fields, comments or directories', () => {
    const entries = centralDirectory(first[browser]);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names.filter((name) => name.endsWith('/'))).toEqual([]);
    for (const entry of entries) {
      expect({ name: entry.name, os: entry.madeByOs, time: entry.dosTime, date: entry.dosDate }).toEqual({
        name: entry.name,
        os: 3,
        time: 0,
        date: (0 << 9) | (1 << 5) | 1, // 1980-01-01
      });
      expect((entry.externalAttrs >>> 16).toString(8)).toBe('100644');
      expect([entry.extraLength, entry.localExtraLength, entry.commentLength]).toEqual([0, 0, 0]);
    }
  });

  it('carries the store manifest at the root, with no source maps and no test matches', () => {
    const files = unzipSync(first[browser]);
    expect(Object.keys(files)).toContain('manifest.json');
    expect(Object.keys(files).filter((name) => name.endsWith('.map'))).toEqual([]);
    const manifestText = new TextDecoder().decode(files['manifest.json']);
    expect(manifestText).not.toMatch(/127\.0\.0\.1|localhost/);
    const manifest = JSON.parse(manifestText);
    expect(manifest.version).toBe(VERSION);
    if (browser === 'firefox') {
      expect(manifest.background.scripts).toHaveLength(1);
      expect(manifest.browser_specific_settings.gecko.id).toBe('reply-coach@reply-coach.app');
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    } else {
      expect(typeof manifest.background.service_worker).toBe('string');
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
    // Every file the manifest names for the content scripts and the background is in the package.
    const named = [...manifest.content_scripts.flatMap((script: { js: string[] }) => script.js), ...(manifest.background.scripts ?? [manifest.background.service_worker])];
    for (const file of named) expect(Object.keys(files)).toContain(file);
  });
});

describe('the source package', () => {
  const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

  it('is byte-for-byte the same from two runs, with the same entry rules as the store zips', () => {
    expect(sha256(second.source)).toBe(sha256(first.source));
    const entries = centralDirectory(first.source);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const entry of entries) expect([entry.dosTime, (entry.externalAttrs >>> 16).toString(8)]).toEqual([0, '100644']);
  });

  it('holds the build instructions, the lock file and the sources the build reads', () => {
    const files = unzipSync(first.source);
    for (const file of ['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'src/content/index.ts', 'src/shared/helpdesks.ts'])
      expect(Object.keys(files)).toContain(file);
    const instructions = text(files['BUILD.md']);
    expect(instructions).toContain(`Node.js ${process.version.slice(1)}`);
    expect(instructions).toMatch(/npm \d+\.\d+\.\d+/);
    expect(instructions).toMatch(/^ {4}npm ci$/m);
    expect(instructions).toMatch(/^ {4}BROWSER=firefox npx vite build$/m);
    expect(text(files['package-lock.json'])).toBe(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  });

  it('carries no build, no dependencies and no source maps', () => {
    const names = Object.keys(unzipSync(first.source));
    expect(names.filter((name) => /(^|\/)(node_modules|dist(-[\w-]+)?|artifacts)\//.test(name) || name.endsWith('.map'))).toEqual([]);
  });

  it('rebuilds the Firefox package byte for byte, on its own (with the same dependencies installed)', () => {
    const unpacked = join(work, 'unpacked');
    for (const [name, bytes] of Object.entries(unzipSync(first.source))) {
      mkdirSync(join(unpacked, name, '..'), { recursive: true });
      writeFileSync(join(unpacked, name), bytes);
    }
    // Stands for `npm ci`, which would need the registry: the lock file is the same, so is what it installs.
    symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
    const build = spawnSync(process.execPath, [join(unpacked, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
      cwd: unpacked,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: undefined, REPLY_COACH_TEST: undefined, BROWSER: 'firefox' } as NodeJS.ProcessEnv,
    });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    const shipped = unzipSync(first.firefox);
    for (const [name, bytes] of Object.entries(shipped))
      expect({ name, sha: sha256(readFileSync(join(unpacked, 'dist-firefox', name))) }).toEqual({ name, sha: sha256(bytes) });
  }, 60_000);
});

describe('zip refuses builds that are not for a store', () => {
  function fakeBuild(name: string, manifest: object, extra: Record<string, string> = {}): string {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: VERSION, ...manifest }));
    for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
    return dir;
  }
  const zipBoth = (dir: string) => run([ZIP, '--chrome', dir, '--firefox', join(work, 'a', 'firefox'), '--out', join(work, 'refused')]);

  it('a test build (loopback matches)', () => {
    const dir = fakeBuild('test-build', { content_scripts: [{ matches: ['https://*.zendesk.com/*', 'http://127.0.0.1/*'], js: ['c.js'] }] });
    const result = zipBoth(dir);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/test build/);
  });

  it('a build with source maps', () => {
    const dir = fakeBuild('maps', { content_scripts: [] }, { 'c.js': '', 'c.js.map': '{}' });
    const result = zipBoth(dir);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/source maps/);
  });
});
