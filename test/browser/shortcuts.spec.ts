// Keyboard ways in, in real Chromium with the built extension: the phrase picker (a manifest command) works by keyboard
// alone and returns focus to the editor with the caret after the inserted text; abbreviations expand on Space.
import type { Page } from '@playwright/test';
import { expect, fireCommand, pagesUrl, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

const EDITORS: Array<{ name: string; page: string; composer: string; undoGroupsByTime?: boolean }> = [
  { name: 'zendesk (CKEditor 5)', page: 'zendesk.html', composer: '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { name: 'gmail', page: 'gmail.html', composer: '#reply div[contenteditable="true"][g_editable="true"]' },
  // ProseMirror's history groups every change within 500 ms (newGroupDelay) into one undo step, so right after typing
  // the abbreviation, one Ctrl+Z removes the typing and the expansion together.
  { name: 'prosemirror', page: 'prosemirror.html', composer: '.ProseMirror', undoGroupsByTime: true },
  { name: 'textarea', page: 'textarea.html', composer: '#react-textarea' },
];

const THANKS = 'Thank you for bringing this to our attention; it gives us the chance to put it right.';
const modelText = (page: Page) => page.evaluate(() => window.__editorText());

async function caretAfterHello(page: Page, composer: string): Promise<void> {
  const box = page.locator(composer).first();
  if (await box.evaluate((el) => el.tagName === 'TEXTAREA')) await box.click();
  else await box.getByText('Hello', { exact: true }).first().click();
  await page.keyboard.press('End');
  await expect(page.locator('reply-coach-badge .rc-badge')).toBeVisible();
}

for (const editor of EDITORS) {
  test.describe(editor.name, () => {
    test('the phrase picker: type to filter, arrows and Enter insert, focus returns after the text', async ({ page, serviceWorker }) => {
      await page.goto(pagesUrl(editor.page));
      await page.evaluate(async () => {
        await window.__editorReady;
      });
      await caretAfterHello(page, editor.composer);
      await fireCommand(serviceWorker, page, 'open-phrase-picker');
      const input = page.locator('reply-coach-picker input[role="combobox"]');
      await expect(input).toBeFocused();
      await page.keyboard.type('attention');
      await expect(page.locator('reply-coach-picker [role="option"]')).toHaveCount(1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.locator('reply-coach-picker')).toHaveCount(0);
      await expect.poll(() => modelText(page)).toContain(THANKS);
      // Focus is back in the editor, right after the phrase.
      await page.keyboard.type('Z');
      await expect.poll(() => modelText(page)).toContain(`${THANKS}Z`);
    });

    test('Esc closes the picker and leaves the draft as it was', async ({ page, serviceWorker }) => {
      await page.goto(pagesUrl(editor.page));
      await page.evaluate(async () => {
        await window.__editorReady;
      });
      await caretAfterHello(page, editor.composer);
      const before = await modelText(page);
      await fireCommand(serviceWorker, page, 'open-phrase-picker');
      await expect(page.locator('reply-coach-picker input')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.locator('reply-coach-picker')).toHaveCount(0);
      expect(await modelText(page)).toBe(before);
    });

    test('an abbreviation expands on Space, and one Ctrl+Z brings it back', async ({ page }) => {
      await page.goto(pagesUrl(editor.page));
      await page.evaluate(async () => {
        await window.__editorReady;
      });
      await caretAfterHello(page, editor.composer);
      await page.keyboard.type(' ;thanks ');
      await expect.poll(() => modelText(page)).toContain(THANKS);
      expect(await modelText(page)).not.toContain(';thanks');
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).not.toContain(THANKS);
      if (!editor.undoGroupsByTime) expect(await modelText(page)).toContain(';thanks');
      expect(await modelText(page)).toContain('Hello');
    });
  });
}
