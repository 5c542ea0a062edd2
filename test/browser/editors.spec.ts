// The editor families extension.spec.ts does not cover, with the built extension in real Chromium, each on its own
// test page (test/pages/src/mounts: the real library, set up as the helpdesk that uses it does): the composer is
// detected and coached (the badge, a finding for a harmful draft, marked in the text); the keyboard command inserts the first suggestion
// at the caret, between two words and after a sentence end, spaced by exactly one space, the rest of the draft as it
// was, nothing of ours in what the editor would send; one Ctrl+Z restores the exact text before. All read from the
// editor's own model (a React textarea's: React state, which only its onChange updates).
// Then the Zendesk redesign case: Zendesk's page whose reply box is another family, carrying none of Zendesk's
// composer markers. The Zendesk adapter must find it through the editor-engine fallback (src/sites/editors) and still
// read the ticket's conversation (its customer, by name).
import type { Page, Worker } from '@playwright/test';
import { badge, expect, fireCommand, test } from './extension-fixture';
import { editorData, modelText, nextSuggestion, openComposer, pageState, warningMarks, type ComposerTarget } from './composer-page';

interface Family extends ComposerTarget {
  name: string;
  /** Zendesk's page (the redesign case): the site and customer are Zendesk's. */
  zendesk?: boolean;
  /** Slate: see the first test. */
  undoMergesWithTypingAtCaret?: boolean;
}

const FAMILIES: Family[] = [
  { name: 'textarea', page: 'textarea.html', composer: '#plain', textName: 'plain' },
  { name: 'react textarea', page: 'react-textarea.html', composer: '#react-textarea' },
  { name: 'trix', page: 'trix.html', composer: 'trix-editor' },
  { name: 'roosterjs', page: 'roosterjs.html', composer: '#editorParent_1 [contenteditable="true"]' },
  { name: 'froala', page: 'froala.html', composer: '.fr-element' },
  { name: 'summernote', page: 'summernote.html', composer: '.note-editable' },
  { name: 'tinymce (iframe)', page: 'tinymce.html', frame: 'iframe.tox-edit-area__iframe', composer: 'body#tinymce' },
  { name: 'ckeditor 4 (iframe)', page: 'ckeditor4.html', frame: 'iframe.cke_wysiwyg_frame', composer: 'body.cke_editable' },
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

/** Open the family's page at the end of "Hello", no page errors on the way. */
async function open(page: Page, family: Family): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openComposer(page, family);
  expect(await modelText(page, family.textName)).toBe('Hello');
  expect(errors, 'page errors').toEqual([]);
}

/** The agent types `text` at the caret; the editor's model has it. */
async function type(page: Page, family: Family, text: string, expected: string): Promise<void> {
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page, family.textName)).toBe(expected);
}

/**
 * The command inserts the suggestion it should, and the draft reads exactly `expected(phrase)`; nothing of the
 * extension's clipboard wrapper reached what the editor would send. Returns the phrase.
 */
async function insertSuggestion(page: Page, worker: Worker, family: Family, expected: (phrase: string) => string): Promise<string> {
  const before = await modelText(page, family.textName);
  const phrase = await nextSuggestion(worker, page);
  await fireCommand(worker, page, 'insert-suggestion');
  await expect.poll(() => modelText(page, family.textName)).not.toBe(before);
  expect(await modelText(page, family.textName)).toBe(expected(phrase));
  const data = await editorData(page, family.textName);
  expect(data).not.toMatch(/white-space|<meta|reply-coach|data-rc|Apple-converted/i);
  // The editor would send the phrase (entities and no-break spaces aside) unless it only sends its model as JSON.
  if (!data.startsWith('{') && !data.startsWith('[')) {
    expect(data.replace(/&nbsp;|\u00a0/g, ' ').replace(/&#39;|&apos;/g, "'")).toContain(phrase.slice(0, 12));
  }
  return phrase;
}

/** One Ctrl+Z, pressed in the composer, gives back exactly `text`. */
async function undoTo(page: Page, family: Family, text: string): Promise<void> {
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, family.textName)).toBe(text);
}

const HARSH = ' Calm down, as I said before.';

for (const family of [...FAMILIES, ...REDESIGN]) {
  test.describe(family.name, () => {
    test('detected, coached; the command inserts after a sentence end, spaced; one Ctrl+Z restores the text', async ({ page, serviceWorker }) => {
      await open(page, family);
      const state = await pageState(serviceWorker, page);
      expect(state.status).toBe('ready');
      if (family.zendesk) {
        // Found by the editor-engine fallback on a Zendesk page: the adapter is still Zendesk's, and read the ticket.
        expect(state.site).toBe('zendesk');
        expect(state.customerProvided).toBe(true);
        expect(state.customerFirstName).toBe('Maria');
      }
      await type(page, family, HARSH, `Hello${HARSH}`);
      await expect(badge(page)).toHaveAttribute('data-tone', 'harm');
      // The finding is marked in the text itself (outside the DOM), in the frame's own document for iframe editors.
      if ((await warningMarks(page, family)) !== null) await expect.poll(() => warningMarks(page, family)).toBeGreaterThan(0);
      await insertSuggestion(page, serviceWorker, family, (phrase) => `Hello${HARSH} ${phrase}`);
      // Slate's history merges an insertion right where the last typing ended into that typing's undo step
      // (slate-history's shouldMerge), whatever inserts it: one Ctrl+Z takes back both. Known; said in the README.
      await undoTo(page, family, family.undoMergesWithTypingAtCaret ? 'Hello' : `Hello${HARSH}`);
    });

    test('the command inserts between two words, spaced; one Ctrl+Z restores the text', async ({ page, serviceWorker }) => {
      await open(page, family);
      await type(page, family, ' world', 'Hello world');
      for (let i = 0; i < ' world'.length; i++) await page.keyboard.press('ArrowLeft');
      await insertSuggestion(page, serviceWorker, family, (phrase) => `Hello ${phrase} world`);
      await undoTo(page, family, 'Hello world');
    });
  });
}
