#!/usr/bin/env node
// `npm run zip`: the store packages, artifacts/reply-coach-chrome-<version>.zip (Chrome Web Store) and
// artifacts/reply-coach-firefox-<version>.zip (AMO), from the builds in dist/ and dist-firefox/, and
// artifacts/reply-coach-source-<version>.zip, the source package AMO asks for with a minified add-on: the git-tracked
// files the build reads (SOURCE_PATHS), package-lock.json, and BUILD.md saying how to rebuild the add-on from them.
// Nothing from node_modules or a build directory.
//
// Byte-for-byte reproducible from the same commit: entries in sorted order, one fixed timestamp, fixed Unix
// permissions (0644), no directory entries, no extra fields, no comments. Compression is fflate's deflate (pure
// JavaScript, so the bytes do not depend on the zlib that Node was built with).
//
// It refuses a build that is not fit for a store: no manifest.json at the root, source maps, or the test build's
// loopback match patterns (dist-test/, dist-firefox-test/).
//
// Options (for tests): --chrome DIR, --firefox DIR, --out DIR (defaults dist, dist-firefox, artifacts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

// DOS time has no zone: fflate writes the Date's local fields, so build it from local fields to get 1980-01-01 00:00
// (the earliest DOS time) whatever TZ is.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const LOOPBACK = /\b(127\.0\.0\.1|localhost)\b/;
const ROOT = resolve(import.meta.dirname, '..');

/**
 * What `vite build` reads: the config and what it imports, the manifest, the sources, locales and icons, and what npm
 * needs to install the same dependencies. Tests, benchmarks, the evaluation data and the docs stay out.
 */
const SOURCE_PATHS = [
  'package.json',
  'package-lock.json',
  'manifest.json',
  'managed-schema.json',
  'tsconfig.json',
  'vite.config.ts',
  'scripts/vite/',
  'src/',
  '_locales/',
  'icons/',
  'README.md',
  'PRIVACY.md',
];

/** Every file under `dir` as a '/'-separated path, sorted by code unit (the same order on every machine). */
function listFiles(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkStoreBuild(dir, files) {
  if (!files.includes('manifest.json')) throw new Error(`${dir}: no manifest.json at the root (build it first)`);
  const maps = files.filter((file) => file.endsWith('.map'));
  if (maps.length) throw new Error(`${dir}: source maps do not belong in a store package: ${maps.join(', ')}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const patterns = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const loopback = patterns.filter((pattern) => LOOPBACK.test(pattern));
  if (loopback.length) throw new Error(`${dir}: this is a test build (matches ${loopback.join(', ')}), not a store build`);
  return manifest;
}

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** A reproducible zip of `files` (name -> bytes), entries in sorted order. */
function reproducibleZip(label, files) {
  const names = Object.keys(files).sort(byCodeUnit);
  // fflate writes entries in the object's key order, and JavaScript puts integer-like keys first whatever the
  // insertion order: such a name would break the sorting.
  const integerLike = names.filter((file) => /^(0|[1-9]\d*)$/.test(file));
  if (integerLike.length) throw new Error(`${label}: file names that would be reordered: ${integerLike.join(', ')}`);
  const entries = {};
  for (const name of names) entries[name] = [files[name], { level: 9, mtime: FIXED_MTIME, os: UNIX, attrs: REGULAR_FILE_0644 }];
  return zipSync(entries);
}

/** The zip of `dir`'s files, and the manifest it carries. */
function zipStoreBuild(dir) {
  const files = listFiles(dir);
  const manifest = checkStoreBuild(dir, files);
  return { zip: reproducibleZip(dir, Object.fromEntries(files.map((file) => [file, readFileSync(join(dir, file))]))), manifest };
}

/** The npm version running this script (`npm run zip`), else the one on the PATH. */
function npmVersion() {
  const fromAgent = /\bnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
  return fromAgent ?? execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
}

function buildInstructions(version) {
  const node = process.version.slice(1);
  const npm = npmVersion();
  return `# Building Reply Coach ${version} from this source package

The add-on's JavaScript is bundled and minified by Vite; this package holds the sources it is built from.

Built with Node.js ${node} and npm ${npm} on Linux (package.json asks for Node.js >= 20.19).

From the folder this package unzips into:

    npm ci
    BROWSER=firefox npx vite build

The Firefox add-on is then in \`dist-firefox/\`, the same files as in reply-coach-firefox-${version}.zip.
(\`npx vite build\` alone builds the Chrome package into \`dist/\`.) No network access is needed beyond npm's
registry for \`npm ci\`; the build downloads nothing.
`;
}

/** The source package: the tracked files under SOURCE_PATHS, as they are in the work tree, and BUILD.md. */
function zipSources(version) {
  const tracked = execFileSync('git', ['ls-files', '-z', '--', ...SOURCE_PATHS], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  if (!tracked.includes('package-lock.json')) throw new Error('package-lock.json is not tracked: the source package needs it');
  const stray = tracked.filter((file) => /(^|\/)(node_modules|dist(-[\w-]+)?)\//.test(file) || file.endsWith('.map'));
  if (stray.length) throw new Error(`the source package must not carry builds or dependencies: ${stray.join(', ')}`);
  const files = Object.fromEntries(tracked.map((file) => [file, readFileSync(join(ROOT, file))]));
  files['BUILD.md'] = new TextEncoder().encode(buildInstructions(version));
  return reproducibleZip('sources', files);
}

function main() {
  const { values } = parseArgs({
    options: {
      chrome: { type: 'string', default: 'dist' },
      firefox: { type: 'string', default: 'dist-firefox' },
      out: { type: 'string', default: 'artifacts' },
    },
  });
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const built = [
    ['chrome', values.chrome],
    ['firefox', values.firefox],
  ].map(([browser, dir]) => ({ browser, ...zipStoreBuild(resolve(dir)) }));
  const versions = new Set(built.map(({ manifest }) => manifest.version));
  if (versions.size !== 1) throw new Error(`the two builds disagree on the version: ${[...versions].join(' vs ')}`);
  const [version] = versions;
  const packages = [
    ...built.map(({ browser, zip }) => ({ name: browser, zip })),
    { name: 'source', zip: zipSources(version) },
  ];
  for (const { name, zip } of packages) {
    const file = join(outDir, `reply-coach-${name}-${version}.zip`);
    writeFileSync(file, zip);
    const sha256 = createHash('sha256').update(zip).digest('hex');
    console.log(`${relative(process.cwd(), file)}  ${(zip.length / 1024).toFixed(1)} KiB  sha256 ${sha256}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`zip: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
