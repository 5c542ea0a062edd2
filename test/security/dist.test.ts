// The built extension (dist/, from `npm run build`) as a store reviewer reads it: no eval or code built from strings,
// no code or styles from anywhere but the package, no network API beyond what is listed here with its reason, a
// strict content security policy, and exactly the permissions listed below, each with why it is needed.
// If one of these fails, the build changed what the extension can do: review it, do not loosen the test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// REPLY_COACH_DIST checks another build directory instead (a scratch build, or the Firefox one: dist-firefox/).
const DIST = process.env.REPLY_COACH_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');

const files = filesUnder(DIST).map((path) => ({ name: relative(DIST, path), text: readFileSync(path, 'utf8') }));
const scripts = files.filter((f) => /\.(m?js)$/.test(f.name));
const pages = files.filter((f) => f.name.endsWith('.html'));
const styles = files.filter((f) => f.name.endsWith('.css'));

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  background?: { service_worker?: string; scripts?: string[] };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  sandbox?: unknown;
  update_url?: string;
  [key: string]: unknown;
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;

/** Every match of `pattern` in the built scripts, as "file: the line around it". */
function occurrences(pattern: RegExp, inFiles = scripts): string[] {
  const found: string[] = [];
  for (const file of inFiles) {
    for (const m of file.text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      const lineStart = file.text.lastIndexOf('\n', m.index) + 1;
      const lineEnd = file.text.indexOf('\n', m.index);
      found.push(`${file.name}: ${file.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim().slice(0, 160)}`);
    }
  }
  return found;
}

describe('the build holds the extension', () => {
  it('has scripts, pages and styles to check (so the checks below are not vacuous)', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(pages.map((p) => p.name).sort()).toEqual(['src/options/index.html', 'src/popup/index.html']);
    expect(scripts.map((s) => s.name)).toContain('src/content/index.js');
  });
});

describe('no eval, no code from strings', () => {
  it.each([
    ['eval(', /(?<![\w$])eval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['Function( without new', /(?<![\w$.])Function\s*\(/],
    ['setTimeout/setInterval with a string of code', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
    ['a javascript: URL', /['"`]\s*javascript:/i],
  ])('%s', (_name, pattern) => {
    expect(occurrences(pattern)).toEqual([]);
  });
});

describe('no code or styles from anywhere but the package', () => {
  const remote = String.raw`(?:https?:)?//`;
  it('no importScripts at all (an MV3 module worker has imports), no import() or import from a URL', () => {
    expect(occurrences(/\bimportScripts\s*\(/)).toEqual([]);
    expect(occurrences(new RegExp(String.raw`\bimport\s*\(\s*['"\`]${remote}`))).toEqual([]);
    expect(occurrences(new RegExp(String.raw`\b(?:import|from)\s*['"]${remote}`))).toEqual([]);
  });

  it('pages load scripts, styles and preloads from the package only', () => {
    expect(occurrences(new RegExp(String.raw`<script\b[^>]*\bsrc\s*=\s*['"]?${remote}`, 'i'), pages)).toEqual([]);
    expect(occurrences(new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*['"]?${remote}`, 'i'), pages)).toEqual([]);
    expect(occurrences(/<(?:iframe|object|embed)\b/i, pages)).toEqual([]);
    // Inline scripts would be blocked by the CSP anyway; the build must not need them.
    expect(occurrences(/<script\b(?![^>]*\bsrc=)[^>]*>/i, pages)).toEqual([]);
  });

  it('styles load nothing from outside: no remote @import or url()', () => {
    expect(occurrences(new RegExp(String.raw`@import\s+(?:url\()?\s*['"]?${remote}`, 'i'), styles)).toEqual([]);
    expect(occurrences(new RegExp(String.raw`url\(\s*['"]?${remote}`, 'i'), styles)).toEqual([]);
    // The content script's CSS lives in its JS (Shadow DOM styles): the same check there.
    expect(occurrences(new RegExp(String.raw`url\(\s*['"]?${remote}`, 'i'))).toEqual([]);
  });

  it('the background script is a file of the package (a service worker in Chrome, scripts in a Firefox build)', () => {
    const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((f): f is string => !!f);
    expect(background.length).toBeGreaterThan(0);
    for (const name of background) {
      expect(files.map((f) => f.name)).toContain(name);
      const loader = files.find((f) => f.name === name)!;
      for (const [, specifier] of loader.text.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) expect(specifier).toMatch(/^\.{1,2}\//);
    }
  });
});

/**
 * Every network API in the build, each with why it is there. Anything new fails the test until it is reviewed
 * and listed. (The browser test test/browser/privacy.spec.ts checks that nothing is sent during a real session.)
 */
const ALLOWED_NETWORK_USE: Array<{ file: RegExp; line: RegExp; why: string }> = [
  // None. (Vite's modulepreload polyfill, which fetched the pages' own chunks, is off: vite.config.ts.)
];

describe('network APIs', () => {
  it('appear only where listed, with a reason', () => {
    const uses = occurrences(/(?<![\w$])(?:fetch|XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection|sendBeacon|WebTransport)\s*\(|\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection|WebTransport|Worker|SharedWorker)\b|navigator\.sendBeacon/);
    const unexplained = uses.filter((use) => {
      const [file = '', line = ''] = use.split(/: (.*)/s);
      return !ALLOWED_NETWORK_USE.some((allowed) => allowed.file.test(file) && allowed.line.test(line));
    });
    expect(unexplained).toEqual([]);
  });
});

describe('content security policy', () => {
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );

  it("is declared, with script-src 'self' alone", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it("object-src is 'self' or 'none'", () => {
    expect(["'self'", "'none'"]).toContain((directives.get('object-src') ?? []).join(' '));
  });

  it('allows no eval, no inline code, no remote or wildcard source in any directive', () => {
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval|^\*$|^https?:|^data:|^blob:|:\/\//);
      }
    }
  });

  it('has no sandbox policy and no sandboxed pages (they could run eval)', () => {
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });
});

/** The whole set, with why each is needed. Adding one is a decision for the README and the store listing too. */
const EXPECTED_PERMISSIONS: Record<string, string> = {
  storage: 'Settings and the phrase library (chrome.storage.sync, with storage.local past the sync quota).',
  scripting:
    'Registers the content script on a site the agent switched on (scripting.registerContentScripts), ' +
    'after they granted that one origin; injects the coach into a helpdesk frame when the agent starts working in ' +
    'a composer (scripting.executeScript, src/background/coach-inject.ts).',
};

/** The built-in helpdesks: the only sites the extension reads without being asked. */
const BUILT_IN_HELPDESKS = ['https://*.zendesk.com/*', 'https://mail.google.com/*'];

/**
 * Any other site, only when the agent grants it from the settings page (permissions.request for one origin); and the
 * helpdesks behind a switch, by name, asked for when the agent turns one on (permissions.request for its hosts).
 */
const OPTIONAL_HOSTS = [
  'https://*/*',
  'http://*/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://*.freshdesk.com/*',
  'https://app.intercom.com/*',
  'https://app.intercom.io/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://secure.helpscout.net/*',
  'https://app.frontapp.com/*',
];

describe('permissions: the least that works', () => {
  it('are exactly the expected set', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(EXPECTED_PERMISSIONS).sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('are each used by the code (a permission nothing uses is one too many)', () => {
    const code = scripts.map((s) => s.text).join('\n');
    expect(code).toMatch(/\bstorage\.(?:sync|local)\b/);
    expect(code).toMatch(/\bscripting\.registerContentScripts\b/);
    expect(code).toMatch(/\bscripting\.executeScript\b/);
  });

  it('host access is the two on-by-default helpdesks, in content_scripts and the same in host_permissions; everything else optional', () => {
    // (A Firefox build injects a second script, its page-world helper, on the same sites.)
    const matches = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches))];
    expect(matches.sort()).toEqual([...BUILT_IN_HELPDESKS].sort());
    // Chromium lets scripting.executeScript (the coach's lazy load) into a page only with a host permission for it:
    // exactly the content scripts' hosts, no more, which gives no install warning the content scripts do not.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...BUILT_IN_HELPDESKS].sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual([...OPTIONAL_HOSTS].sort());
    // The loopback patterns are for the test build (dist-test/) only.
    expect(matches.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('exposes nothing to pages or other extensions', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('the README lists each permission', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    for (const permission of Object.keys(EXPECTED_PERMISSIONS)) expect(readme, permission).toContain(permission);
  });
});
