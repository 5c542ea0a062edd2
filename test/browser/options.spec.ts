// The settings page in the built extension, in Chromium: a phrase added there persists across a page reload and a
// service-worker restart, a change reaches an open helpdesk tab without reloading it, a broken import changes
// nothing and says why, and axe-core finds no violations (light and dark, with the phrase editor open).
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { badge, expect, pagesUrl, panel, row, test } from './extension-fixture';

// The machine running these may be busy: the service-worker restart and axe runs take their time.
test.describe.configure({ timeout: 120_000 });

const optionsUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/options/index.html`;

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(optionsUrl(extensionId));
  await expect(page.getByRole('heading', { level: 1, name: 'Reply Coach settings' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Phrase library' })).toBeVisible();
  return page;
}

const storedSync = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);

test('a phrase added on the settings page persists across a reload and a service-worker restart', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await openOptions(context, extensionId);
  await page.getByRole('button', { name: 'Add a phrase: Apologize for the problem' }).click();
  const editor = page.locator('form.phrase-editor');
  await editor.getByLabel('Phrase', { exact: true }).fill("I'm sorry your refund took so long, {{customer.firstName}}.");
  await expect(editor.getByTestId('preview')).toHaveText("I'm sorry your refund took so long, Dana.");
  await editor.getByLabel('Abbreviation (optional)').fill(';refund');
  await editor.getByRole('button', { name: 'Save phrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  const added = page.locator('[data-row="apology"] li.phrase', { hasText: 'your refund took so long' });
  await expect(added).toContainText(';refund');

  // Stored in sync, the built-ins by id and the new phrase in full.
  const stored = (await storedSync(serviceWorker)) as { phrases: unknown[] };
  expect(stored.phrases).toContainEqual(expect.objectContaining({ abbreviation: ';refund', row: 'apology' }));

  await page.reload();
  await expect(page.locator('[data-row="apology"] li.phrase', { hasText: 'your refund took so long' })).toBeVisible();

  // Stop the service worker through the DevTools protocol and wait until it has stopped.
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) if (version.scriptURL.includes(extensionId)) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1), { timeout: 30_000 }).toBe('stopped');

  // A new settings page, with no worker running: the phrase is there.
  const fresh = await openOptions(context, extensionId);
  await expect(fresh.locator('[data-row="apology"] li.phrase', { hasText: 'your refund took so long' })).toBeVisible();
  // A change wakes the worker (it listens to settings changes to keep the helpdesk registrations in step).
  await fresh.getByRole('checkbox', { name: /Expand abbreviations/ }).uncheck();
  await expect.poll(() => statuses.lastIndexOf('running') > statuses.lastIndexOf('stopped'), { timeout: 30_000 }).toBe(true);
  const after = (await fresh.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)) as {
    phrases: unknown[];
    expansion: boolean;
  };
  expect(after.phrases).toContainEqual(expect.objectContaining({ abbreviation: ';refund' }));
  expect(after.expansion).toBe(false);
  await fresh.reload();
  await expect(fresh.locator('[data-row="apology"] li.phrase', { hasText: 'your refund took so long' })).toBeVisible();
  await expect(fresh.getByRole('checkbox', { name: /Expand abbreviations/ })).not.toBeChecked();
});

test('a row policy set on the settings page reaches an open helpdesk tab without reloading it', async ({ context, extensionId }) => {
  const helpdesk = await context.newPage();
  await helpdesk.goto(pagesUrl('zendesk.html'));
  await helpdesk.evaluate(async () => {
    await (window as unknown as { __editorReady: Promise<void> }).__editorReady;
  });
  const composer = helpdesk.locator('[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]').first();
  await composer.getByText('Hello', { exact: true }).first().click();
  await helpdesk.keyboard.press('End');
  await expect(badge(helpdesk)).toBeVisible();
  await badge(helpdesk).click();
  await expect(panel(helpdesk)).toBeVisible();
  const navigations: string[] = [];
  helpdesk.on('framenavigated', (frame) => frame === helpdesk.mainFrame() && navigations.push(frame.url()));
  const initialReason = await row(helpdesk, 'apology').locator('.rc-reason').textContent();

  // 'always' makes the move asked for whatever the customer wrote; 'never' turns it off. Both reach the open tab.
  const options = await openOptions(context, extensionId);
  const policy = options.locator('#policy-apology');
  await policy.selectOption('always');
  await expect(row(helpdesk, 'apology')).toHaveAttribute('data-status', 'missing');
  await policy.selectOption('never');
  await expect(options.locator('#policy-apology-help')).toHaveText('Never asked for: the checklist shows it as not needed.');
  await expect(row(helpdesk, 'apology')).toHaveAttribute('data-status', 'not-needed');
  await expect(row(helpdesk, 'apology')).toContainText('switched off in settings');

  // And back to automatic: the tab shows what it showed before.
  await policy.selectOption('auto');
  await expect(row(helpdesk, 'apology').locator('.rc-reason')).toHaveText(initialReason!);
  expect(navigations).toEqual([]);
});

test('importing a broken file changes nothing and shows the problems', async ({ context, extensionId, serviceWorker }) => {
  const page = await openOptions(context, extensionId);
  await page.getByRole('textbox', { name: 'First name' }).fill('Sam');
  await page.getByRole('textbox', { name: 'First name' }).blur();
  await expect.poll(async () => ((await storedSync(serviceWorker)) as { agentFirstName?: string } | null)?.agentFirstName).toBe('Sam');
  const before = await storedSync(serviceWorker);

  const broken = {
    format: 'reply-coach-settings',
    version: 1,
    settings: { agentFirstName: 'Mallory', disabledRules: ['calm-down'] },
    phrases: [
      { id: 'a', row: 'apology', register: 'warm', text: 'Sorry.' },
      { id: 'b', row: 'apology', register: 'warm', text: 'Sorry again.' },
      { id: 'c', row: 'apology', register: 'warm', text: 'So sorry.' },
      { id: 'd', row: 'apologies', register: 'warm', text: 'Very sorry.' },
    ],
  };
  await page.getByLabel('Replace: use the file’s settings instead of yours').check();
  await page.getByLabel('Import a settings file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByTestId('import-outcome').getByRole('alert');
  await expect(alert).toContainText('Nothing was imported, because the file has problems:');
  await expect(alert).toContainText("phrases[3].row: 'apologies' is not one of empathy, apology, ownership, boundary, gratitude");

  await page.getByLabel('Import a settings file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(alert).toContainText('The file is not valid JSON');

  expect(await storedSync(serviceWorker)).toEqual(before);
  await expect(page.getByRole('textbox', { name: 'First name' })).toHaveValue('Sam');
  await expect(page.getByRole('checkbox', { name: /Flags dismissing the customer/ })).toBeChecked();
});

test('export downloads a settings file, with no network', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^reply-coach-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await new Promise<string>((resolve, reject) => {
    file.createReadStream().then((stream) => {
      let data = '';
      stream.on('data', (chunk) => (data += chunk));
      stream.on('end', () => resolve(data));
      stream.on('error', reject);
    }, reject);
  });
  expect(JSON.parse(text)).toMatchObject({ format: 'reply-coach-settings', version: 1 });
  expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('chrome-extension:'))).toEqual([]);
});

test('shortcuts: every command with its key', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  const rows = page.locator('.shortcuts tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('tr[data-command="insert-suggestion"]')).toContainText(/Alt\+Shift\+S|not assigned/);
});

test('accessibility: axe-core finds no violations, light and dark, with the phrase editor open', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const page = await openOptions(context, extensionId);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
  }
  await page.getByRole('button', { name: 'Add a phrase: Thank them' }).click();
  await page.getByRole('button', { name: 'Save phrase' }).click();
  await expect(page.locator('form.phrase-editor [role="alert"]')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Keyboard: Tab reaches the first control with a visible focus ring.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
