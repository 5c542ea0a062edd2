// Playwright fixture: Debian's Chromium with the built test extension (dist-test/) loaded, as toolchain.md
// describes. Every test gets a fresh profile, the extension's id and its service worker.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../../scripts/lib/chromium.mjs';

export const EXTENSION_DIR = fileURLToPath(new URL('../../dist-test', import.meta.url));

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
      throw new Error('dist-test is missing: run `REPLY_COACH_TEST=1 npx vite build` (npm run build:test) first');
    const profile = mkdtempSync(join(tmpdir(), 'reply-coach-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...extensionArgs(EXTENSION_DIR), ...CHROMIUM_ARGS],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

export function pagesUrl(path: string): string {
  const url = process.env.REPLY_COACH_PAGES_URL;
  if (!url) throw new Error('REPLY_COACH_PAGES_URL is not set: run through playwright.config.ts');
  return `${url}/${path}`;
}

/** The badge's shadow root content, read through Playwright's shadow-piercing locators. */
export const badge = (page: Page) => page.locator('reply-coach-badge .rc-badge');
export const panel = (page: Page) => page.locator('reply-coach-badge .rc-panel');
export const row = (page: Page, id: string) => page.locator(`reply-coach-badge [data-item="${id}"]`);

/** Fire a manifest command through the service worker's real listeners (toolchain.md: keys do not reach them). */
export async function fireCommand(worker: Worker, page: Page, command: string): Promise<void> {
  await page.bringToFront();
  const found = await worker.evaluate(async (command) => {
    // Without the "tabs" permission a tab cannot be looked up by URL; the page under test is the active one.
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) return false;
    (chrome.commands.onCommand as unknown as { dispatch(c: string, t: unknown): void }).dispatch(command, tab);
    return true;
  }, command);
  if (!found) throw new Error('no active tab to send the command to');
}
