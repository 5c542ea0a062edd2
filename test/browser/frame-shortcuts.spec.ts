// The phrase picker and abbreviation expansion in IFRAME editors (TinyMCE, CKEditor 4), with the built extension in
// real Chromium. The content script runs in the page, not in the editor's frame: the caret it must find, anchor the
// picker to and write at is the frame's own. Each test starts with the caret between "Hello" and " world" in the
// frame's body, then checks the phrase lands there, spaced, the rest of the draft intact, nothing of ours in what the
// editor would send (read through the editor's own API), and that one Ctrl+Z takes back exactly the insertion.
import type { Page } from '@playwright/test';
import { expect, fireCommand, test } from './extension-fixture';
import { modelText, openComposer, type ComposerTarget } from './composer-page';

interface FrameEditor extends ComposerTarget {
  name: string;
  frame: string;
  /** What the editor would send, read through its own API in the page. */
  content: string;
}

const FRAME_EDITORS: FrameEditor[] = [
  {
    name: 'tinymce (iframe)',
    page: 'tinymce.html',
    frame: 'iframe.tox-edit-area__iframe',
    composer: 'body#tinymce',
    content: 'tinymce.activeEditor.getContent()',
  },
  {
    name: 'ckeditor 4 (iframe)',
    page: 'ckeditor4.html',
    frame: 'iframe.cke_wysiwyg_frame',
    composer: 'body.cke_editable',
    content: 'CKEDITOR.instances.cke4.getData()',
  },
];

/** The built-in gratitude phrase: its abbreviation is ";thanks", and "attention" finds it alone in the picker. */
const THANKS = 'Thank you for bringing this to our attention; it gives us the chance to put it right.';

/** Open the page and put the caret between "Hello" and " world" in the frame's body. */
async function caretBetweenWords(page: Page, editor: FrameEditor): Promise<void> {
  await openComposer(page, editor);
  await page.keyboard.type(' world');
  await expect.poll(() => modelText(page)).toBe('Hello world');
  for (let i = 0; i < ' world'.length; i++) await page.keyboard.press('ArrowLeft');
}

/** The frame's caret on the page's screen (the frame's own rect plus the caret's rect inside it). */
function frameCaretRect(page: Page, editor: FrameEditor) {
  return page.evaluate((frameSelector) => {
    const frame = document.querySelector<HTMLIFrameElement>(frameSelector)!;
    const selection = frame.contentDocument!.getSelection()!;
    const inner = selection.getRangeAt(0).getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const left = outer.left + frame.clientLeft + inner.left;
    const top = outer.top + frame.clientTop + inner.top;
    return { left, top, bottom: top + inner.height, height: inner.height, collapsed: selection.isCollapsed };
  }, editor.frame);
}

/** What the editor would send, through its own API: the phrase and the agent's words, none of the extension's markup. */
async function expectCleanContent(page: Page, editor: FrameEditor, phrase: string): Promise<void> {
  const html = String(await page.evaluate(editor.content));
  expect(html).not.toMatch(/white-space|<meta|reply-coach|data-rc|rc-|<span|Apple-converted/i);
  const text = html.replace(/&nbsp;|\u00a0/g, ' ').replace(/&#39;|&apos;/g, "'");
  expect(text).toContain(`Hello ${phrase} world`);
}

for (const editor of FRAME_EDITORS) {
  test.describe(editor.name, () => {
    test('the phrase picker opens at the frame caret and inserts there, spaced; one Ctrl+Z takes it back', async ({ page, serviceWorker }) => {
      await caretBetweenWords(page, editor);
      const caret = await frameCaretRect(page, editor);
      expect(caret.collapsed).toBe(true);
      expect(caret.height).toBeGreaterThan(0);

      await fireCommand(serviceWorker, page, 'open-phrase-picker');
      const input = page.locator('reply-coach-picker input[role="combobox"]');
      await expect(input).toBeFocused();
      // Anchored to the frame's caret on the page's screen: just below the caret line, from the caret's left.
      const picker = await page.locator('reply-coach-picker').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(Math.abs(picker.left - caret.left)).toBeLessThanOrEqual(4);
      expect(picker.top).toBeGreaterThanOrEqual(caret.bottom);
      expect(picker.top).toBeLessThanOrEqual(caret.bottom + 12);

      await page.keyboard.type('attention');
      await expect(page.locator('reply-coach-picker [role="option"]')).toHaveCount(1);
      await page.keyboard.press('Enter');
      await expect(page.locator('reply-coach-picker')).toHaveCount(0);
      await expect.poll(() => modelText(page)).toBe(`Hello ${THANKS} world`);
      await expectCleanContent(page, editor, THANKS);

      // Focus is back in the frame: one Ctrl+Z there gives back exactly the draft before.
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe('Hello world');
    });

    test('Esc closes the picker and puts the caret back in the frame where it was', async ({ page, serviceWorker }) => {
      await caretBetweenWords(page, editor);
      await fireCommand(serviceWorker, page, 'open-phrase-picker');
      await expect(page.locator('reply-coach-picker input')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.locator('reply-coach-picker')).toHaveCount(0);
      expect(await modelText(page)).toBe('Hello world');
      await page.keyboard.type('Z');
      await expect.poll(() => modelText(page)).toBe('HelloZ world');
    });

    test('an abbreviation typed in the frame expands on Tab, spaced; one Ctrl+Z brings the abbreviation back', async ({ page }) => {
      await caretBetweenWords(page, editor);
      await page.keyboard.type(' ;thanks');
      await expect.poll(() => modelText(page)).toBe('Hello ;thanks world');
      // Tab adds nothing of its own: the phrase sits between the two words, one space each side.
      await page.keyboard.press('Tab');
      await expect.poll(() => modelText(page)).toBe(`Hello ${THANKS} world`);
      await expectCleanContent(page, editor, THANKS);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe('Hello ;thanks world');
    });

    test('an abbreviation at the end of the draft expands on Space; one Ctrl+Z brings it back', async ({ page }) => {
      await openComposer(page, editor);
      await page.keyboard.type(' ;thanks ');
      await expect.poll(async () => (await modelText(page)).trimEnd()).toBe(`Hello ${THANKS}`);
      // The Space was taken into the expansion (it ends the phrase): no second space from the key itself.
      expect(await modelText(page)).toMatch(/[.] ?$/);
      const html = String(await page.evaluate(editor.content));
      expect(html).not.toMatch(/white-space|<meta|reply-coach|data-rc|rc-|<span|;thanks/i);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await modelText(page)).trimEnd()).toBe('Hello ;thanks');
    });
  });
}
