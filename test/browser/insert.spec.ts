// The insertion module (src/content/insert) against every supported composer, each built with its real editor
// library (test/pages). Assertions read the editor's own MODEL through window.__editorText, never the DOM.
// Build first: `npx vite build --config vite.pages.config.ts`.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGES_DIR } from './serve';

const PHRASE = 'Thanks for your patience.';

interface Case {
  name: string;
  page: string;
  /** The composer, as a content script would find it (inside `frame` when set). */
  target: string;
  frame?: string;
  /** Argument to window.__editorText for pages with more than one editor. */
  textName?: string;
}

const CASES: Case[] = [
  {
    name: 'zendesk-ckeditor5',
    page: 'zendesk.html',
    target: '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  },
  { name: 'gmail', page: 'gmail.html', target: '#reply div[contenteditable="true"][g_editable="true"][role="textbox"]' },
  { name: 'prosemirror', page: 'prosemirror.html', target: '.ProseMirror[contenteditable="true"]' },
  { name: 'tiptap', page: 'tiptap.html', target: '.ProseMirror[contenteditable="true"]' },
  { name: 'textarea', page: 'textarea.html', target: '#plain', textName: 'plain' },
  { name: 'react-textarea', page: 'textarea.html', target: '#react-textarea', textName: 'react' },
  { name: 'quill', page: 'quill.html', target: '.ql-editor[contenteditable="true"]' },
  { name: 'lexical', page: 'lexical.html', target: '[data-lexical-editor="true"]' },
  { name: 'slate', page: 'slate.html', target: '[data-slate-editor="true"]' },
  { name: 'draftjs', page: 'draftjs.html', target: '.public-DraftEditor-content[contenteditable="true"]' },
  { name: 'tinymce', page: 'tinymce.html', frame: 'iframe.tox-edit-area__iframe', target: 'body#tinymce' },
  { name: 'late-mount', page: 'late.html', target: '#editor[contenteditable="true"]' },
  { name: 'plain-contenteditable', page: 'plain-contenteditable.html', target: '#editor' },
  { name: 'react-textarea-page', page: 'react-textarea.html', target: '#react-textarea' },
  { name: 'trix', page: 'trix.html', target: 'trix-editor' },
  { name: 'roosterjs', page: 'roosterjs.html', target: '#editorParent_1 [contenteditable="true"]' },
  { name: 'froala', page: 'froala.html', target: '.fr-element[contenteditable="true"]' },
  { name: 'summernote', page: 'summernote.html', target: '.note-editable[contenteditable="true"]' },
  { name: 'ckeditor4', page: 'ckeditor4.html', frame: 'iframe.cke_wysiwyg_frame', target: 'body.cke_editable' },
];

type InsertResult = { ok: true; method: string } | { ok: false; reason: string };

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorData?: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
    __replyCoachInsert: {
      insertText(target: HTMLElement, text: string, options?: object): Promise<InsertResult>;
      placeCaretAtEnd(target: HTMLElement): Range | null;
    };
  }
}

function baseUrl(): string {
  const url = process.env.REPLY_COACH_PAGES_URL;
  if (!url) throw new Error('REPLY_COACH_PAGES_URL is not set: run through playwright.config.ts (globalSetup serve.ts)');
  return url;
}

async function open(page: Page, c: Case): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl()}/${c.page}`);
  // The same module the content script will call, injected as a classic script.
  await page.addScriptTag({ url: `${baseUrl()}/reply-coach-insert.js` });
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  await composer(page, c).waitFor();
  expect(errors, 'page errors while loading').toEqual([]);
}

function composer(page: Page, c: Case): Locator {
  return c.frame ? page.frameLocator(c.frame).locator(c.target) : page.locator(c.target);
}

const modelText = (page: Page, c: Case) => page.evaluate((name) => window.__editorText(name), c.textName);

/** Click the word "Hello" in the composer as an agent would, then End: the caret sits right after "Hello". */
async function caretAfterHello(page: Page, c: Case): Promise<void> {
  const box = composer(page, c);
  const isField = await box.evaluate((el) => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT');
  if (isField) await box.click();
  else await box.getByText('Hello', { exact: true }).first().click();
  await page.keyboard.press('End');
}

/** Run insertText on the composer inside the page (or its iframe). */
function insert(page: Page, c: Case, text = PHRASE): Promise<InsertResult> {
  return page.evaluate(
    ({ target, frame, text }) => {
      const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
      const el = doc.querySelector(target) as HTMLElement;
      return window.__replyCoachInsert.insertText(el, text);
    },
    { target: c.target, frame: c.frame, text },
  );
}

/** No caret anywhere: nothing focused, no selection (also inside the iframe). */
async function dropCaret(page: Page, c: Case): Promise<void> {
  await page.evaluate((frame) => {
    for (const doc of [document, frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument : null]) {
      if (!doc) continue;
      (doc.activeElement as HTMLElement | null)?.blur();
      doc.getSelection()?.removeAllRanges();
    }
  }, c.frame);
  await page.waitForTimeout(50);
}

/**
 * Run insertText from an isolated world, as the extension's content script will: the module is evaluated in a
 * world of its own (CDP Page.createIsolatedWorld) that shares the DOM but not the page's JavaScript.
 */
async function insertFromIsolatedWorld(page: Page, c: Case, text = PHRASE): Promise<InsertResult> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'reply-coach-test',
  });
  const source = readFileSync(`${PAGES_DIR}/reply-coach-insert.js`, 'utf8');
  const call = `(${String((target: string, frame: string | null, phrase: string) => {
    const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
    if (typeof (window as { __editorText?: unknown }).__editorText !== 'undefined') throw new Error('not isolated');
    return window.__replyCoachInsert.insertText(doc.querySelector(target) as HTMLElement, phrase).then((r) => JSON.stringify(r));
  })})(${JSON.stringify(c.target)}, ${JSON.stringify(c.frame ?? null)}, ${JSON.stringify(text)})`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `${source}\n;${call}`,
    contextId: executionContextId,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return JSON.parse(result.value as string) as InsertResult;
}

const withPhrase = (before: string, tail = '') => before.replace('Hello', `Hello ${PHRASE}${tail}`);

for (const c of CASES) {
  test.describe(c.name, () => {
    test('inserts once after "Hello" and leaves the caret after the text', async ({ page }) => {
      await open(page, c);
      const before = await modelText(page, c);
      expect(before.split('Hello').length - 1).toBe(1);
      await caretAfterHello(page, c);
      const result = await insert(page, c);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      console.log(`[insert] ${c.name}: method=${'method' in result ? result.method : result.reason}`);
      await expect.poll(() => modelText(page, c)).toBe(withPhrase(before));
      // The clipboard wrapper (pre-wrap span, meta) must not leak into what the editor would send.
      const data = await page.evaluate((name) => window.__editorData?.(name) ?? '', c.textName);
      expect(data).toContain('patience.');
      expect(data).not.toMatch(/white-space|<meta|Apple-converted/i);
      // The caret is right after the phrase: a typed character lands there.
      await page.keyboard.type('X');
      await expect.poll(() => modelText(page, c)).toBe(withPhrase(before, 'X'));
    });

    test('one Ctrl+Z removes exactly the insertion', async ({ page }) => {
      await open(page, c);
      const before = await modelText(page, c);
      await caretAfterHello(page, c);
      expect(await insert(page, c)).toMatchObject({ ok: true });
      await expect.poll(() => modelText(page, c)).toBe(withPhrase(before));
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page, c)).toBe(before);
    });

    test('without a caret, inserts at the end of the agent\'s own text', async ({ page }) => {
      await open(page, c);
      const before = await modelText(page, c);
      await dropCaret(page, c);
      const result = await insert(page, c);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      await expect.poll(() => modelText(page, c)).toBe(withPhrase(before));
      // insertText focused the composer: the agent's next Ctrl+Z undoes the insertion there too.
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page, c)).toBe(before);
    });

    test('works from an isolated world (as a content script)', async ({ page }) => {
      await open(page, c);
      const before = await modelText(page, c);
      await caretAfterHello(page, c);
      const result = await insertFromIsolatedWorld(page, c);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      await expect.poll(() => modelText(page, c)).toBe(withPhrase(before));
    });
  });
}

test.describe('page-specific', () => {
  const zendesk = CASES.find((c) => c.name === 'zendesk-ckeditor5')!;
  const gmail = CASES.find((c) => c.name === 'gmail')!;
  const react = CASES.find((c) => c.name === 'react-textarea')!;

  test('zendesk: CKEditor keeps the text (model, data and DOM) and the background ticket is untouched', async ({ page }) => {
    await open(page, zendesk);
    const background = await modelText(page, { ...zendesk, textName: 'background' });
    await caretAfterHello(page, zendesk);
    expect(await insert(page, zendesk)).toMatchObject({ ok: true, method: 'paste' });
    // CKEditor re-renders the DOM from its model: wait past its render and selection debounce, then check both.
    await page.waitForTimeout(500);
    expect(await modelText(page, zendesk)).toBe(`Hello ${PHRASE}`);
    const data = await page.evaluate(() => (window.__editors?.main as { getData(): string }).getData());
    expect(data).toBe(`<p>Hello ${PHRASE}</p>`);
    await expect(composer(page, zendesk)).toHaveText(`Hello ${PHRASE}`);
    expect(await modelText(page, { ...zendesk, textName: 'background' })).toBe(background);
  });

  test('gmail: without a caret the text goes before the signature and quote, which stay intact', async ({ page }) => {
    await open(page, gmail);
    const compose = await modelText(page, { ...gmail, textName: 'compose' });
    await dropCaret(page, gmail);
    expect(await insert(page, gmail)).toMatchObject({ ok: true });
    const box = composer(page, gmail);
    await expect(box.locator('> div').first()).toHaveText(`Hello ${PHRASE}`);
    await expect(box.locator('.gmail_signature')).toHaveText('Alex SupportExample Shop');
    await expect(box.locator('.gmail_quote blockquote')).toHaveText('Still nothing. I want a refund.');
    expect(await modelText(page, { ...gmail, textName: 'compose' })).toBe(compose);
  });

  test('zendesk: the hidden background ticket\'s composer is refused and untouched', async ({ page }) => {
    await open(page, zendesk);
    const hidden = { ...zendesk, target: '[data-ticket-id="4188"] [data-test-id="omnicomposer-rich-text-ckeditor"]', textName: 'background' };
    const background = await modelText(page, hidden);
    const result = await insert(page, hidden);
    expect(result).toEqual({ ok: false, reason: 'the composer is not visible' });
    expect(await modelText(page, hidden)).toBe(background);
    expect(await modelText(page, zendesk)).toBe('Hello');
  });

  test('gmail: placeCaretAtEnd puts the caret after the agent\'s text, before the signature', async ({ page }) => {
    await open(page, gmail);
    await dropCaret(page, gmail);
    await page.evaluate((sel) => window.__replyCoachInsert.placeCaretAtEnd(document.querySelector(sel) as HTMLElement), gmail.target);
    await page.keyboard.type(' there');
    await expect(composer(page, gmail).locator('> div').first()).toHaveText('Hello there');
  });

  test('react textarea: React state sees the insertion and the undo', async ({ page }) => {
    await open(page, react);
    await caretAfterHello(page, react);
    expect(await insert(page, react)).toMatchObject({ ok: true, method: 'textarea' });
    await expect(page.locator('#react-state')).toHaveText(`Hello ${PHRASE}`);
    await page.keyboard.press('Control+z');
    await expect(page.locator('#react-state')).toHaveText('Hello');
  });

  test('spacing: no extra space after whitespace, a space before a following word', async ({ page }) => {
    const plain = CASES.find((c) => c.name === 'plain-contenteditable')!;
    await open(page, plain);
    await caretAfterHello(page, plain);
    await page.keyboard.press('Home');
    expect(await insert(page, plain, 'Hi,')).toMatchObject({ ok: true });
    await expect.poll(() => modelText(page, plain)).toBe('Hi, Hello');
  });
});
