// `npm start`: Debian's Chromium with the freshly built extension (dist/) on the bundled demo helpdesk (demo/), served
// on loopback. Headed by default; `--headless` (or no display) prints what the extension found on each demo page and
// saves screenshots to artifacts/. `--screenshots DIR` (headless) also saves the README's pictures there: the badge, the
// open panel and the toolbar popup on each demo page, so they stay current with the code (`npm run screenshots`).
//
//   node scripts/demo.mjs [--headless] [--port N] [--screenshots DIR]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from './lib/chromium.mjs';
import { bundledFontEnvironment, STABLE_RENDERING_ARGS } from './lib/screenshot-fonts.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const DEMO = join(ROOT, 'demo');
const ARTIFACTS = join(ROOT, 'artifacts');
const CHROMIUM = CHROMIUM_PATH;
const HOST = '127.0.0.1';
/** The demo pages, in the order they are shown and checked. */
const PAGES = [
  { name: 'zendesk', path: 'zendesk.html', composer: '[data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { name: 'gmail', path: 'gmail.html', composer: '#reply [g_editable="true"]' },
];
const BADGE_TIMEOUT_MS = 20_000;

// --- arguments ---

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node scripts/demo.mjs [--headless] [--port N] [--screenshots DIR]   (npm start [-- --headless])');
  process.exit(0);
}
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const shotsArg = args.indexOf('--screenshots');
const screenshotsDir = shotsArg >= 0 ? resolve(args[shotsArg + 1] ?? 'docs/screenshots') : null;
let headless = args.includes('--headless') || screenshotsDir !== null;
// A headed browser needs a display; rather than let Chromium die with "Missing X server", say so and go headless.
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display found (DISPLAY is not set): running headless instead. Pass --headless to skip this notice,');
  console.log('or run under a display, e.g. `xvfb-run -a npm start`.');
  headless = true;
}

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(join(DIST, 'manifest.json'))) fail('dist/ is missing: run `npm run build` first (`npm start` does).');
if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
const CKEDITOR = join(ROOT, 'node_modules/ckeditor5/dist/browser');
if (!existsSync(join(CKEDITOR, 'ckeditor5.js'))) fail('node_modules/ckeditor5 is missing: run `npm ci` first.');

// --- the extension, allowed on loopback ---

/**
 * The store build only matches the real helpdesks (https://*.zendesk.com, mail.google.com), which an offline demo
 * cannot serve. A copy of dist/ whose content script and host permissions also match loopback is exactly what
 * `npm run build:test` makes (vite.config.ts only adds these), without a second build; on loopback the content script picks the
 * Zendesk or Gmail adapter from the page's markup.
 */
function prepareExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-demo-ext-'));
  cpSync(DIST, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];
  for (const script of manifest.content_scripts ?? []) script.matches = [...new Set([...script.matches, ...loopback])];
  // The coach is injected with scripting.executeScript, which Chromium allows only on host permissions.
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...loopback])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

// --- reading what the extension shows ---

/** Reads the badge and its open panel from the extension's shadow root (open, so the page's world can read it). */
function readPanel() {
  const host = document.querySelector('reply-coach-badge');
  const root = host?.shadowRoot;
  const badge = root?.querySelector('.rc-badge');
  if (!root || !badge) return null;
  const text = (el, sel) => el.querySelector(sel)?.textContent?.trim() ?? '';
  return {
    badge: { text: badge.textContent.trim(), met: badge.dataset.met, needed: badge.dataset.needed, tone: badge.dataset.tone },
    notes: [...root.querySelectorAll('.rc-note')].map((n) => n.textContent.trim()),
    rows: [...root.querySelectorAll('[data-item][data-status]')].map((row) => ({
      id: row.dataset.item,
      status: row.dataset.status,
      label: text(row, '.rc-label'),
      reason: text(row, '.rc-reason'),
      suggestion: text(row, '.rc-phrase-text'),
    })),
    findings: [...root.querySelectorAll('.rc-finding')].map((f) => ({
      rule: f.dataset.rule,
      severity: [...f.classList].find((c) => c !== 'rc-finding')?.replace(/^rc-/, '') ?? '',
      text: text(f, '.rc-finding-text'),
      message: text(f, '.rc-finding-message'),
      replacement: f.querySelector('.rc-replace')?.dataset.replacement ?? '',
    })),
  };
}

/** The content script's own state (which adapter it chose, whether it found the customer), asked via the worker. */
async function contentState(worker) {
  try {
    return await worker.evaluate(async () => {
      const { chrome } = globalThis;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id === undefined ? null : await chrome.tabs.sendMessage(tab.id, { kind: 'get-state' });
    });
  } catch {
    return null;
  }
}

function printReport(demo, url, state, panel, shot) {
  const out = [];
  out.push(`\n== ${demo.name}: ${url}`);
  out.push(`   site adapter: ${state?.site ?? '(unknown)'}; customer message found: ${state ? (state.customerProvided ? 'yes' : 'no') : '?'}` +
    `${state?.customerFirstName ? ` (${state.customerFirstName})` : ''}; draft: ${state?.draftLength ?? '?'} chars`);
  out.push(`   badge: ${panel.badge.text} moves made, tone "${panel.badge.tone}"`);
  for (const note of panel.notes) out.push(`   note: ${note}`);
  out.push('   checklist:');
  for (const row of panel.rows) {
    out.push(`     ${row.status.padEnd(11)} ${row.label}: ${row.reason}`);
    if (row.suggestion) out.push(`                 try: ${row.suggestion}`);
  }
  out.push(`   findings (${panel.findings.length}):`);
  for (const f of panel.findings) {
    out.push(`     ${f.severity.padEnd(10)} “${f.text}”: ${f.message}${f.replacement ? ` → “${f.replacement}”` : ''}`);
  }
  out.push(`   screenshot: ${shot}`);
  console.log(out.join('\n'));
}

// --- run ---

const extension = prepareExtension();
const profile = mkdtempSync(join(tmpdir(), 'reply-coach-demo-profile-'));
const { server, url } = await startStaticServer({ '/vendor/ckeditor5/': CKEDITOR, '/': DEMO }, port, HOST);
// The README's pictures are drawn with the bundled font and machine-independent rendering, so every machine writes
// the same PNGs (scripts/lib/screenshot-fonts.mjs).
const fonts = screenshotsDir ? bundledFontEnvironment() : null;

let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  server.close();
  fonts?.cleanUp();
  for (const dir of [profile, extension]) {
    // Chromium's helper processes may still be writing the profile for a moment after the browser exits: retry,
    // and a leftover temporary folder is not worth a crash.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`demo: could not remove ${dir}: ${error.code ?? error.message}`);
    }
  }
}

/** @type {import('playwright-core').BrowserContext | undefined} */
let context;
let closing = false;
/** Ends the demo at any stage: closes the browser if it is up, removes the temporary folders, exits with `code`. */
async function shutDown(code) {
  if (closing) return;
  closing = true;
  // If Chromium hangs on close, do not hang with it.
  setTimeout(() => {
    cleanUp();
    process.exit(code);
  }, 5000).unref();
  await context?.close().catch(() => {});
  cleanUp();
  process.exit(code);
}
// Ctrl+C is ours from here on (Playwright's own handler is off below): close the browser properly, then clean up.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutDown(headless ? 130 : 0));

console.log(`Demo helpdesk on ${url}/; starting Chromium${headless ? ' (headless)' : ''} with the extension…`);
context = await chromium
  .launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    // Headed: the page follows the window's size. Headless: a laptop-sized page for the screenshots.
    viewport: headless ? { width: 1280, height: 820 } : null,
    ...(fonts ? { deviceScaleFactor: 1, colorScheme: 'light', env: fonts.env } : {}),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      ...extensionArgs(extension),
      ...CHROMIUM_ARGS,
      '--no-default-browser-check',
      ...(headless ? [] : ['--window-size=1320,900']),
      ...(fonts ? STABLE_RENDERING_ARGS : []),
    ],
  })
  .catch((error) => {
    cleanUp();
    fail(`Chromium did not start: ${error.message.split('\n')[0]}`);
  });

// The content script is only injected once the extension is registered: wait for its worker before any navigation.
const worker =
  context.serviceWorkers()[0] ??
  (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
    cleanUp();
    fail('the extension did not load (no service worker within 15 s). Is dist/ a complete build?');
  }));

if (headless) await runHeadless();
else await runHeaded();

async function runHeaded() {
  const [first] = context.pages();
  const tabs = [first ?? (await context.newPage())];
  for (let i = 1; i < PAGES.length; i++) tabs.push(await context.newPage());
  await Promise.all(PAGES.map((demo, i) => tabs[i].goto(`${url}/${demo.path}`)));
  await tabs[0].bringToFront();
  console.log(`Reply Coach demo: Chromium is open with the extension on ${url}/ (index: ${url}/index.html).`);
  console.log('  Tabs: ' + PAGES.map((p) => `${url}/${p.path}`).join(', '));
  console.log('  Click the badge under a reply box, Insert a suggestion, fix the flagged phrases.');
  console.log('  Close the browser window or press Ctrl+C here to quit.');
  // The user closed the browser window: the demo is over.
  context.on('close', () => void shutDown(0));
}

/** The README's pictures of one demo page: the composer with its badge, the open panel, and the toolbar popup. */
async function saveReadmeShots(demo, page) {
  mkdirSync(screenshotsDir, { recursive: true });
  const saved = [];
  const save = async (name, take) => {
    const path = join(screenshotsDir, `${demo.name}-${name}.png`);
    await take(path);
    saved.push(relative(process.cwd(), path) || path);
  };
  const panelBox = await page.locator('reply-coach-badge .rc-panel').boundingBox();
  const composerBox = await page.locator(demo.composer).first().boundingBox();
  if (panelBox && composerBox) {
    // The panel with the draft it coaches beside it, not the whole page.
    const x = Math.max(0, Math.min(panelBox.x, composerBox.x) - 16);
    const y = Math.max(0, Math.min(panelBox.y, composerBox.y) - 16);
    const right = Math.max(panelBox.x + panelBox.width, composerBox.x + composerBox.width) + 16;
    const bottom = Math.max(panelBox.y + panelBox.height, composerBox.y + composerBox.height) + 16;
    await save('panel', (path) => page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y } }));
  }
  // Close the panel (Escape) for the badge alone beside the composer.
  await page.keyboard.press('Escape');
  await page.locator('reply-coach-badge .rc-panel').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  if (composerBox) {
    const badgeBox = await page.locator('reply-coach-badge .rc-badge').boundingBox();
    const bottom = Math.max(composerBox.y + composerBox.height, (badgeBox?.y ?? 0) + (badgeBox?.height ?? 0)) + 16;
    const clip = { x: Math.max(0, composerBox.x - 16), y: Math.max(0, composerBox.y - 16), width: composerBox.width + 32 };
    await save('badge', (path) => page.screenshot({ path, clip: { ...clip, height: bottom - clip.y } }));
  }
  // The popup, opened as a page for this tab (`?tabId=`), at the toolbar popup's width.
  const tabId = await worker.evaluate(async () => {
    const [tab] = await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (tabId !== null) {
    const extensionId = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('main[data-view="ready"]').waitFor({ timeout: 10_000 });
    await save('popup', (path) => popup.screenshot({ path, fullPage: true }));
    await popup.close();
    await page.bringToFront();
  }
  console.log(`   README pictures: ${saved.join(', ')}`);
}

async function runHeadless() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  for (const demo of PAGES) {
    const pageUrl = `${url}/${demo.path}`;
    await page.goto(pageUrl);
    await page.evaluate(() => window.demoReady);
    const badge = page.locator('reply-coach-badge .rc-badge');
    // As an agent would: put the caret at the end of the draft. The coach (engine and badge) loads when the agent
    // first reaches for a reply box, so the badge comes after this.
    await page.locator(demo.composer).first().click();
    await page.keyboard.press('Control+End');
    try {
      await badge.waitFor({ state: 'visible', timeout: BADGE_TIMEOUT_MS });
    } catch {
      const shot = join(ARTIFACTS, `demo-${demo.name}-failed.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      errors.push(
        `the Reply Coach badge did not appear on ${demo.path} within ${BADGE_TIMEOUT_MS / 1000} s ` +
          `(page screenshot: ${relative(process.cwd(), shot)}). Rebuild with \`npm run build\`; if it persists, the ` +
          `content script did not find the composer: see the browser console.`,
      );
      continue;
    }
    await badge.click();
    await page.locator('reply-coach-badge .rc-panel').waitFor({ state: 'visible', timeout: 5000 });
    const panel = await page.evaluate(readPanel);
    await page.bringToFront();
    const state = await contentState(worker);
    const shot = join(ARTIFACTS, `demo-${demo.name}.png`);
    await page.screenshot({ path: shot });
    printReport(demo, pageUrl, state, panel, relative(process.cwd(), shot) || shot);
    if (screenshotsDir) await saveReadmeShots(demo, page);
  }
  if (errors.length > 0) {
    for (const error of errors) console.error(`\ndemo: ${error}`);
    await shutDown(1);
  }
  console.log('\nDone: the extension coached both demo drafts.');
  await shutDown(0);
}
