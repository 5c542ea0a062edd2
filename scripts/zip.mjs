#!/usr/bin/env node
// `npm run zip`: the store packages, artifacts/reply-coach-chrome-<version>.zip (Chrome Web Store) and
// artifacts/reply-coach-firefox-<version>.zip (AMO), from the builds in dist/ and dist-firefox/.
//
// Byte-for-byte reproducible from the same commit: entries in sorted order, one fixed timestamp, fixed Unix
// permissions (0644), no directory entries, no extra fields, no comments. Compression is fflate's deflate (pure
// JavaScript, so the bytes do not depend on the zlib that Node was built with).
//
// It refuses a build that is not fit for a store: no manifest.json at the root, source maps, or the test build's
// loopback match patterns (dist-test/, dist-firefox-test/).
//
// Options (for tests): --chrome DIR, --firefox DIR, --out DIR (defaults dist, dist-firefox, artifacts).
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

/** The zip of `dir`'s files, and the manifest it carries. */
function zipStoreBuild(dir) {
  const files = listFiles(dir);
  const manifest = checkStoreBuild(dir, files);
  // fflate writes entries in the object's key order, and JavaScript puts integer-like keys first whatever the
  // insertion order: such a name would break the sorting.
  const integerLike = files.filter((file) => /^(0|[1-9]\d*)$/.test(file));
  if (integerLike.length) throw new Error(`${dir}: file names that would be reordered: ${integerLike.join(', ')}`);
  const entries = {};
  for (const file of files) {
    entries[file] = [readFileSync(join(dir, file)), { level: 9, mtime: FIXED_MTIME, os: UNIX, attrs: REGULAR_FILE_0644 }];
  }
  return { zip: zipSync(entries), manifest };
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
  for (const { browser, zip, manifest } of built) {
    const file = join(outDir, `reply-coach-${browser}-${manifest.version}.zip`);
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
