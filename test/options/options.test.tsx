// @vitest-environment jsdom
// The settings page, rendered with Preact into jsdom against an in-memory backend, driven by DOM events as a user
// would (clicks, typing, selects, file choice).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_PHRASES } from '../../src/engine/phrases/index.js';
import { OptionsApp } from '../../src/options/app.js';
import { TEXT_SAVE_DELAY_MS } from '../../src/options/name-section.js';
import { builtInSiteLabel, originErrorText, policyHelp, rowLabel } from '../../src/options/labels.js';
import { t } from '../../src/shared/i18n.js';
import { exportSettings } from '../../src/shared/settings-io.js';
import { defaultSettings, effectivePhrases } from '../../src/shared/settings.js';
import { fakeBackend, type FakeOptions } from './fake-backend.js';

let root: HTMLDivElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

async function mount(options: FakeOptions = {}) {
  const fake = fakeBackend(options);
  await act(async () => {
    render(<OptionsApp backend={fake.backend} />, root);
  });
  await settle();
  return fake;
}

const $ = <T extends Element = HTMLElement>(selector: string) => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
};
const byLabel = <T extends HTMLElement = HTMLButtonElement>(label: string) => {
  const found = [...root.querySelectorAll<T>('[aria-label]')].find((el) => el.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no element labelled ${label}`);
  return found;
};
const buttonByText = (text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
};
async function click(el: HTMLElement) {
  await act(async () => el.click());
  await settle();
}
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(el: HTMLSelectElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
async function submit(form: HTMLFormElement) {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('the page', () => {
  it('has a heading per section and a label for every control', async () => {
    await mount();
    expect([...root.querySelectorAll('h1, h2')].map((h) => h.textContent)).toEqual([
      t('optionsTitle'),
      t('optionsPhrasesHeading'),
      t('optionsRulesHeading'),
      t('optionsSitesHeading'),
      t('optionsNameHeading'),
      t('optionsShortcutsHeading'),
      t('optionsIoHeading'),
    ]);
    for (const control of root.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const labelled = (control.labels?.length ?? 0) > 0 || control.hasAttribute('aria-label');
      expect(labelled, `control #${control.id} has no label`).toBe(true);
    }
    for (const button of root.querySelectorAll('button')) expect(button.textContent?.trim()).not.toBe('');
  });

  it('shows the notices at the top: repaired (with what) and kept locally', async () => {
    await mount({
      notices: [
        { kind: 'repaired', problems: ['disabledRules: expected a list, got a string'] },
        { kind: 'stored-locally', bytes: 9318 },
      ],
    });
    const notices = $('main').firstElementChild!;
    expect(notices.getAttribute('aria-label')).toBe(t('optionsNoticesLabel'));
    expect(notices.textContent).toContain(t('optionsRepaired'));
    expect(notices.textContent).toContain('disabledRules: expected a list, got a string');
    expect(notices.textContent).toContain(t('optionsStoredLocally', '9.1'));
    await click(byLabel(t('optionsDismissLabel', t('optionsRepaired'))));
    expect(root.querySelector('[data-notice="repaired"]')).toBeNull();
  });

  it('a save that moves the settings to local storage brings the notice', async () => {
    const fake = await mount();
    const update = fake.backend.update;
    fake.backend.update = async (change) => ({ ...(await update(change)), area: 'local', notices: [{ kind: 'stored-locally', bytes: 9000 }] });
    await click($<HTMLInputElement>('#rule-calm-down'));
    expect(root.querySelector('[data-notice="stored-locally"]')).not.toBeNull();
  });

  it('follows changes made elsewhere', async () => {
    const fake = await mount();
    expect($<HTMLInputElement>('#site-gmail').checked).toBe(true);
    await act(async () => fake.external({ disabledSites: ['gmail'] }));
    expect($<HTMLInputElement>('#site-gmail').checked).toBe(false);
  });

  it('a failed save says so and shows what is really stored', async () => {
    await mount({ failUpdates: true });
    await click($<HTMLInputElement>('#rule-calm-down'));
    expect($('.save-state').textContent).toContain('could not be saved');
    expect($<HTMLInputElement>('#rule-calm-down').checked).toBe(true);
  });
});

describe('phrase library', () => {
  const apologyLabel = rowLabel('apology');

  it('lists the built-ins per row', async () => {
    await mount();
    const rows = [...root.querySelectorAll('.phrase-row')].map((row) => row.getAttribute('data-row'));
    expect(rows).toEqual(['empathy', 'apology', 'ownership', 'boundary', 'gratitude']);
    expect(root.querySelectorAll('li.phrase')).toHaveLength(BUILT_IN_PHRASES.length);
    expect($('[data-row="apology"] li.phrase .tag').textContent).toBe(t('optionsBuiltIn'));
  });

  it('adds a phrase with a live preview, saves it, and focus returns to it', async () => {
    const fake = await mount({ initial: { agentFirstName: 'Sam' } });
    await click(byLabel(t('optionsAddPhraseLabel', apologyLabel)));
    const text = $<HTMLTextAreaElement>('.phrase-editor textarea');
    expect(document.activeElement).toBe(text);
    await type(text, "Hi {{customer.firstName}}, I'm {{agent.firstName}} and I'm sorry the refund is late.");
    expect($('[data-testid="preview"]').textContent).toBe("Hi Dana, I'm Sam and I'm sorry the refund is late.");
    await type($<HTMLInputElement>('.phrase-editor input[id$="-abbreviation"]'), 'Late');
    await choose($<HTMLSelectElement>('.phrase-editor select[id$="-register"]'), 'formal');
    await submit($<HTMLFormElement>('.phrase-editor'));
    const added = fake.stored.phrases!.at(-1)!;
    expect(added).toMatchObject({ row: 'apology', register: 'formal', abbreviation: ';late' });
    expect(added.id).toMatch(/^custom\.apology\./);
    expect(fake.stored.phrases).toHaveLength(BUILT_IN_PHRASES.length + 1);
    const item = $(`[data-phrase-id="${added.id}"]`);
    expect(item.querySelector('.tag')!.textContent).toBe(t('optionsYours'));
    expect(document.activeElement).toBe(item.querySelector('button'));
  });

  it('refuses an empty phrase, an unknown placeholder and a taken abbreviation, saving nothing', async () => {
    const fake = await mount();
    await click(byLabel(t('optionsAddPhraseLabel', apologyLabel)));
    await submit($<HTMLFormElement>('.phrase-editor'));
    expect($('.phrase-editor [role="alert"]').textContent).toBe(t('optionsErrTextEmpty'));
    expect($<HTMLTextAreaElement>('.phrase-editor textarea').getAttribute('aria-invalid')).toBe('true');

    await type($<HTMLTextAreaElement>('.phrase-editor textarea'), 'Sorry, {{customer.name}}.');
    const taken = BUILT_IN_PHRASES.find((p) => p.abbreviation)!;
    await type($<HTMLInputElement>('.phrase-editor input[id$="-abbreviation"]'), taken.abbreviation!);
    await submit($<HTMLFormElement>('.phrase-editor'));
    const alerts = [...root.querySelectorAll('.phrase-editor [role="alert"]')].map((a) => a.textContent);
    expect(alerts[0]).toContain('{{customer.name}} is not a placeholder Reply Coach knows');
    expect(alerts[1]).toContain(`${taken.abbreviation} is already the abbreviation of`);

    await type($<HTMLInputElement>('.phrase-editor input[id$="-abbreviation"]'), ';not ok');
    await submit($<HTMLFormElement>('.phrase-editor'));
    expect(root.textContent).toContain('is not an abbreviation');
    expect(fake.calls.updates).toBe(0);

    // Escape cancels, and focus goes back to the button that opened the editor.
    await act(async () => {
      $('.phrase-editor').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(root.querySelector('.phrase-editor')).toBeNull();
    expect(document.activeElement).toBe(byLabel(t('optionsAddPhraseLabel', apologyLabel)));
  });

  it('edits a built-in, marks it edited, and "Restore built-ins" puts it back', async () => {
    const fake = await mount();
    const first = BUILT_IN_PHRASES[0]!;
    await click($(`[data-phrase-id="${first.id}"] button`));
    await type($<HTMLTextAreaElement>('.phrase-editor textarea'), 'I hear you, and this should not have happened.');
    await submit($<HTMLFormElement>('.phrase-editor'));
    expect(fake.stored.phrases![0]).toMatchObject({ id: first.id, text: 'I hear you, and this should not have happened.', builtIn: true });
    expect($(`[data-phrase-id="${first.id}"] .tag`).textContent).toBe(t('optionsBuiltInEdited'));
    await click(buttonByText(t('optionsRestoreBuiltIns')));
    expect(fake.stored.phrases).toBeNull();
    expect($(`[data-phrase-id="${first.id}"] .phrase-text`).textContent).toBe(first.text);
  });

  it('moves a phrase up and down within its row, keeping focus on the moved phrase', async () => {
    const fake = await mount();
    const apologies = BUILT_IN_PHRASES.filter((p) => p.row === 'apology');
    const second = apologies[1]!;
    await click($<HTMLButtonElement>(`#phrase-up-${CSS_ESCAPE(second.id)}`));
    const order = () => effectivePhrases(fake.stored).filter((p) => p.row === 'apology').map((p) => p.id);
    expect(order().slice(0, 2)).toEqual([second.id, apologies[0]!.id]);
    // Now first: "Move up" is disabled, so focus is on its "Move down".
    expect(document.activeElement?.id).toBe(`phrase-down-${second.id}`);
    await click(document.activeElement as HTMLButtonElement);
    expect(order().slice(0, 2)).toEqual([apologies[0]!.id, second.id]);
    expect(fake.stored.phrases).toBeNull(); // back to the shipped order: the built-ins again
    expect(root.querySelector('[data-testid="announcer"]')).not.toBeNull();
  });

  it('deletes a phrase; focus goes to the next one', async () => {
    const fake = await mount();
    const [a, b] = BUILT_IN_PHRASES.filter((p) => p.row === 'gratitude');
    await click(byLabel(t('optionsDeleteLabel', a!.text.length > 60 ? `${a!.text.slice(0, 59).trimEnd()}…` : a!.text)));
    expect(fake.stored.phrases!.some((p) => p.id === a!.id)).toBe(false);
    expect(document.activeElement?.id).toBe(`phrase-edit-${b!.id}`);
  });

  it('switches abbreviation expansion', async () => {
    const fake = await mount();
    await click($<HTMLInputElement>('#expansion'));
    expect(fake.stored.expansion).toBe(false);
  });
});

describe('rules', () => {
  it('groups the rules by what they read and switches one off and on', async () => {
    const fake = await mount();
    expect($('fieldset[data-target="reply"]').textContent).toContain('calm-down');
    expect($('fieldset[data-target="customer"]').textContent).toContain('complaint');
    expect($('fieldset[data-target="reply"]').textContent).not.toContain('(complaint)');
    const box = $<HTMLInputElement>('#rule-calm-down');
    expect(box.labels![0]!.textContent).toContain('Flags dismissing the customer');
    await click(box);
    expect(fake.stored.disabledRules).toEqual(['calm-down']);
    await click(box);
    expect(fake.stored.disabledRules).toEqual([]);
  });

  it('sets a row policy, with its explanation', async () => {
    const fake = await mount();
    const select = $<HTMLSelectElement>('#policy-apology');
    expect($('#policy-apology-help').textContent).toBe(policyHelp('auto'));
    await choose(select, 'never');
    expect(fake.stored.policy).toEqual({ apology: 'never' });
    expect($('#policy-apology-help').textContent).toBe(policyHelp('never'));
    await choose(select, 'auto');
    expect(fake.stored.policy).toEqual({});
  });
});

describe('sites', () => {
  it('switches a built-in helpdesk off and on', async () => {
    const fake = await mount();
    expect($<HTMLInputElement>('#site-zendesk').getAttribute('role')).toBe('switch');
    const offByDefault = ['outlook', 'freshdesk', 'intercom', 'helpscout', 'front'];
    expect([...fake.stored.disabledSites].sort()).toEqual([...offByDefault].sort());
    await click($<HTMLInputElement>('#site-zendesk'));
    expect([...fake.stored.disabledSites].sort()).toEqual([...offByDefault, 'zendesk'].sort());
    await click($<HTMLInputElement>('#site-zendesk'));
    expect([...fake.stored.disabledSites].sort()).toEqual([...offByDefault].sort());
    // Zendesk's access is the manifest's: its switch asks for nothing and gives nothing back.
    expect(fake.calls.requested).toEqual([]);
    expect(fake.calls.removed).toEqual([]);
  });

  it('a helpdesk behind a switch: on asks the browser for its hosts only, off gives them back', async () => {
    const fake = await mount();
    const freshdesk = $<HTMLInputElement>('#site-freshdesk');
    expect(freshdesk.checked).toBe(false);
    expect(freshdesk.getAttribute('aria-describedby')).toBe('site-asks');
    await click(freshdesk);
    expect(fake.calls.requested).toEqual(['https://*.freshdesk.com/*']);
    expect(fake.stored.disabledSites).not.toContain('freshdesk');
    expect($<HTMLInputElement>('#site-freshdesk').checked).toBe(true);
    await click($<HTMLInputElement>('#site-freshdesk'));
    expect(fake.stored.disabledSites).toContain('freshdesk');
    expect(fake.calls.removed).toEqual(['https://*.freshdesk.com/*']);
    expect($<HTMLInputElement>('#site-freshdesk').checked).toBe(false);
  });

  it('a helpdesk whose access the browser refused stays off, and says so', async () => {
    const fake = await mount({ grant: false });
    await click($<HTMLInputElement>('#site-outlook'));
    expect(fake.calls.requested).toEqual(['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*']);
    expect(fake.stored.disabledSites).toContain('outlook');
    expect($<HTMLInputElement>('#site-outlook').checked).toBe(false);
    expect($('#site-message').textContent).toBe(t('optionsSiteRefused', builtInSiteLabel('outlook')));
  });

  it('settings stored before a helpdesk existed do not show it on without access', async () => {
    await mount({ initial: { disabledSites: [] } });
    expect($<HTMLInputElement>('#site-intercom').checked).toBe(false);
    expect($<HTMLInputElement>('#site-gmail').checked).toBe(true);
  });

  it('validates the address before asking the browser', async () => {
    const fake = await mount();
    await type($<HTMLInputElement>('#origin-input'), 'support.example.com');
    await submit($<HTMLFormElement>('form.add-origin'));
    expect($('#origin-message').textContent).toBe(originErrorText('scheme'));
    await type($<HTMLInputElement>('#origin-input'), 'https://acme.zendesk.com');
    await submit($<HTMLFormElement>('form.add-origin'));
    expect($('#origin-message').textContent).toBe(t('optionsOriginBuiltIn', builtInSiteLabel('zendesk')));
    expect(fake.calls.requested).toEqual([]);
  });

  it('asks for access, stores the origin when granted, and removes it with its access', async () => {
    const fake = await mount();
    await type($<HTMLInputElement>('#origin-input'), 'https://help.example.com/agent/tickets');
    await submit($<HTMLFormElement>('form.add-origin'));
    expect(fake.calls.requested).toEqual(['https://help.example.com']);
    expect(fake.stored.enabledOrigins).toEqual(['https://help.example.com']);
    expect(root.textContent).toContain(t('optionsOriginAdded', 'https://help.example.com'));
    expect($<HTMLInputElement>('#origin-input').value).toBe('');
    await click(byLabel(t('optionsRemoveSiteLabel', 'https://help.example.com')));
    expect(fake.stored.enabledOrigins).toEqual([]);
    expect(fake.calls.removed).toEqual(['https://help.example.com']);
  });

  it('refused: nothing stored, and says why', async () => {
    const fake = await mount({ grant: false });
    await type($<HTMLInputElement>('#origin-input'), 'https://help.example.com');
    await submit($<HTMLFormElement>('form.add-origin'));
    expect(fake.stored.enabledOrigins).toEqual([]);
    expect($('#origin-message').textContent).toBe(t('optionsOriginRefused', 'https://help.example.com'));
  });

  it('an origin without access offers to allow it', async () => {
    const fake = await mount({ initial: { enabledOrigins: ['https://old.example.com'] } });
    expect($('[data-origin="https://old.example.com"]').textContent).toContain(t('optionsNoAccess'));
    await click(byLabel(t('optionsGrantAccessLabel', 'https://old.example.com')));
    expect(fake.calls.requested).toEqual(['https://old.example.com']);
    expect($('[data-origin="https://old.example.com"]').textContent).not.toContain(t('optionsNoAccess'));
  });
});

describe('first name', () => {
  it('saves after a pause in typing, not on every keystroke, and the preview uses it', async () => {
    const fake = await mount();
    const input = $<HTMLInputElement>('#agent-name');
    await type(input, 'Al');
    await type(input, 'Alex');
    expect(fake.calls.updates).toBe(0);
    await act(async () => new Promise((resolve) => setTimeout(resolve, TEXT_SAVE_DELAY_MS + 50)));
    await settle();
    expect(fake.calls.updates).toBe(1);
    expect(fake.stored.agentFirstName).toBe('Alex');
  });

  it('saves at once when the field loses focus', async () => {
    const fake = await mount();
    const input = $<HTMLInputElement>('#agent-name');
    await act(async () => input.focus());
    await type(input, ' Jo ');
    await act(async () => input.blur());
    await settle();
    expect(fake.stored.agentFirstName).toBe('Jo');
  });
});

describe('shortcuts', () => {
  it('lists every command with its key or "not assigned", and opens the browser’s page', async () => {
    const fake = await mount();
    const rows = [...root.querySelectorAll('.shortcuts tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      [t('commandOpenChecklist'), 'Alt+Shift+R'],
      ['Insert the best phrase for the first missing move', 'Alt+Shift+S'],
      ['Open the phrase picker at the caret', t('optionsNotAssigned')],
    ]);
    await click(buttonByText(t('optionsChangeShortcuts')));
    expect(fake.calls.openedShortcuts).toBe(1);
  });
});

describe('import and export', () => {
  async function chooseFile(text: string, name = 'settings.json') {
    const input = $<HTMLInputElement>('#import-file');
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }

  it('exports the settings as a JSON file', async () => {
    const fake = await mount({ initial: { agentFirstName: 'Sam' } });
    await click(buttonByText(t('optionsExport')));
    expect(fake.calls.files).toHaveLength(1);
    const [{ name, text }] = fake.calls.files as [{ name: string; text: string }];
    expect(name).toMatch(/^reply-coach-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'reply-coach-settings', version: 1, settings: { agentFirstName: 'Sam' } });
  });

  it('a broken file changes nothing and lists its problems', async () => {
    const fake = await mount({ initial: { agentFirstName: 'Sam' } });
    const before = JSON.stringify(fake.stored);
    const bad = JSON.parse(exportSettings(defaultSettings()));
    bad.phrases[3].row = 'apologies';
    await chooseFile(JSON.stringify(bad));
    expect($('[data-testid="import-outcome"] [role="alert"]').textContent).toContain(t('optionsImportFailed'));
    expect($('.import-errors').textContent).toBe("phrases[3].row: 'apologies' is not one of empathy, apology, ownership, boundary, gratitude");
    expect(fake.calls.updates).toBe(0);
    expect(JSON.stringify(fake.stored)).toBe(before);
    await chooseFile('not json at all');
    expect($('.import-errors').textContent).toMatch(/^The file is not valid JSON/);
    expect(fake.calls.updates).toBe(0);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const fake = await mount();
    await chooseFile('x'.repeat(1024 * 1024 + 1));
    expect($('[data-testid="import-outcome"]').textContent).toBe(t('optionsImportTooBig'));
    expect(fake.calls.updates).toBe(0);
  });

  it('merges by default, replaces when chosen', async () => {
    const fake = await mount({ initial: { disabledRules: ['calm-down'], agentFirstName: 'Sam' } });
    const file = JSON.parse(exportSettings({ ...defaultSettings(), disabledRules: ['shouting'] }));
    file.phrases.push({ id: 'team.apology.1', row: 'apology', register: 'brief', text: 'Sorry about that.', abbreviation: ';team' });
    await chooseFile(JSON.stringify(file));
    expect(fake.stored.disabledRules).toEqual(['calm-down', 'shouting']);
    expect(fake.stored.agentFirstName).toBe('Sam');
    expect(fake.stored.phrases!.at(-1)!.id).toBe('team.apology.1');
    expect(root.textContent).toContain(t('optionsImported', 1, BUILT_IN_PHRASES.length));

    await click($<HTMLInputElement>('#import-replace'));
    await chooseFile(JSON.stringify({ format: 'reply-coach-settings', version: 1, settings: { disabledRules: ['shouting'] } }));
    expect(fake.stored).toEqual({ ...defaultSettings(), disabledRules: ['shouting'] });
    expect($<HTMLInputElement>('#rule-calm-down').checked).toBe(true);
  });
});

// jsdom has no CSS.escape; phrase ids hold dots, which a selector must escape.
function CSS_ESCAPE(id: string): string {
  return id.replace(/([.:#[\]])/g, '\\$1');
}

vi.setConfig({ testTimeout: 15_000 });
