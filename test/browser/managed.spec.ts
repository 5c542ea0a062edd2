// Managed settings in real Chromium from a real policy file (test/browser/managed-extension.ts says how the copy of
// the extension gets its own id and its policy): the settings page shows the team's phrases and rules locked, "Set by
// your organisation"; the content script offers and inserts the team's phrase through the popup, and the agent's own
// phrase still works beside it; a broken policy is ignored with a visible message and the agent's settings untouched;
// and a policy changed while the browser runs reaches the open settings page (storage.onChanged, area 'managed').
import { rmSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, pagesUrl, test } from './extension-fixture';
import { copyWithKey, launchWithCopy, MANAGED_TEST_ID, removePolicy, writePolicy } from './managed-extension';

declare global {
  interface Window {
    __editorText: (name?: string) => string;
    __editorReady: Promise<void> | boolean;
  }
}

// One policy file for one extension id: the tests take turns. Chromium settles a changed policy folder for seconds
// before it reloads it, and the machine is shared.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const TEAM_POLICY = {
  phrases: [
    { id: 'team.apology', row: 'apology', register: 'formal', text: 'Our team apologises for the trouble this caused.', abbreviation: ';team' },
    { id: 'team.empathy', row: 'empathy', register: 'warm', text: 'Our team understands how frustrating this is.' },
  ],
  allowAgentPhrases: true,
  disabledRules: ['as-i-said'],
  policy: { apology: 'always' },
};

/** Wrong values the schema cannot see: an unknown rule id, a phrase of no checklist move, a placeholder nobody fills. */
const BROKEN_POLICY = {
  phrases: [
    { id: 'team.apology', row: 'apologies', register: 'formal', text: 'Sorry, {{customer.shoeSize}}.' },
  ],
  disabledRules: ['as-i-said', 'no-such-rule'],
  policy: { apology: 'sometimes' },
};

/** The agent's own settings, as storage.sync holds them: their own apology phrase, a rule of their choice off. */
const AGENT_SETTINGS = {
  version: 1,
  disabledSites: [],
  enabledOrigins: [],
  disabledRules: ['calm-down'],
  policy: {},
  agentFirstName: 'Sam',
  phrases: [{ id: 'custom.apology.mine', row: 'apology', register: 'warm', text: 'I am truly sorry, that is on me.', abbreviation: ';mine' }],
  expansion: true,
};

const COMPOSER = '[data-ticket-id="4217"] [data-test-id="omnicomposer-rich-text-ckeditor"]';
const optionsUrl = `chrome-extension://${MANAGED_TEST_ID}/src/options/index.html`;

let extensionDir = '';

test.beforeAll(() => {
  extensionDir = copyWithKey();
});

test.afterAll(() => {
  removePolicy();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The key fixes the id; if the browser disagrees, no policy can be meant for this copy.
  expect(new URL(worker.url()).host).toBe(MANAGED_TEST_ID);
  return worker;
}

const managedStorage = (worker: Worker) => worker.evaluate(() => chrome.storage.managed.get());
const storedSync = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);

/** Waits until Chromium hands the extension the policy (read at startup, or some seconds after the file changed). */
async function policyDelivered(worker: Worker, check: (managed: Record<string, unknown>) => boolean): Promise<void> {
  await expect
    .poll(async () => check(await managedStorage(worker)), {
      timeout: 45_000,
      message: 'Chromium did not hand the extension the policy from the policy file (chrome://policy shows what it read)',
    })
    .toBe(true);
}

async function openOptions(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(optionsUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'Phrase library' })).toBeVisible();
  return page;
}

async function expectTeamLocked(options: Page): Promise<void> {
  await expect(options.locator('[data-notice="managed"]')).toContainText('Your organisation sets some of these settings');
  const team = options.locator('li.phrase[data-phrase-id="team.apology"]');
  await expect(team).toContainText('Our team apologises for the trouble this caused.');
  await expect(team.locator('[data-managed]')).toHaveText('Set by your organisation');
  await expect(team.getByRole('button')).toHaveCount(0);
  // The team's library takes the place of the built-ins; the agent's own phrase stays beside it, theirs to edit.
  await expect(options.locator('[data-row="apology"] li.phrase')).toHaveCount(2);
  const mine = options.locator('li.phrase[data-phrase-id="custom.apology.mine"]');
  await expect(mine).toContainText('I am truly sorry, that is on me.');
  await expect(mine.getByRole('button', { name: /^Edit/ })).toBeEnabled();
  // Rules: the team's list, every switch locked.
  await expect(options.getByRole('checkbox', { name: /\(as-i-said\)/ })).not.toBeChecked();
  await expect(options.getByRole('checkbox', { name: /\(as-i-said\)/ })).toBeDisabled();
  await expect(options.getByRole('checkbox', { name: /\(calm-down\)/ })).toBeChecked();
  await expect(options.getByRole('checkbox', { name: /\(calm-down\)/ })).toBeDisabled();
  await expect(options.locator('#policy-apology')).toHaveValue('always');
  await expect(options.locator('#policy-apology')).toBeDisabled();
  await expect(options.locator('#policy-empathy')).toBeEnabled();
}

test('the team policy applies: locked on the settings page, offered and inserted in the composer, the agent’s phrase beside it', async () => {
  writePolicy(TEAM_POLICY);
  const { context, close } = await launchWithCopy(extensionDir);
  try {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate((settings) => chrome.storage.sync.set({ settings }), AGENT_SETTINGS);
    await policyDelivered(worker, (managed) => Array.isArray(managed.phrases));

    const options = await openOptions(context);
    await expectTeamLocked(options);

    // An edit of the agent's own settings saves their part only: the team's phrases and rules stay out of storage.
    await options.getByLabel('First name', { exact: true }).fill('Samira');
    await expect(options.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
    await expect.poll(async () => ((await storedSync(worker)) as { agentFirstName?: string } | null)?.agentFirstName).toBe('Samira');
    const stored = (await storedSync(worker)) as typeof AGENT_SETTINGS;
    expect(JSON.stringify(stored)).not.toContain('team.');
    expect(stored.disabledRules).toEqual(['calm-down']);
    expect(stored.policy).toEqual({});
    expect(stored.phrases.map((phrase) => (typeof phrase === 'string' ? phrase : phrase.id))).toContain('custom.apology.mine');

    // The helpdesk tab: the apology row (always needed, by the policy) offers the team's phrase and the agent's own.
    const page = await context.newPage();
    await page.goto(pagesUrl('zendesk.html'));
    await page.evaluate(async () => {
      await window.__editorReady;
    });
    await page.locator(COMPOSER).first().getByText('Hello', { exact: true }).first().click();
    await page.keyboard.press('End');
    await expect(page.locator('reply-coach-badge .rc-badge')).toBeVisible();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    expect(tabId).not.toBeNull();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${MANAGED_TEST_ID}/src/popup/index.html?tabId=${tabId}`);
    const apology = popup.locator('[data-item="apology"]');
    await expect(apology).toHaveAttribute('data-status', 'missing');
    await expect(apology.locator('button[data-phrase="team.apology"]')).toBeVisible();
    await expect(apology.locator('button[data-phrase="custom.apology.mine"]')).toBeVisible();
    // No built-in apology: the team's library replaced them.
    await expect(apology.locator('button[data-phrase^="apology."]')).toHaveCount(0);

    await apology.locator('button[data-phrase="team.apology"]').click();
    await expect.poll(() => page.evaluate(() => window.__editorText())).toContain('Our team apologises for the trouble this caused.');
    await popup.bringToFront();
    await apology.locator('button[data-phrase="custom.apology.mine"]').click();
    await expect.poll(() => page.evaluate(() => window.__editorText())).toContain('I am truly sorry, that is on me.');
    expect(await page.evaluate(() => window.__editorText())).toContain('Our team apologises for the trouble this caused.');
  } finally {
    await close();
    removePolicy();
  }
});

test('a broken policy is ignored with a visible message, the agent’s settings untouched; a fixed one applies while the page is open', async () => {
  writePolicy(BROKEN_POLICY);
  const { context, close } = await launchWithCopy(extensionDir);
  try {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate((settings) => chrome.storage.sync.set({ settings }), AGENT_SETTINGS);
    await policyDelivered(worker, (managed) => Array.isArray(managed.disabledRules));

    const options = await openOptions(context);
    const notice = options.locator('[data-notice="policy-problems"]');
    await expect(notice).toContainText("Your organisation's settings policy has problems");
    await expect(notice).toContainText("disabledRules[1]: 'no-such-rule' is not a rule id");
    await expect(notice).toContainText("phrases[0].row: 'apologies' is not one of");
    await expect(notice).toContainText('unknown placeholder {{customer.shoeSize}}');
    await expect(notice).toContainText("policy.apology: 'sometimes' is not one of auto, always, never");

    // Every key of this policy had a problem: nothing is locked, the agent's own settings apply as they were.
    await expect(options.locator('[data-notice="managed"]')).toHaveCount(0);
    await expect(options.locator('[data-managed]')).toHaveCount(0);
    await expect(options.locator('li.phrase[data-phrase-id="custom.apology.mine"]')).toBeVisible();
    await expect(options.getByRole('checkbox', { name: /\(as-i-said\)/ })).toBeChecked();
    await expect(options.getByRole('checkbox', { name: /\(calm-down\)/ })).not.toBeChecked();
    await expect(options.getByRole('checkbox', { name: /\(calm-down\)/ })).toBeEnabled();
    expect(await storedSync(worker)).toEqual(AGENT_SETTINGS);

    // The admin fixes the policy while the agent has the page open: it follows without a reload.
    writePolicy(TEAM_POLICY);
    await policyDelivered(worker, (managed) => Array.isArray(managed.phrases));
    await expect(notice).toHaveCount(0, { timeout: 30_000 });
    await expectTeamLocked(options);
    expect(await storedSync(worker)).toEqual(AGENT_SETTINGS);
  } finally {
    await close();
    removePolicy();
  }
});
