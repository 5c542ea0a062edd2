// What a build ships as JavaScript, entry by entry, and what a helpdesk page loads before the agent types. Read from
// the BUILT manifest and files (dist/, dist-firefox/), never from the sources, so it measures what the browser gets.
// Used by `npm run size` (scripts/size.mjs) and the budget test (test/size/budget.test.ts).
//
// gz is gzip at level 9 of each file on its own (how a file sits in the store package and in the browser's cache);
// a kB is 1000 bytes, as Vite prints them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The bytes a helpdesk page may load before the agent types (issue 12), and the size we aim at. */
export const PAGE_LOAD_BUDGET_GZ = 40_000;
export const PAGE_LOAD_TARGET_GZ = 25_000;

export function fileSize(bytes) {
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

const sum = (sizes) => sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gz: total.gz + size.gz }), { raw: 0, gz: 0 });

/** Every JS file under `dir`, '/'-separated and relative to it. */
function jsFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Paths a built module imports statically (`import … from "./x.js"`, `import "./x.js"`), relative to the build root. */
function staticImports(dir, file) {
  const text = readFileSync(join(dir, file), 'utf8');
  const found = [];
  // `import(` is a dynamic import: loaded on demand, not with the entry.
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)) found.push(resolveFrom(file, match[1]));
  return found;
}

/** The scripts an HTML page loads up front (its module script and module preloads). */
function pageScripts(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const found = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.m?js)"/g)) found.push(resolveFrom(page, match[1]));
  return found;
}

function resolveFrom(from, specifier) {
  return specifier.startsWith('/') ? specifier.slice(1) : posix.normalize(posix.join(posix.dirname(from), specifier));
}

/** `roots` and every file they import statically, transitively, in the order found. */
function withStaticImports(dir, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(dir, file));
  }
  return [...seen];
}

/**
 * The JavaScript of one build by entry: each content script (with its matches and world), the background, the popup
 * and the options page, each with the files it loads up front; and `onDemand`, the JS files no entry loads up front
 * (a script injected on first use, a dynamic import).
 */
export function readBuild(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entries = [];
  const add = (name, kind, roots, extra = {}) => {
    const files = withStaticImports(dir, roots).map((file) => ({ file, ...fileSize(readFileSync(join(dir, file))) }));
    entries.push({ name, kind, files, ...sum(files), ...extra });
  };
  (manifest.content_scripts ?? []).forEach((script, index) => {
    const world = script.world === 'MAIN' ? 'MAIN' : 'ISOLATED';
    add(`content script ${index + 1}${world === 'MAIN' ? ' (page world)' : ''}`, 'content', script.js ?? [], { matches: script.matches ?? [], world });
  });
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  if (background.length) add('background', 'background', background);
  if (manifest.action?.default_popup) add('popup', 'page', pageScripts(dir, manifest.action.default_popup));
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) add('options', 'page', pageScripts(dir, options));
  const upFront = new Set(entries.flatMap((entry) => entry.files.map(({ file }) => file)));
  const onDemand = jsFiles(dir)
    .filter((file) => !upFront.has(file))
    .map((file) => ({ file, ...fileSize(readFileSync(join(dir, file))) }));
  return { manifest, entries, onDemand: { files: onDemand, ...sum(onDemand) } };
}

/** Whether a manifest match pattern matches `url` (scheme, host with a leading '*.', path with '*'). */
export function patternMatches(pattern, url) {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):$/.test(url.protocol);
  const match = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, hostPort, path] = match;
  if (scheme === '*' ? !/^(https?|wss?):$/.test(url.protocol) : `${scheme}:` !== url.protocol) return false;
  const host = hostPort.replace(/:(\d+|\*)$/, '');
  const hostOk = host === '*' || (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host);
  if (!hostOk) return false;
  const pathPattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}

/**
 * A page of each site a pattern names, to ask the manifest which scripts load there: 'https://*.zendesk.com/*' gives
 * https://example.zendesk.com/agent.
 */
export function samplePageFor(pattern) {
  const match = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = match;
  return new URL(`${scheme === '*' ? 'https' : scheme}://${host.replace(/^\*\./, 'example.').replace(/^\*$/, 'example.com')}${path.replace(/\*/g, 'agent')}`);
}

/**
 * The JavaScript a page at `url` loads before the agent types: every content script whose matches cover it (the
 * page-world helper included), once per file.
 */
export function pageLoad(build, url) {
  const scripts = build.entries.filter((entry) => entry.kind === 'content' && entry.matches.some((pattern) => patternMatches(pattern, url)));
  const files = [...new Map(scripts.flatMap((entry) => entry.files).map((file) => [file.file, file])).values()];
  return { url: url.href, scripts: scripts.map((entry) => entry.name), files, ...sum(files) };
}

/** The helpdesk pages of a build (one per match pattern of its content scripts) and what each loads, heaviest first. */
export function helpdeskPageLoads(build) {
  const patterns = [...new Set(build.entries.filter((entry) => entry.kind === 'content').flatMap((entry) => entry.matches))];
  return patterns.map((pattern) => ({ pattern, ...pageLoad(build, samplePageFor(pattern)) })).sort((a, b) => b.gz - a.gz);
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
