// The built extension on a test page per helpdesk behind a switch (Outlook: roosterjs, Freshdesk: Froala, Intercom:
// ProseMirror, Help Scout: Slate, Front: a plain contenteditable), each set up as the helpdesk's page is: the page is
// recognised as that helpdesk (on loopback, by its DOM), the reply is coached (badge, a finding), a phrase inserted by
// the keyboard command lands at the caret with a space on each side, and one Ctrl+Z takes back exactly the phrase.
import type { Page } from '@playwright/test';
import { badge, expect, fireCommand, pagesUrl, panel, test } from './extension-fixture';
import { modelText, pageState } from './composer-page';

test.describe.configure({ timeout: 90_000 });

interface Helpdesk {
  site: string;
  page: string;
  composer: string;
  customerFirstName: string;
}

const HELPDESKS: Helpdesk[] = [
  { site: 'outlook', page: 'outlook.html', composer: '#reply-body', customerFirstName: 'Maria' },
  { site: 'freshdesk', page: 'freshdesk.html', composer: '#reply .fr-element', customerFirstName: 'Tom' },
  { site: 'intercom', page: 'intercom.html', composer: '.ProseMirror', customerFirstName: 'Chris' },
  { site: 'helpscout', page: 'helpscout.html', composer: '[data-cy="ConvoEditor"] [contenteditable="true"]', customerFirstName: 'Ana' },
  { site: 'front', page: 'front.html', composer: '#editor', customerFirstName: 'Kim' },
];

/** Where an editor that keeps its own caret (Slate) has it, as its test page says (else null: the DOM's is the one). */
const modelCaret = (page: Page) => page.evaluate(() => (window as unknown as { __modelCaret?: () => number | null }).__modelCaret?.() ?? null);

/**
 * As an agent does: click into "Hello there", Home, then the caret right after "Hello". Slate (Help Scout) takes the
 * DOM caret into its model on a selectionchange throttled to 100 ms, but moves its model caret itself on arrow keys
 * (slate-react's onKeyDown): an arrow pressed before the Home reached the model moves from the old caret. So each
 * step waits until the model has the caret, as a person's next key comes later anyway.
 */
async function caretAfterHello(page: Page, helpdesk: Helpdesk): Promise<void> {
  await page.locator(helpdesk.composer).getByText('Hello there').first().click();
  await page.keyboard.press('Home');
  if ((await modelCaret(page)) !== null) await expect.poll(() => modelCaret(page)).toBe(0);
  for (let i = 0; i < 'Hello'.length; i++) await page.keyboard.press('ArrowRight');
  if ((await modelCaret(page)) !== null) await expect.poll(() => modelCaret(page)).toBe('Hello'.length);
}

for (const helpdesk of HELPDESKS) {
  test(`${helpdesk.site}: detected, coached, a phrase inserted by the shortcut at the caret, one Ctrl+Z undoes it`, async ({
    page,
    serviceWorker,
  }) => {
    // The helpdesk is behind a switch, off for a new user: the agent turned it on (on loopback the manifest's test
    // match already injects the script; the switch's permission flow is options.spec.ts's).
    await serviceWorker.evaluate(async () => chrome.storage.sync.set({ settings: { version: 1, disabledSites: [] } }));
    await page.goto(pagesUrl(helpdesk.page));
    await page.evaluate(async () => {
      await window.__editorReady;
    });
    // The agent clicks into the reply.
    await page.locator(helpdesk.composer).getByText('Hello there').first().click();

    // Recognised as the helpdesk, with its customer read from the page; coached: the badge, and rows still missing.
    await expect(badge(page)).toBeVisible();
    await expect.poll(async () => (await pageState(serviceWorker, page)).site).toBe(helpdesk.site);
    expect((await pageState(serviceWorker, page)).customerFirstName).toBe(helpdesk.customerFirstName);
    await badge(page).click();
    await expect(panel(page)).toBeVisible();
    const firstUnmet = page.locator('reply-coach-badge [data-status="missing"], reply-coach-badge [data-status="weak"]').first();
    await expect(firstUnmet).toBeVisible();
    const phraseText = (await firstUnmet.locator('.rc-phrase-text').first().textContent())!.trim();
    expect(phraseText.length).toBeGreaterThan(0);

    const before = await modelText(page);
    expect(before).toContain('Hello there');
    // The agent closes the panel and goes back to the reply.
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await caretAfterHello(page, helpdesk);
    await fireCommand(serviceWorker, page, 'insert-suggestion');
    await expect.poll(() => modelText(page)).toContain(phraseText);
    // At the caret, a space on each side, the rest of the draft as it was.
    expect(await modelText(page)).toBe(before.replace('Hello there', `Hello ${phraseText} there`));

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(before);
  });
}
