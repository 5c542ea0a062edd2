// Reply Coach sends nothing anywhere (issue 5): a whole session in Chromium with the built extension — typing in a
// helpdesk composer, the badge, the panel, inserting, the toolbar popup and inserting from it, the settings page, a
// setting changed, a phrase file imported, the settings exported — while every request of every part is recorded:
//   - context.on('request'): every page of the context (the helpdesk tab, the popup and settings pages) and, in
//     Chromium, the extension's service worker (request.serviceWorker());
//   - the DevTools protocol's Network domain on each page, from before it navigates: initiators with their stack, so a
//     request made by the content script is told apart from one made by the page (the stack runs through
//     chrome-extension://<id>/...), plus WebSockets, which are not requests.
// The helpdesk page finishes loading before the session starts and requests nothing afterwards, so any request after
// that point is suspicious whoever made it. The extension's own packaged files (chrome-extension://<id>/...) and
// its own blob: URLs are read from disk, not the network. A second test proves the recorder sees a request from the
// service worker, the content script's world and an extension page, so the first one can fail.
import type { BrowserContext, CDPSession, Page, Request, Worker } from '@playwright/test';
import { badge, expect, pagesUrl, panel, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

// Three pages, CKEditor, an options page and a download on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

interface Recorded {
  /** Who made it: 'service worker', or the URL of the page (tab) whose network it went through. */
  by: string;
  url: string;
  kind: string;
  /** What the recorder was doing: 'helpdesk load' (allowed to fetch its own files) or 'session'. */
  phase: Phase;
  /** From CDP: the URLs on the initiator's stack (or the initiator URL), to attribute content-script requests. */
  initiatorUrls?: string[];
  via: 'playwright' | 'cdp';
}

type Phase = 'helpdesk load' | 'session';

class NetworkRecorder {
  readonly records: Recorded[] = [];
  phase: Phase = 'helpdesk load';
  private readonly sessions: CDPSession[] = [];
  private readonly pagesOrigin = new URL(pagesUrl('')).origin;

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
  ) {
    context.on('request', (request) => this.records.push(this.fromPlaywright(request)));
  }

  private fromPlaywright(request: Request): Recorded {
    const worker: Worker | null = request.serviceWorker();
    const by = worker ? `service worker ${worker.url()}` : request.frame().page().url() || 'about:blank';
    return { by, url: request.url(), kind: request.resourceType(), phase: this.phase, via: 'playwright' };
  }

  /** Network events of one page from the DevTools protocol; call before the page navigates. */
  async attach(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    this.sessions.push(cdp);
    cdp.on('Network.requestWillBeSent', ({ request, initiator, type }) => {
      const urls = new Set<string>();
      if (initiator.url) urls.add(initiator.url);
      for (let stack = initiator.stack; stack; stack = stack.parent) for (const frame of stack.callFrames) urls.add(frame.url);
      this.records.push({ by: page.url(), url: request.url, kind: type ?? 'other', phase: this.phase, initiatorUrls: [...urls], via: 'cdp' });
    });
    cdp.on('Network.webSocketCreated', ({ url, initiator }) => {
      const urls = [initiator?.url, ...(initiator?.stack?.callFrames.map((f) => f.url) ?? [])].filter((u): u is string => !!u);
      this.records.push({ by: page.url(), url, kind: 'websocket', phase: this.phase, initiatorUrls: urls, via: 'cdp' });
    });
    await cdp.send('Network.enable');
  }

  private isOwnFile(url: string): boolean {
    return url.startsWith(`chrome-extension://${this.extensionId}/`) || url.startsWith(`blob:chrome-extension://${this.extensionId}/`);
  }

  private isFromExtensionCode(record: Recorded): boolean {
    return (record.initiatorUrls ?? []).some((u) => u.startsWith(`chrome-extension://${this.extensionId}/`));
  }

  /** Everything that is not the extension reading its own files, nor the helpdesk page loading its own. */
  violations(): string[] {
    return this.records
      .filter((r) => {
        if (this.isOwnFile(r.url) || r.url.startsWith('data:')) return false;
        // Made by the content script (its code on the stack): never allowed, whenever it happens.
        if (this.isFromExtensionCode(r)) return true;
        // The helpdesk page's own document, scripts and styles from its own server while it loads; nothing else, and
        // nothing from the service worker even then.
        return !(r.phase === 'helpdesk load' && !r.by.startsWith('service worker') && sameOrigin(r.url, this.pagesOrigin));
      })
      .map((r) => `${r.phase}: ${r.kind} ${r.url} by ${r.by} (${r.via}${r.initiatorUrls?.length ? `, initiator ${r.initiatorUrls.join(' < ')}` : ''})`);
  }

  summary(): string {
    const own = this.records.filter((r) => this.isOwnFile(r.url)).length;
    const load = this.records.filter((r) => !this.isOwnFile(r.url) && r.phase === 'helpdesk load').length;
    return `${this.records.length} recorded (${own} the extension's own files, ${load} the helpdesk page's load), ${this.violations().length} elsewhere`;
  }

  async detach(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => undefined)));
  }
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

const COMPOSER = '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]';
const modelText = (page: Page) => page.evaluate(() => window.__editorText());

/**
 * The helpdesk tab, loaded, with the small content script in: from here on the page itself requests nothing. The
 * coach (engine, badge) is not loaded yet: it comes with the agent's first click in the composer, inside the
 * recorded session, so its loading is recorded too.
 */
async function openHelpdesk(page: Page, recorder: NetworkRecorder): Promise<void> {
  await recorder.attach(page);
  await page.goto(pagesUrl('zendesk.html'), { waitUntil: 'load' });
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  // Chromium asks the page's server for /favicon.ico after load; let that come and go before the session starts.
  await page.waitForLoadState('networkidle');
  recorder.phase = 'session';
}

async function caretAtEnd(page: Page): Promise<void> {
  await page.bringToFront();
  await page.locator(COMPOSER).first().click();
  await page.keyboard.press('Control+End');
}

async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (id === null) throw new Error('no active tab');
  return id;
}

/** Stops the extension's service worker through the DevTools protocol; `restarted()` says when it runs again. */
async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<{ restarted(): boolean }> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.includes(extensionId)) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1), { timeout: 30_000 }).toBe('stopped');
  return { restarted: () => statuses.lastIndexOf('running') > statuses.lastIndexOf('stopped') };
}

async function openExtensionPage(context: BrowserContext, recorder: NetworkRecorder, url: string): Promise<Page> {
  const page = await context.newPage();
  await recorder.attach(page);
  await page.goto(url);
  return page;
}

test('a whole session sends nothing: typing, panel, insert, popup, settings, import, export', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  const recorder = new NetworkRecorder(context, extensionId);
  await openHelpdesk(page, recorder);
  const tabId = await tabIdOf(serviceWorker, page);

  // The worker started with the browser, before anything could listen. Stop it: the session wakes it again, so its
  // start-up code runs with the recorder on.
  const workerStatus = await stopServiceWorker(context, page, extensionId);

  // Click in the composer (the coach loads) and type; the badge follows.
  await caretAtEnd(page);
  await expect(badge(page)).toBeVisible();
  const metBefore = Number(await badge(page).getAttribute('data-met'));
  await page.keyboard.type(" I'm so sorry about the delay with your refund.");
  await expect.poll(async () => Number(await badge(page).getAttribute('data-met'))).toBeGreaterThan(metBefore);

  // The panel; insert a phrase from it.
  await badge(page).click();
  await expect(panel(page)).toBeVisible();
  const inPanel = page.locator('reply-coach-badge [data-status="missing"] button[data-phrase]').first();
  const panelPhrase = (await inPanel.locator('xpath=..').locator('.rc-phrase-text').textContent())!.trim();
  await inPanel.click();
  await expect.poll(() => modelText(page)).toContain(panelPhrase);

  // The toolbar popup for this tab; insert from it.
  const popup = await openExtensionPage(context, recorder, `chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await expect(popup.locator('main')).toHaveAttribute('data-view', 'ready');
  const inPopup = popup.locator('[data-status="missing"] button[data-phrase]').first();
  const popupPhrase = (await inPopup.locator('xpath=..').locator('.rc-phrase-text').textContent())!.trim();
  await inPopup.click();
  await expect.poll(() => modelText(page)).toContain(popupPhrase);
  await expect(popup.locator('.rc-notice')).toHaveText('Inserted into the reply.');

  // The settings page: change a setting, import a phrase file, export.
  const options = await openExtensionPage(context, recorder, `chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByRole('heading', { level: 1, name: 'Reply Coach settings' })).toBeVisible();
  await options.getByRole('checkbox', { name: /Expand abbreviations/ }).uncheck();
  await expect(options.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  const file = {
    format: 'reply-coach-settings',
    version: 1,
    phrases: [{ id: 'team.apology.1', row: 'apology', register: 'warm', text: "I'm sorry this has taken so long, {{customer.firstName}}." }],
  };
  await options.getByLabel('Import a settings file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(options.getByTestId('import-outcome').getByRole('status')).toContainText('Imported. Phrases: 1 added');
  await expect(options.locator('[data-row="apology"] li.phrase', { hasText: 'taken so long' })).toBeVisible();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  expect((await download).suggestedFilename()).toMatch(/^reply-coach-settings-.*\.json$/);

  // Back in the helpdesk with the new settings: more typing; the popup, still open, keeps polling the tab.
  await caretAtEnd(page);
  await page.keyboard.type(' Thanks for your patience.');
  await expect(popup.locator('[data-item="gratitude"]')).toHaveAttribute('data-status', 'met');
  // Not a budget: leave the timers (the popup's 1 s poll, debounced analysis, storage writes) a few rounds to do
  // whatever they do, with the recorder on.
  await page.waitForTimeout(2_500);

  // The settings change woke the worker (it keeps the site registrations in step), so its start-up was recorded.
  await expect.poll(() => workerStatus.restarted(), { timeout: 30_000 }).toBe(true);

  console.log(`[privacy] ${recorder.summary()}`);
  expect(recorder.violations()).toEqual([]);
  // The recorder was live on every part during this session: it saw the popup and settings pages load their own files
  // from the package, through both channels.
  for (const path of ['src/popup/index.html', 'src/options/index.html']) {
    for (const via of ['playwright', 'cdp'] as const) {
      expect(recorder.records.some((r) => r.via === via && r.url.startsWith(`chrome-extension://${extensionId}/${path}`)), `${via} ${path}`).toBe(true);
    }
  }
  await recorder.detach();
});

test('control: the recorder catches a request from the service worker, the content script and an extension page', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  const recorder = new NetworkRecorder(context, extensionId);
  await openHelpdesk(page, recorder);
  // Port 9 (discard) on loopback: refused at once, nothing leaves the machine, and each attempt is still a request.
  const target = (who: string) => `http://127.0.0.1:9/privacy-control/${who}`;

  await serviceWorker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), target('service-worker'));

  // The content script's isolated world on the helpdesk page, found through CDP; the code carries a sourceURL inside
  // the extension, as the content script's own code would, so the stack attributes it.
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; type: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) =>
    worlds.push({ id: c.id, origin: c.origin, type: (c.auxData as { type?: string } | undefined)?.type ?? '' }),
  );
  await cdp.send('Runtime.enable');
  const contentWorld = worlds.find((w) => w.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`);
  expect(contentWorld, 'the content script world').toBeDefined();
  await cdp.send('Runtime.evaluate', {
    contextId: contentWorld!.id,
    awaitPromise: true,
    expression: `fetch(${JSON.stringify(target('content-script'))}).then(() => 0, () => 0)\n//# sourceURL=chrome-extension://${extensionId}/control.js`,
  });

  const options = await openExtensionPage(context, recorder, `chrome-extension://${extensionId}/src/options/index.html`);
  await options.evaluate((url) => fetch(url).then(() => undefined, () => undefined), target('options-page'));
  await options.evaluate((url) => {
    const socket = new WebSocket(url);
    socket.onerror = () => socket.close();
  }, target('options-socket').replace('http:', 'ws:'));

  await expect.poll(() => recorder.violations().join('\n')).toContain('options-socket');
  const violations = recorder.violations();
  console.log(`[privacy control] ${recorder.summary()}`);
  expect(violations.some((v) => v.includes('/service-worker') && v.includes('by service worker chrome-extension://'))).toBe(true);
  expect(violations.some((v) => v.includes('/content-script') && v.includes(`initiator chrome-extension://${extensionId}/control.js`))).toBe(true);
  expect(violations.some((v) => v.includes('/options-page') && v.includes('/src/options/index.html'))).toBe(true);
  expect(violations.some((v) => v.startsWith('session: websocket ws://127.0.0.1:9/privacy-control/options-socket'))).toBe(true);
  await recorder.detach();
});
