// Hostile page content through the whole flow, in Chromium with the built extension: a ticket whose customer message,
// requester name and draft hold markup with event handlers, <script>, javascript: links, a 100 000-character line,
// control characters, bidi overrides and emoji (test/pages/src/hostile.ts). The agent types, opens the panel and
// inserts a phrase that carries the customer's first name. Nothing runs (no payload flag, no dialog), the panel shows
// the text as text, the badge keeps working, the extension throws nothing, and the editor holds exactly the draft, the
// agent's words and the phrase. Controls at the end: the same message parsed as HTML in the page fires its payloads
// (so the flag would catch an HTML sink), and an error thrown in the content script's world is recorded.
import type { CDPSession, Page } from '@playwright/test';
import { badge, expect, pagesUrl, panel, test } from './extension-fixture';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

// A 100 000-character line in the message and in the draft is real work for a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

interface Problems {
  dialogs: string[];
  pageErrors: string[];
  /** Exceptions in any JavaScript world of the page (main and the content script's isolated world), from CDP. */
  exceptions: string[];
  consoleErrors: string[];
}

/** Records everything that would show a payload ran or the extension broke, from before the page loads. */
async function watch(page: Page): Promise<{ problems: Problems; cdp: CDPSession }> {
  const problems: Problems = { dialogs: [], pageErrors: [], exceptions: [], consoleErrors: [] };
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    problems.exceptions.push(`${exceptionDetails.exception?.description ?? exceptionDetails.text} @ ${exceptionDetails.url ?? ''}`),
  );
  await cdp.send('Runtime.enable');
  return { problems, cdp };
}

const editorText = (page: Page) => page.evaluate(() => window.__editorText());
const ranFlags = (page: Page) => page.evaluate(() => window.__hostileRan ?? null);

/** Elements that would mean markup from the page was parsed: in the editor, or in the badge's shadow root. */
const INJECTED = 'img, script, svg, iframe, object, embed, details, a, b, [onerror], [onload], [onmouseover], [ontoggle], [srcdoc]';

test('hostile customer text, name and draft: nothing runs, nothing breaks, the editor holds exactly what the agent put there', async ({
  page,
}) => {
  const { problems, cdp } = await watch(page);
  const worlds: Array<{ id: number; origin: string; type: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    worlds.push({ id: context.id, origin: context.origin, type: (context.auxData as { type?: string } | undefined)?.type ?? '' }),
  );
  await page.goto(pagesUrl('hostile.html'));
  await page.evaluate(async () => {
    await window.__editorReady;
  });

  // The agent clicks at the end of the draft (its empty last line): the coach loads and reads the hostile draft and
  // customer message; then they type an apology.
  const editor = page.locator('#editor');
  await editor.click();
  await page.keyboard.press('Control+End');
  await expect(badge(page)).toBeVisible({ timeout: 30_000 });
  const metBefore = Number(await badge(page).getAttribute('data-met'));
  const typed = "I'm so sorry about the delay with your refund.";
  await page.keyboard.type(typed);
  // The badge still works: the apology counts.
  await expect.poll(async () => Number(await badge(page).getAttribute('data-met'))).toBeGreaterThan(metBefore);
  await expect(badge(page)).toHaveText(/^\d+\/\d+$/);
  const beforeInsert = await editorText(page);
  expect(beforeInsert.endsWith(typed)).toBe(true);

  // The panel opens and shows phrases filled with the customer's first name, as text.
  await badge(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(page.locator('reply-coach-badge [data-item]')).toHaveCount(5);
  const withName = page.locator('reply-coach-badge .rc-phrase', { hasText: 'Zoë' }).first();
  await expect(withName).toBeVisible();
  const phraseText = (await withName.locator('.rc-phrase-text').textContent())!;
  // The name's "&amp" stays five characters: rendered as HTML it would have become "&".
  expect(phraseText).toContain('Zoë&amp');
  const shadowInjected = await page.evaluate(
    (selector) => document.querySelector('reply-coach-badge')!.shadowRoot!.querySelectorAll(selector).length,
    INJECTED,
  );
  expect(shadowInjected).toBe(0);

  // Insert it: the editor holds the draft, the agent's words and the phrase (a space between), nothing else.
  await withName.locator('button[data-phrase]').click();
  await expect.poll(() => editorText(page)).not.toBe(beforeInsert);
  expect(await editorText(page)).toBe(`${beforeInsert} ${phraseText}`);
  expect(await editor.locator(INJECTED).count()).toBe(0);
  // The draft's own text came through untouched: the long line, the bidi override, the emoji, the markup as text.
  const draftNow = await editor.evaluate((el) => el.textContent ?? '');
  const { draft } = await page.evaluate(() => window.__hostile);
  for (const line of draft.filter(Boolean)) expect(draftNow).toContain(line);

  // Still alive after all that: typing more updates the badge.
  const metAfterInsert = Number(await badge(page).getAttribute('data-met'));
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Please calm down.');
  await expect(page.locator('reply-coach-badge .rc-badge')).toHaveAttribute('data-tone', 'harm');
  expect(Number(await badge(page).getAttribute('data-needed'))).toBeGreaterThanOrEqual(metAfterInsert);

  // Nothing ran, nothing threw.
  expect(await ranFlags(page)).toBeNull();
  expect(problems).toEqual({ dialogs: [], pageErrors: [], exceptions: [], consoleErrors: [] });

  // Control: the same customer message parsed as HTML in the page does run its payloads, so the checks above could
  // fail. (Not inserted into the document: the parse alone loads the <img> and fires its onerror.)
  await page.evaluate(() => {
    const sink = document.createElement('div');
    // eslint-disable-next-line no-restricted-properties -- the control: this is the sink the extension must never use.
    sink.innerHTML = window.__hostile.customerMessage.join('\n');
  });
  await expect.poll(() => ranFlags(page)).toContain('img-onerror');

  // Control: an error thrown in the content script's world is recorded, so "the extension threw nothing" means it.
  const contentWorld = worlds.find((w) => w.type === 'isolated' && w.origin.startsWith('chrome-extension://'));
  expect(contentWorld, 'the content script world').toBeDefined();
  await cdp.send('Runtime.evaluate', { contextId: contentWorld!.id, expression: "setTimeout(() => { throw new Error('control') })" });
  await expect.poll(() => problems.exceptions.join('\n')).toContain('Error: control');
});
