// Every editor family with the built extension in real Chromium, from one table: the composer is detected (the badge
// appears), coached (a finding for a harmful draft), the suggestion command inserts between two words and after a
// sentence end with exact spacing, read back from the editor's own model (test/pages/src/mounts/*: editor.getData(),
// Trix's document, React state, Lexical/Slate/Draft state...), and one Ctrl+Z restores the exact previous text.
// The same checks run on Zendesk's page whose reply box is another family (the redesign case): the Zendesk adapter
// finds it through the editor-engine fallback (src/sites/editors) and still reads its conversation.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { badge, expect, fireCommand, pagesUrl, panel, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorData?: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

interface Family {
  name: string;
  page: string;
  /** The editable, as the agent clicks it (inside `frame` for iframe editors). */
  composer: string;
  frame?: string;
  /** Which editor __editorText reads, on a page with two. */
  textName?: string;
  /**
   * Slate's history merges text inserted right after the agent's typing, at the same spot, into that typing's undo
   * step (slate-history's shouldMerge), whatever inserts it: one Ctrl+Z then takes back both. Known; in the README.
   */
  undoMergesWithTypingAtCaret?: boolean;
  /** Zendesk's page (the redesign case): the conversation is Zendesk's, so the customer's name fills the phrases. */
  zendesk?: boolean;
}

const FAMILIES: Family[] = [
  { name: 'textarea', page: 'textarea.html', composer: '#plain', textName: 'plain' },
  { name: 'react textarea', page: 'react-textarea.html', composer: '#react-textarea' },
  { name: 'ckeditor 5', page: 'zendesk.html', composer: '[data-ticket-id="4217"] .ck-editor__editable' },
  { name: 'ckeditor 4 (iframe)', page: 'ckeditor4.html', frame: 'iframe.cke_wysiwyg_frame', composer: 'body.cke_editable' },
  { name: 'tinymce (iframe)', page: 'tinymce.html', frame: 'iframe.tox-edit-area__iframe', composer: 'body#tinymce' },
  { name: 'prosemirror', page: 'prosemirror.html', composer: '.ProseMirror' },
  { name: 'tiptap', page: 'tiptap.html', composer: '.ProseMirror' },
  { name: 'quill', page: 'quill.html', composer: '.ql-editor' },
  { name: 'lexical', page: 'lexical.html', composer: '[data-lexical-editor="true"]' },
  { name: 'slate', page: 'slate.html', composer: '[data-slate-editor="true"]', undoMergesWithTypingAtCaret: true },
  { name: 'draft.js', page: 'draftjs.html', composer: '.public-DraftEditor-content' },
  { name: 'trix', page: 'trix.html', composer: 'trix-editor' },
  { name: 'roosterjs', page: 'roosterjs.html', composer: '#editorParent_1 [contenteditable="true"]' },
  { name: 'froala', page: 'froala.html', composer: '.fr-element' },
  { name: 'summernote', page: 'summernote.html', composer: '.note-editable' },
  { name: 'plain contenteditable', page: 'plain-contenteditable.html', composer: '#editor' },
];

/** Zendesk's page with each family as its reply box (zendesk-redesign.html?editor=...). */
const REDESIGN: Family[] = [
  { name: 'textarea', page: 'textarea', composer: '#plain' },
  { name: 'react textarea', page: 'react-textarea', composer: '#react-textarea' },
  { name: 'trix', page: 'trix', composer: 'trix-editor' },
  { name: 'roosterjs', page: 'roosterjs', composer: '#editorParent_1 [contenteditable="true"]' },
  { name: 'tinymce', page: 'tinymce', frame: 'iframe.tox-edit-area__iframe', composer: 'body#tinymce' },
  { name: 'quill', page: 'quill', composer: '.ql-editor' },
  { name: 'lexical', page: 'lexical', composer: '[data-lexical-editor="true"]' },
  { name: 'slate', page: 'slate', composer: '[data-slate-editor="true"]', undoMergesWithTypingAtCaret: true },
  { name: 'draft.js', page: 'draftjs', composer: '.public-DraftEditor-content' },
].map((f) => ({ ...f, name: `zendesk redesign: ${f.name}`, page: `zendesk-redesign.html?editor=${f.page}`, zendesk: true }));

let textName: string | undefined;
const modelText = (page: Page) => page.evaluate((name) => window.__editorText(name), textName);

function scope(page: Page, family: Family): Page | FrameLocator {
  return family.frame ? page.frameLocator(family.frame) : page;
}

function composer(page: Page, family: Family): Locator {
  return scope(page, family).locator(family.composer).first();
}

/** Open the page and put the caret at the end of the draft "Hello", as an agent clicking there does. */
async function openAtHello(page: Page, family: Family): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pagesUrl(family.page));
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  expect(await modelText(page)).toBe('Hello');
  const box = composer(page, family);
  if (await box.evaluate((el) => el.tagName === 'TEXTAREA')) await box.click();
  else await box.getByText('Hello', { exact: true }).first().click();
  await page.keyboard.press('End');
  await expect(badge(page)).toBeVisible();
  expect(errors, 'page errors').toEqual([]);
}

/** The draft reads `before` + one inserted phrase + `after`, spaced by exactly one space where words meet. */
function insertedBetween(text: string, before: string, after: string): string | null {
  if (!text.startsWith(before) || !text.endsWith(after) || text.length <= before.length + after.length) return null;
  return text.slice(before.length, text.length - after.length);
}

for (const family of [...FAMILIES, ...REDESIGN]) {
  test.describe(family.name, () => {
    test.beforeEach(() => {
      textName = family.textName;
    });
    test('detected and coached', async ({ page }) => {
      await openAtHello(page, family);
      await page.keyboard.type(' Calm down, as I said before.');
      await expect.poll(() => modelText(page)).toBe('Hello Calm down, as I said before.');
      await expect(badge(page)).toHaveAttribute('data-tone', 'harm');
      if (family.zendesk) {
        // The Zendesk adapter read the ticket: its customer message (no "assuming" note) and the requester's name.
        await badge(page).click();
        await expect(panel(page)).toBeVisible();
        await expect(page.locator('reply-coach-badge .rc-note')).toHaveCount(0);
        await expect(page.locator('reply-coach-badge .rc-phrase-text', { hasText: 'Maria' }).first()).toBeVisible();
      }
    });

    test('inserts between two words, spaced, and one Ctrl+Z restores the exact text', async ({ page, serviceWorker }) => {
      await openAtHello(page, family);
      await page.keyboard.type(' world');
      await expect.poll(() => modelText(page)).toBe('Hello world');
      for (let i = 0; i < ' world'.length; i++) await page.keyboard.press('ArrowLeft');
      await fireCommand(serviceWorker, page, 'insert-suggestion');
      await expect.poll(() => modelText(page)).not.toBe('Hello world');
      const text = await modelText(page);
      const inserted = insertedBetween(text, 'Hello ', ' world');
      expect(inserted, `draft after insertion: ${JSON.stringify(text)}`).not.toBeNull();
      expect(inserted!.trim()).toBe(inserted);
      expect(inserted!.length).toBeGreaterThan(10);
      // Nothing of the extension's clipboard wrapper reached what the editor would send.
      expect(await page.evaluate(() => window.__editorData?.() ?? '')).not.toMatch(/white-space|<meta|reply-coach/i);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe('Hello world');
    });

    test('inserts after a sentence end, spaced, and one Ctrl+Z restores the exact text', async ({ page, serviceWorker }) => {
      await openAtHello(page, family);
      await page.keyboard.type(' world.');
      await expect.poll(() => modelText(page)).toBe('Hello world.');
      await fireCommand(serviceWorker, page, 'insert-suggestion');
      await expect.poll(() => modelText(page)).not.toBe('Hello world.');
      const text = await modelText(page);
      const inserted = insertedBetween(text, 'Hello world. ', '');
      expect(inserted, `draft after insertion: ${JSON.stringify(text)}`).not.toBeNull();
      expect(inserted!.trim()).toBe(inserted);
      await page.keyboard.press('Control+z');
      if (family.undoMergesWithTypingAtCaret) await expect.poll(() => modelText(page)).not.toContain(inserted!);
      else await expect.poll(() => modelText(page)).toBe('Hello world.');
    });
  });
}
