// Firefox smoke test: the Firefox build of the extension, installed in Debian's firefox-esr, on the test helpdesk pages
// (test/pages/dist, served on loopback). On each composer: the content script finds it and coaches as the agent types
// (the badge's count goes up), and the panel's Insert puts the phrase into the editor's own model with the agent's
// words intact. CKEditor 5 (Zendesk) takes text only through its paste pipeline, which in Firefox needs the page-world
// helper (src/content/insert/page-world-paste.ts): this is where that helper is proven.
import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { PAGES_DIR } from '../browser/serve';
import { launchFirefoxWithExtension } from './firefox-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorData?: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

interface Site {
  name: string;
  page: string;
  composer: string;
  /** Which editor __editorText reads, on a page with two. */
  textName?: string;
}

const SITES: Site[] = [
  { name: 'zendesk (CKEditor 5)', page: 'zendesk.html', composer: '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { name: 'gmail (contenteditable)', page: 'gmail.html', composer: '#reply div[contenteditable="true"][g_editable="true"]' },
  { name: 'plain contenteditable', page: 'plain-contenteditable.html', composer: '#editor' },
  { name: 'react textarea', page: 'textarea.html', composer: '#react-textarea' },
  { name: 'prosemirror', page: 'prosemirror.html', composer: '.ProseMirror' },
];

const BADGE = 'reply-coach-badge >>> .rc-badge';
const PANEL = 'reply-coach-badge >>> .rc-panel';
const FIRST_MISSING_INSERT = 'reply-coach-badge >>> [data-status="missing"] button[data-phrase]';
const POLL = { timeout: 10_000, interval: 100 };

let browser: Browser;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  ({ server, url: baseUrl } = await startStaticServer({ '/': PAGES_DIR }));
  ({ browser } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

// An edge space the editor keeps as a no-break space is a space to the reader.
const modelText = (page: Page, name?: string) => page.evaluate((n) => window.__editorText(n).replace(/\u00a0/g, ' '), name);
const editorData = (page: Page, name?: string) => page.evaluate((n) => window.__editorData?.(n) ?? '', name);
const badgeMet = (page: Page) => page.$eval(BADGE, (badge) => Number(badge.getAttribute('data-met')));
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

/** As an agent does: click at the end of the greeting ("Hello"), before any signature or quoted mail; then End. */
async function openComposer(page: Page, site: Site): Promise<void> {
  await page.goto(`${baseUrl}/${site.page}`);
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  const point = await page.$eval(site.composer, (el) => {
    if (el.tagName === 'TEXTAREA') {
      const box = el.getBoundingClientRect();
      return { x: box.left + 10, y: box.top + 10 };
    }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() !== 'Hello') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      return { x: box.right - 2, y: box.top + box.height / 2 };
    }
    throw new Error('no "Hello" in the composer');
  });
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('End');
  await page.waitForSelector(BADGE, { visible: true, timeout: POLL.timeout });
}

describe('Firefox: the content script coaches and inserts', () => {
  for (const site of SITES) {
    it(`${site.name}: typing raises the badge's count; Insert puts the phrase in the editor's model`, async () => {
      const page = await browser.newPage();
      try {
        await openComposer(page, site);
        const metBefore = await badgeMet(page);

        const typed = ' I am so sorry about this.';
        await page.keyboard.type(typed);
        await expect.poll(() => badgeMet(page), POLL).toBeGreaterThan(metBefore);
        expect(await modelText(page)).toContain(typed.trim());

        await page.click(BADGE);
        await page.waitForSelector(PANEL, { visible: true });
        const insert = await page.waitForSelector(FIRST_MISSING_INSERT, { visible: true });
        const phrase = await insert!.evaluate((button) => button.parentElement?.querySelector('.rc-phrase-text')?.textContent?.trim() ?? '');
        expect(phrase.length).toBeGreaterThan(0);
        await insert!.click();

        await expect.poll(() => modelText(page), POLL).toContain(phrase);
        const after = await modelText(page);
        // The agent's words are intact, and neither their text nor the phrase is duplicated.
        expect(after).toContain('Hello');
        expect(count(after, typed.trim())).toBe(1);
        expect(count(after, phrase)).toBe(1);
      } finally {
        await page.close();
      }
    });
  }
});

/** The four families issue 13 names for Firefox: textarea (plain and React), contenteditable, CKEditor 5, ProseMirror. */
const INSERTION_SITES: Site[] = [
  { name: 'textarea', page: 'textarea.html', composer: '#plain', textName: 'plain' },
  { name: 'react textarea', page: 'textarea.html', composer: '#react-textarea' },
  { name: 'plain contenteditable', page: 'plain-contenteditable.html', composer: '#editor' },
  { name: 'zendesk (CKEditor 5)', page: 'zendesk.html', composer: '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { name: 'prosemirror', page: 'prosemirror.html', composer: '.ProseMirror' },
];

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

describe('Firefox: insertion at the caret, spaced, undone by one Ctrl+Z', () => {
  for (const site of INSERTION_SITES) {
    it(`${site.name}: the phrase lands between two words with one space each side; nothing leaks; Ctrl+Z restores the text`, async () => {
      const page = await browser.newPage();
      try {
        await openComposer(page, site);
        expect(await modelText(page, site.textName)).toBe('Hello');
        await page.keyboard.type(' world');
        await expect.poll(() => modelText(page, site.textName), POLL).toBe('Hello world');
        for (let i = 0; i < ' world'.length; i++) await page.keyboard.press('ArrowLeft');

        // The panel's Insert keeps the caret in the composer (its buttons take no focus on mousedown).
        await page.click(BADGE);
        await page.waitForSelector(PANEL, { visible: true });
        const insert = await page.waitForSelector(FIRST_MISSING_INSERT, { visible: true });
        const phrase = await insert!.evaluate((button) => button.parentElement?.querySelector('.rc-phrase-text')?.textContent?.trim() ?? '');
        expect(phrase.length).toBeGreaterThan(0);
        await insert!.click();

        await expect.poll(() => modelText(page, site.textName), POLL).toBe(`Hello ${phrase} world`);
        expect(await editorData(page, site.textName)).not.toMatch(/white-space|<meta|reply-coach|Apple-converted/i);
        await undo(page);
        await expect.poll(() => modelText(page, site.textName), POLL).toBe('Hello world');
      } finally {
        await page.close();
      }
    });
  }
});
