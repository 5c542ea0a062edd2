// The toolbar popup in real Chromium with the built extension, opened as a page for the test helpdesk's tab
// (?tabId=N): it shows the composer's checklist, follows typing in the page without reopening, inserts and replaces
// through the editor's own model, works by keyboard alone, and passes axe-core in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, pagesUrl, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

// Two pages, CKEditor and (below) two axe-core runs per test: on a loaded shared 2-core machine that can take over a minute.
test.describe.configure({ timeout: 90_000 });

const COMPOSER = '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]';
const modelText = (page: Page) => page.evaluate(() => window.__editorText());

async function openZendesk(page: Page): Promise<void> {
  await page.goto(pagesUrl('zendesk.html'));
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  await caretAfterHello(page);
  await expect(page.locator('reply-coach-badge .rc-badge')).toBeVisible();
}

async function caretAfterHello(page: Page): Promise<void> {
  await page.bringToFront();
  await page.locator(COMPOSER).first().getByText('Hello', { exact: true }).first().click();
  await page.keyboard.press('End');
}

/** The id of the page's tab, as the extension sees it: the active tab once the page is in front. */
async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  return popup;
}

const popupRow = (popup: Page, id: string) => popup.locator(`[data-item="${id}"]`);

test('the popup shows the live checklist of the tab, inserts and replaces through the editor', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await openZendesk(page);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);

  // It reflects the composer: a row per move, each with its status.
  await expect(popup.locator('main')).toHaveAttribute('data-view', 'ready');
  await expect(popup.locator('[data-item]')).toHaveCount(5);
  for (const row of await popup.locator('[data-item]').all()) await expect(row).toHaveAttribute('data-status', /^(met|missing|weak|not-needed)$/);
  // "Hello" alone apologizes for nothing (the row is missing, or not needed when the page's customer reads calm).
  await expect(popupRow(popup, 'apology')).toHaveAttribute('data-status', /^(missing|not-needed)$/);
  const html = popup.locator('html');
  console.log(
    `[popup] first render: ${await html.getAttribute('data-first-render-after-answer-ms')} ms after the tab's answer, ` +
      `${await html.getAttribute('data-first-render-ms')} ms after the popup script started, ` +
      `${await html.getAttribute('data-first-render-since-navigation-ms')} ms after navigation start`,
  );

  // The agent types in the page; the open popup follows.
  await caretAfterHello(page);
  await page.keyboard.type(" I'm so sorry about the delay.");
  await expect(popupRow(popup, 'apology')).toHaveAttribute('data-status', 'met');
  await expect(popup.locator('.rc-summary')).toContainText('moves made');

  // Insert from the popup: the phrase lands in the editor's model.
  await popup.bringToFront();
  const insert = popup.locator('[data-status="missing"] button[data-phrase]').first();
  const phraseText = (await insert.locator('xpath=..').locator('.rc-phrase-text').textContent())!.trim();
  await insert.click();
  await expect.poll(() => modelText(page)).toContain(phraseText);
  await expect(popup.locator('.rc-notice')).toHaveText('Inserted into the reply.');
  expect(await modelText(page)).toContain("I'm so sorry about the delay.");

  // A harmful phrase: the popup lists it with a replacement; Replace changes the model.
  await page.bringToFront();
  await page.locator(COMPOSER).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Please calm down.');
  const finding = popup.locator('[data-rule] button.rc-replace').first();
  await expect(finding).toBeVisible();
  const replacement = (await finding.getAttribute('data-replacement'))!;
  const harmful = (await finding.locator('xpath=..').locator('.rc-finding-text').textContent())!.trim();
  const before = await modelText(page);
  expect(before.toLowerCase()).toContain(harmful.toLowerCase());
  await popup.bringToFront();
  await finding.click();
  await expect.poll(() => modelText(page)).not.toBe(before);
  const after = await modelText(page);
  expect(after).toContain(replacement);
  expect(after).not.toContain(harmful);
  expect(after).toContain(phraseText);
});

test('keyboard only: Tab reaches an Insert button with a visible focus ring, Enter inserts', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await openZendesk(page);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('button[data-phrase]').first()).toBeVisible();
  const firstInsert = popup.locator('button[data-phrase]').first();
  const phraseText = (await firstInsert.locator('xpath=..').locator('.rc-phrase-text').textContent())!.trim();

  // From the top of the page, Tab goes through the controls in reading order: the first stop is the first Insert.
  await popup.bringToFront();
  await popup.keyboard.press('Tab');
  await expect(firstInsert).toBeFocused();
  const outline = await firstInsert.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await popup.keyboard.press('Enter');
  await expect.poll(() => modelText(page)).toContain(phraseText);
  // Focus stays in the popup even if the row got met and its buttons went away.
  expect(await popup.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('accessibility: axe-core finds no violations, light and dark', async ({ context, page, serviceWorker, extensionId }) => {
  test.slow(); // two full axe runs (each opens a page of its own)
  await openZendesk(page);
  await page.keyboard.type(' Please calm down.');
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('[data-rule] button.rc-replace').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(
      results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('a tab without the content script: a clear "not active" state, also accessible', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto('about:blank');
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('main')).toHaveAttribute('data-view', 'unreachable');
  await expect(popup.locator('[data-state="not-active"]')).toContainText('not active on this page');
  await expect(popup.locator('[data-action="switch-on"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page: popup }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
