// What the whole-extension specs (extension, editors, helpdesks) share about a test page's composer: the hooks the
// pages expose (test/pages/src/common.ts), reading the editor's model, clicking in as an agent does, what the content
// script says of the tab, and which phrase the "insert suggestion" command will insert.
import type { FrameLocator, Locator, Page, Worker } from '@playwright/test';
import type { PageState } from '../../src/shared/protocol';
import { badge, expect, pagesUrl } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorData?: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

/** Where a page's composer is: its selector, inside `frame` for iframe editors (TinyMCE, CKEditor 4). */
export interface ComposerTarget {
  page: string;
  composer: string;
  frame?: string;
  /** Which editor `__editorText` reads, on a page with two. */
  textName?: string;
}

/**
 * The editor's MODEL text (never the DOM's). An edge space goes in as a no-break space where the editor trims pasted
 * spaces (roosterjs, TinyMCE, CKEditor 4): a space to the reader and in what is sent, so it reads as one here.
 */
export const modelText = (page: Page, name?: string) =>
  page.evaluate((n) => window.__editorText(n).replace(/\u00a0/g, ' '), name);

/** What the editor would send (its serialized data), '' when the page exposes none. */
export const editorData = (page: Page, name?: string) => page.evaluate((n) => window.__editorData?.(n) ?? '', name);

function scope(page: Page, target: Pick<ComposerTarget, 'frame'>): Page | FrameLocator {
  return target.frame ? page.frameLocator(target.frame) : page;
}

function composerOf(page: Page, target: Pick<ComposerTarget, 'composer' | 'frame'>): Locator {
  return scope(page, target).locator(target.composer).first();
}

/** Open the page, wait for its editor, and click at the end of the draft's "Hello" as an agent does; the badge shows. */
export async function openComposer(page: Page, target: ComposerTarget): Promise<void> {
  await page.goto(pagesUrl(target.page));
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  const box = composerOf(page, target);
  const isField = await box.evaluate((el) => el.tagName === 'TEXTAREA');
  if (isField) await box.click();
  else await box.getByText('Hello', { exact: true }).first().click();
  await page.keyboard.press('End');
  await expect(badge(page)).toBeVisible();
}

/** What the content script says of the tab (the popup's own request). */
export async function pageState(worker: Worker, page: Page): Promise<PageState> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { kind: 'get-state' });
  });
}

/**
 * The text the "insert suggestion" command inserts now: the first suggestion of the first row missing or weak, filled
 * with the conversation's names (as src/content/features/insert-phrase.ts picks it), read from the content script.
 */
export async function nextSuggestion(worker: Worker, page: Page): Promise<string> {
  const state = await pageState(worker, page);
  const row = state.checklist.find((r) => (r.status === 'missing' || r.status === 'weak') && r.phraseIds.length > 0);
  const text = row ? state.filledPhrases[row.phraseIds[0]!] : undefined;
  if (!text) throw new Error(`no suggestion to insert: ${JSON.stringify(state.checklist)}`);
  return text;
}

/**
 * How many ranges the extension marks as warnings in the composer's own document (the CSS Custom Highlight API: an
 * iframe editor's marks are in the frame's registry), or null for a text field, which has no ranges to mark.
 */
export function warningMarks(page: Page, target: Pick<ComposerTarget, 'composer' | 'frame'>): Promise<number | null> {
  return page.evaluate(({ composer, frame }) => {
    const view = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentWindow! : window;
    if (view.document.querySelector(composer)?.tagName === 'TEXTAREA') return null;
    const registry = (view as unknown as { CSS: { highlights: Map<string, { size: number }> } }).CSS.highlights;
    return registry.get('reply-coach-warning')?.size ?? 0;
  }, target);
}
