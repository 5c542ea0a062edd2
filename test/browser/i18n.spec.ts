// Translations, in real Chromium: a copy of the built test extension gets a pseudo-locale made from the English
// messages (test/i18n/pseudo-locale.ts), and Chromium runs in that language (on Linux its UI language comes from
// LANGUAGE; Debian's chromium-l10n provides the languages), so the browser itself picks the messages and the text
// direction. "long" is German-length text (40% longer, accented), "rtl" is Arabic. Settings page, popup, badge,
// panel and phrase picker must show the locale's words, take its direction, and lay out without clipping, sideways
// scrolling or overlapping buttons (test/i18n/layout-problems.ts).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../../scripts/lib/chromium.mjs';
import { layoutProblems } from '../i18n/layout-problems';
import { pseudoLocale, type Messages, type PseudoVariant } from '../i18n/pseudo-locale';
import { EXTENSION_DIR, fireCommand, pagesUrl } from './extension-fixture';

declare global {
  interface Window {
    __editorReady: Promise<void> | boolean;
  }
}

/** A language Chromium ships and the direction it is written in; the pseudo messages stand in for its translation. */
const LOCALES: Record<PseudoVariant, { language: string; dir: 'ltr' | 'rtl' }> = {
  long: { language: 'de', dir: 'ltr' },
  rtl: { language: 'ar', dir: 'rtl' },
};

const english = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as Messages;

interface LocaleFixtures {
  variant: PseudoVariant;
  messages: Messages;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

const test = base.extend<LocaleFixtures>({
  variant: ['long', { option: true }],
  messages: async ({ variant }, use) => use(pseudoLocale(english, variant)),
  context: async ({ variant, messages }, use) => {
    const { language } = LOCALES[variant];
    if (!existsSync(`/usr/lib/chromium/locales/${language}.pak`))
      throw new Error(`Chromium has no ${language} UI language: install Debian's chromium-l10n`);
    const extension = mkdtempSync(join(tmpdir(), `reply-coach-${variant}-`));
    cpSync(EXTENSION_DIR, extension, { recursive: true });
    mkdirSync(join(extension, '_locales', language), { recursive: true });
    writeFileSync(join(extension, '_locales', language, 'messages.json'), JSON.stringify(messages, null, 2));
    const profile = mkdtempSync(join(tmpdir(), 'reply-coach-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      env: { ...process.env, LANGUAGE: language },
      args: [...extensionArgs(extension), ...CHROMIUM_ARGS],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});
const expect = test.expect;

// Two extension copies, two Chromiums, CKEditor: on a loaded shared 2-core machine this takes a while.
test.describe.configure({ timeout: 120_000 });

const COMPOSER = '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

async function openZendesk(page: Page): Promise<void> {
  await page.goto(pagesUrl('zendesk.html'));
  await page.evaluate(async () => {
    await window.__editorReady;
  });
  await page.bringToFront();
  await page.locator(COMPOSER).first().getByText('Hello', { exact: true }).first().click();
  await page.keyboard.press('End');
}

async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (id === null) throw new Error('no active tab');
  return id;
}

/** The popup as the toolbar shows it: its own 380 px wide window. */
async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  return popup;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The locale's text of a message without placeholders, as the browser should show it. */
const says = (messages: Messages, key: string) => messages[key]!.message;

for (const variant of ['long', 'rtl'] as const) {
  test.describe(`${variant} pseudo-locale`, () => {
    test.use({ variant });
    const { language, dir } = LOCALES[variant];

    test('the browser picks the locale: manifest, direction and language come from _locales', async ({ serviceWorker, messages }) => {
      const seen = await serviceWorker.evaluate(() => ({
        name: chrome.runtime.getManifest().name,
        dir: chrome.i18n.getMessage('@@bidi_dir'),
        locale: chrome.i18n.getMessage('@@ui_locale'),
      }));
      expect(seen).toEqual({ name: says(messages, 'extName'), dir, locale: language });
      const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
      expect(commands.find((c) => c.name === 'open-phrase-picker')?.description).toBe(says(messages, 'commandOpenPhrasePicker'));
    });

    test('the settings page reads in the locale, mirrors for it, and nothing is clipped at any width', async ({
      context,
      extensionId,
      messages,
    }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await expect(page.locator('h1')).toHaveText(says(messages, 'optionsTitle'));
      await expect(page).toHaveTitle(says(messages, 'optionsTitle'));
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      // Every state with the most words: an open phrase form showing its errors, a refused address.
      await page.locator('#phrase-add-apology').click();
      await page.locator('.phrase-editor input[id$="-abbreviation"]').fill('Not valid!');
      await page.locator('.phrase-editor button[type="submit"]').click();
      await expect(page.locator('.phrase-editor [role="alert"]').first()).toBeVisible();
      await page.locator('#origin-input').fill('support.example.com');
      await page.locator('form.add-origin button[type="submit"]').click();
      await expect(page.locator('#origin-message')).toHaveText(says(messages, 'optionsOriginScheme'));

      for (const width of [1280, 760, 420]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await page.evaluate(layoutProblems, {}), `settings page at ${width} px`).toEqual([]);
      }
      // For a person to look at (the report keeps it): the narrowest settings page.
      await test.info().attach(`settings-${variant}-420px`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

      // The check sees real breakage: a button too narrow for its words, two buttons on top of each other.
      await page.evaluate(() => {
        const fixture = document.createElement('div');
        fixture.id = 'broken-on-purpose';
        const narrow = document.createElement('button');
        narrow.textContent = 'A label far too long for its box';
        narrow.style.cssText = 'width:60px;white-space:nowrap;overflow:hidden';
        const under = document.createElement('button');
        under.textContent = 'Under';
        under.style.cssText = 'position:fixed;top:5px;left:5px';
        const over = document.createElement('button');
        over.textContent = 'Over';
        over.style.cssText = 'position:fixed;top:8px;left:8px';
        fixture.append(narrow, under, over);
        document.body.append(fixture);
      });
      const broken = await page.evaluate(layoutProblems, {});
      await page.evaluate(() => document.getElementById('broken-on-purpose')?.remove());
      expect(broken.some((p) => p.includes('overflows itself'))).toBe(true);
      expect(broken.some((p) => p.includes('overlaps'))).toBe(true);
    });

    test('the popup, badge, panel and phrase picker read in the locale, take its direction, and fit', async ({
      context,
      page,
      serviceWorker,
      extensionId,
      messages,
    }) => {
      await openZendesk(page);
      const badge = page.locator('reply-coach-badge .rc-badge');
      await expect(badge).toBeVisible();
      // The badge speaks the extension's language whatever the page's: the test helpdesk is English, left to right.
      await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
      await expect(page.locator('reply-coach-badge')).toHaveAttribute('dir', dir);
      await page.keyboard.type(' Please calm down, we will look at it.');
      // A hurtful phrase: the badge's tooltip says so in the locale's words.
      await expect(badge).toHaveAttribute('title', new RegExp(`^${escapeRegExp(says(messages, 'badgeLabelFindings').split('$')[0]!)}`));

      await badge.click();
      const panel = page.locator('reply-coach-badge .rc-panel');
      await expect(panel).toBeVisible();
      await expect(panel).toHaveAttribute('aria-label', says(messages, 'panelLabel'));
      await expect(page.locator('reply-coach-badge [data-rule="calm-down"] .rc-replace')).toBeVisible();
      const panelDir = await page.locator('reply-coach-badge .rc-root').evaluate((el) => getComputedStyle(el).direction);
      expect(panelDir).toBe(dir);
      expect(await page.evaluate(layoutProblems, { shadowHost: 'reply-coach-badge' }), 'badge and panel').toEqual([]);
      await test.info().attach(`panel-${variant}`, { body: await page.screenshot(), contentType: 'image/png' });
      await badge.click();

      // The popup for the same tab: checklist, findings with a Replace button quoting a phrase.
      const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
      await expect(popup.locator('main')).toHaveAttribute('data-view', 'ready');
      await expect(popup.locator('html')).toHaveAttribute('dir', dir);
      await expect(popup.locator('h1')).toHaveText(says(messages, 'extName'));
      await expect(popup.locator('[data-rule="calm-down"] .rc-replace')).toBeVisible();
      await expect(popup.locator('.rc-insert').first()).toHaveText(says(messages, 'insert'));
      const popupDir = await popup.locator('main').evaluate((el) => getComputedStyle(el).direction);
      expect(popupDir).toBe(dir);
      expect(await popup.evaluate(layoutProblems, {}), 'popup, ready').toEqual([]);
      await test.info().attach(`popup-${variant}`, { body: await popup.screenshot({ fullPage: true }), contentType: 'image/png' });
      await popup.close();

      // The phrase picker at the caret, with a search that finds nothing (its longest message).
      await fireCommand(serviceWorker, page, 'open-phrase-picker');
      const input = page.locator('reply-coach-picker .rc-picker-input');
      await expect(input).toBeFocused();
      await expect(input).toHaveAttribute('placeholder', says(messages, 'pickerPlaceholder'));
      await expect(page.locator('reply-coach-picker')).toHaveAttribute('dir', dir);
      expect(await page.evaluate(layoutProblems, { shadowHost: 'reply-coach-picker' }), 'picker').toEqual([]);
      await page.keyboard.type('zzzz nothing matches this');
      await expect(page.locator('reply-coach-picker .rc-pick-empty')).toBeVisible();
      expect(await page.evaluate(layoutProblems, { shadowHost: 'reply-coach-picker' }), 'picker, no match').toEqual([]);
      await page.keyboard.press('Escape');
    });

    test('the popup where it is not active fits its longest button: switch on for this site', async ({
      context,
      page,
      serviceWorker,
      extensionId,
      messages,
    }) => {
      // Switch the built-in Zendesk support off in the settings, as an agent would: the popup then offers to switch it on.
      const settings = await context.newPage();
      await settings.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await settings.locator('#site-zendesk').uncheck();
      await expect(settings.locator('.save-state')).toHaveText(says(messages, 'optionsSaved'));
      await settings.close();

      await page.goto(pagesUrl('zendesk.html'));
      const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
      await expect(popup.locator('main')).toHaveAttribute('data-view', 'off');
      await expect(popup.locator('[data-action="switch-on"]')).toBeVisible();
      await expect(popup.locator('.rc-summary')).toHaveText(says(messages, 'popupNotActiveHeading'));
      expect(await popup.evaluate(layoutProblems, {}), 'popup, switched off').toEqual([]);
    });
  });
}
