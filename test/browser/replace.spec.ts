// Replace changes the finding the agent clicked, not another copy of the same words: with "calm down" twice in the
// draft, Replace on the second finding leaves the first alone (a textarea once replaced the first one it found, by
// value.indexOf). In a plain textarea, a plain contenteditable, ProseMirror and CKEditor 5, with the built extension
// in Chromium; the finding's span goes to the DOM through the draft's own map. The assertions read the editor's model.
import type { Page } from '@playwright/test';
import { badge, expect, pagesUrl, panel, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

const CASES = [
  { name: 'textarea', page: 'textarea.html', composer: '#plain', textName: 'plain' },
  { name: 'contenteditable', page: 'plain-contenteditable.html', composer: '#editor', textName: undefined },
  // Editors with a model of their own: the replacement must land in the model at the finding's own place.
  { name: 'ProseMirror', page: 'prosemirror.html', composer: '.ProseMirror', textName: undefined },
  {
    name: 'CKEditor 5 (Zendesk)',
    page: 'zendesk.html',
    composer: '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
    textName: undefined,
  },
];

const modelText = (page: Page, name?: string) => page.evaluate((n) => window.__editorText(n), name);

for (const c of CASES)
  test(`Replace on the second of two equal phrases changes the second (${c.name})`, async ({ page }) => {
    await page.goto(pagesUrl(c.page));
    await page.evaluate(async () => {
      await window.__editorReady;
    });
    const box = page.locator(c.composer);
    if (c.name === 'textarea') await box.click();
    else await box.getByText('Hello', { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Please calm down and wait. I have checked your order. Please calm down.');
    await expect(badge(page)).toBeVisible();
    await badge(page).click();
    await expect(panel(page)).toBeVisible();
    const findings = page.locator('reply-coach-badge [data-rule="calm-down"]');
    await expect(findings).toHaveCount(2);
    const second = findings.nth(1).locator('button.rc-replace');
    const replacement = (await second.getAttribute('data-replacement'))!;
    expect(replacement).toBeTruthy();
    await second.click();

    await expect.poll(() => modelText(page, c.textName)).toContain(replacement);
    const after = await modelText(page, c.textName);
    // The first stays as typed; the second is gone; nothing else moved.
    expect(after).toContain('Please calm down and wait. I have checked your order.');
    const tail = after.slice(after.indexOf('I have checked your order.'));
    expect(tail.toLowerCase()).not.toContain('calm down');
    expect(after.toLowerCase().split('calm down').length - 1).toBe(1);
  });
