// The coach (engine, views, features) is not part of what a helpdesk tab loads: the service worker injects it into
// the content script's world when the agent first reaches for a composer (pointer over it, focus, typing). Until then nothing of it runs; what the agent
// types while it loads is all there, in the editor and in the first analysis; it is injected once. The scripts a
// frame runs are read from the DevTools protocol (Debugger.scriptParsed), so the test sees the real loading.
import type { CDPSession, Page } from '@playwright/test';
import { badge, expect, pagesUrl, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

const COMPOSER = '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

/** The extension's scripts parsed in the page's frames, by path ('src/content/index.js', 'src/content/coach.js'). */
async function extensionScripts(page: Page, extensionId: string): Promise<{ cdp: CDPSession; paths: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const paths: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    const prefix = `chrome-extension://${extensionId}/`;
    if (url.startsWith(prefix)) paths.push(url.slice(prefix.length));
  });
  await cdp.send('Debugger.enable');
  return { cdp, paths };
}

test('the coach loads when the agent reaches for a composer, once, and nothing typed meanwhile is lost', async ({ page, extensionId }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const { paths } = await extensionScripts(page, extensionId);
  await page.goto(pagesUrl('zendesk.html'));
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  // The small content script is in; the coach is not, and there is no badge.
  await expect.poll(() => paths).toContain('src/content/index.js');
  await page.waitForTimeout(500);
  expect(paths).not.toContain('src/content/coach.js');
  await expect(page.locator('reply-coach-badge')).toHaveCount(0);

  // The pointer passing over other parts of the page loads nothing.
  await page.locator('body').hover({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(300);
  expect(paths).not.toContain('src/content/coach.js');

  // The agent clicks into the draft and types at once, while the coach is still on its way.
  await page.locator(COMPOSER).getByText('Hello', { exact: true }).click();
  await page.keyboard.press('End');
  const typed = ' I am so sorry about the delay. Thank you for your patience.';
  await page.keyboard.type(typed, { delay: 5 });
  await expect(badge(page)).toBeVisible();
  // Every character is in the editor's model, and the analysis saw them all: apology and gratitude are met.
  expect(await page.evaluate(() => window.__editorText())).toBe(`Hello${typed}`);
  await badge(page).click();
  await expect(page.locator('reply-coach-badge [data-item="apology"]')).toHaveAttribute('data-status', 'met');
  await expect(page.locator('reply-coach-badge [data-item="gratitude"]')).toHaveAttribute('data-status', 'met');

  // More focus changes and typing load nothing again.
  await page.locator(COMPOSER).click();
  await page.keyboard.type(' More.');
  await page.waitForTimeout(300);
  expect(paths.filter((p) => p === 'src/content/coach.js')).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('focus to the first badge, measured (the coach is injected, runs and analyses in that time)', async ({ page }) => {
  await page.goto(pagesUrl('zendesk.html'));
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  await page.waitForTimeout(300);
  // Timed in the page: from the focus event to the badge's host element showing up, without Playwright's round trips.
  const ms = await page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const editor = document.querySelector<HTMLElement>(selector)!;
        const start = performance.now();
        const seen = () => {
          const host = document.querySelector('reply-coach-badge') as HTMLElement | null;
          if (host && host.style.display !== 'none' && host.shadowRoot?.querySelector('.rc-badge')) resolve(performance.now() - start);
          else requestAnimationFrame(seen);
        };
        editor.focus();
        requestAnimationFrame(seen);
      }),
    COMPOSER,
  );
  console.log(`[lazy-coach] focus to badge: ${ms.toFixed(0)} ms`);
  // Not a benchmark (the figure is printed; `npm run bench:typing` measures), only a bound that catches a hang: on a
  // shared 2-core machine running two Chromiums it has been 150-2,500 ms, so the bound sits far above that.
  expect(ms).toBeLessThan(10_000);
});
