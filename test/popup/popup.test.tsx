// @vitest-environment jsdom
// The popup component against a fake backend (no extension APIs): every state renders, the test hooks are there,
// Insert and Replace reach the backend with the right arguments, the outcome is said, updates are followed, and the
// keyboard order is the reading order. States come from the real engine, so they have the real shape.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupBackend } from '../../src/popup/backend.js';
import { firstView, Popup, type PopupView } from '../../src/popup/popup.js';
import { t } from '../../src/shared/i18n.js';
import type { InsertOutcome, PageState } from '../../src/shared/protocol.js';
import { idleState, readyState } from '../fixtures/page-state.js';

const ANGRY_CUSTOMER = 'This is ridiculous, my order is late AGAIN. I am so angry, nobody answers!';

const pageState = (draft: string, overrides: Partial<PageState> = {}): PageState =>
  readyState(draft, ANGRY_CUSTOMER, { filled: true, overrides });
const emptyState = idleState;

interface Fake {
  backend: PopupBackend;
  /** What getState answers next (an Error: the tab has no content script). */
  answer: PageState | Error;
  push(state: PageState): void;
  insertOutcome: InsertOutcome;
  calls: {
    insert: string[];
    replace: { span: { start: number; end: number; text: string }; replacement: string }[];
    switchOn: string[];
    openSettings: number;
    copied: string[];
  };
}

function fakeBackend(answer: PageState | Error, origin: string | null = 'https://support.example.com'): Fake {
  const listeners = new Set<(state: PageState) => void>();
  const fake: Fake = {
    answer,
    insertOutcome: { ok: true, method: 'paste' },
    calls: { insert: [], replace: [], switchOn: [], openSettings: 0, copied: [] },
    push(state) {
      fake.answer = state;
      for (const listener of listeners) listener(state);
    },
    backend: {
      getState: async () => {
        if (fake.answer instanceof Error) throw fake.answer;
        return fake.answer;
      },
      insertPhrase: async (id) => {
        fake.calls.insert.push(id);
        return fake.insertOutcome;
      },
      replaceFinding: async (span, replacement) => {
        fake.calls.replace.push({ span, replacement });
        return fake.insertOutcome;
      },
      onState: (callback) => {
        listeners.add(callback);
        return () => listeners.delete(callback);
      },
      switchOn: async (o) => {
        fake.calls.switchOn.push(o);
        return true;
      },
      openSettings: async () => {
        fake.calls.openSettings++;
      },
      tabOrigin: async () => origin,
      copyText: async (text) => {
        fake.calls.copied.push(text);
        return true;
      },
    },
  };
  return fake;
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(fake: Fake, onFirstRender?: (view: PopupView) => void): Promise<HTMLElement> {
  render(<Popup backend={fake.backend} pollMs={0} onFirstRender={onFirstRender} />, root);
  await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('data-view')).not.toBe('loading'));
  return root.querySelector('main')!;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = () => text(root.querySelector('.rc-summary'));
const notice = () => text(root.querySelector('.rc-notice'));

/** Focusable in sequential (Tab) order: the browser's rule for tabindex 0 / native controls, in document order. */
function tabOrder(container: Element): HTMLElement[] {
  const all = [...container.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
  for (const el of all) expect(el.tabIndex, 'no positive tabindex: order must follow the document').toBeLessThanOrEqual(0);
  return all.filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]'));
}

/** What a browser does on Enter over a native button: keydown, and unless a handler prevents it, a click. */
function pressEnter(el: HTMLElement): void {
  el.focus();
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  if (el.dispatchEvent(event) && el instanceof HTMLButtonElement) el.click();
}

describe('states', () => {
  it('ready: the checklist with a row per move, its status written out, suggestions with Insert', async () => {
    const state = pageState('Hello Dana,');
    await mount(fakeBackend(state));
    const rows = [...root.querySelectorAll('[data-item]')];
    expect(rows.map((r) => r.getAttribute('data-item'))).toEqual(state.checklist.map((r) => r.id));
    for (const [i, row] of rows.entries()) {
      expect(row.getAttribute('data-status')).toBe(state.checklist[i]!.status);
      // Status in words, not colour alone; the reason on its own line.
      expect(text(row.querySelector('.rc-status'))).not.toBe('');
      expect(text(row.querySelector('.rc-reason'))).toBe(state.checklist[i]!.reason);
    }
    const unmet = state.checklist.find((r) => r.status === 'missing')!;
    const firstPhrase = unmet.phraseIds[0]!;
    const button = root.querySelector(`[data-item="${unmet.id}"] button[data-phrase="${firstPhrase}"]`)!;
    expect(button).not.toBeNull();
    expect(text(button.parentElement!.querySelector('.rc-phrase-text'))).toBe(state.filledPhrases[firstPhrase]);
    expect(status()).toMatch(/^\d of \d moves made/);
    // Headings and named lists for screen readers.
    expect(text(root.querySelector('h1'))).toBe(t('extName'));
    expect(root.querySelector('h2')).not.toBeNull();
    expect(root.querySelector('ul.rc-rows')!.getAttribute('aria-label')).toBeTruthy();
    expect(root.querySelector('.rc-summary')!.getAttribute('role')).toBe('status');
  });

  it('empty draft: the checklist anyway, with a hint to start writing', async () => {
    await mount(fakeBackend(pageState('')));
    expect(root.querySelector('[data-note="empty"]')).not.toBeNull();
    expect(root.querySelectorAll('[data-item]').length).toBeGreaterThan(0);
  });

  it('not English: says it is not checked', async () => {
    await mount(fakeBackend(pageState('Hola Dana, lo siento mucho por el retraso de su pedido. Lo resolveremos hoy mismo, gracias por su paciencia.')));
    expect(root.querySelector('[data-note="not-checked"]')).not.toBeNull();
    expect(status()).toBe(t('popupSummaryNotChecked'));
    expect([...root.querySelectorAll('[data-item]')].every((r) => r.getAttribute('data-status') === 'not-checked')).toBe(true);
  });

  it('no composer: asks to click into the reply box', async () => {
    await mount(fakeBackend(emptyState('no-composer')));
    expect(text(root.querySelector('[data-state="no-composer"]'))).toBe(t('popupNoComposer'));
    expect(root.querySelector('[data-item]')).toBeNull();
  });

  it('switched off in the settings: a switch-on button for the origin', async () => {
    const fake = fakeBackend(emptyState('off', 'https://help.example.org'));
    await mount(fake);
    const button = root.querySelector<HTMLButtonElement>('[data-action="switch-on"]')!;
    expect(text(button)).toBe(t('popupSwitchOn', 'https://help.example.org'));
    button.click();
    await vi.waitFor(() => expect(notice()).toBe(t('popupSwitchedOn', 'https://help.example.org')));
    expect(fake.calls.switchOn).toEqual(['https://help.example.org']);
  });

  it('no content script, origin known: the origin and a one-click switch-on; then asks to reload', async () => {
    const fake = fakeBackend(new Error('Could not establish connection. Receiving end does not exist.'), 'https://support.example.com');
    const main = await mount(fake);
    expect(main.getAttribute('data-view')).toBe('unreachable');
    expect(text(root.querySelector('[data-state="not-active"] p'))).toContain('https://support.example.com');
    root.querySelector<HTMLButtonElement>('[data-action="switch-on"]')!.click();
    await vi.waitFor(() => expect(notice()).toBe(t('popupSwitchedOnReload', 'https://support.example.com')));
    expect(fake.calls.switchOn).toEqual(['https://support.example.com']);
  });

  it('no content script, origin unknown (no "tabs" permission): the generic message and the settings', async () => {
    const fake = fakeBackend(new Error('no receiver'), null);
    await mount(fake);
    expect(text(root.querySelector('[data-state="not-active"] p'))).toBe(t('popupNotActiveGeneric'));
    expect(root.querySelector('[data-action="switch-on"]')).toBeNull();
    const settings = [...root.querySelectorAll('button')].find((b) => text(b) === t('popupOpenSettings'))!;
    settings.click();
    await vi.waitFor(() => expect(fake.calls.openSettings).toBe(1));
  });

  it('a browser page (chrome://) is never offered a switch-on', async () => {
    await mount(fakeBackend(new Error('no receiver'), 'chrome://extensions'));
    expect(root.querySelector('[data-action="switch-on"]')).toBeNull();
  });

  it('reports the first render once, with what it showed', async () => {
    const seen: PopupView[] = [];
    await mount(fakeBackend(pageState('Hello')), (view) => seen.push(view));
    expect(seen.map((v) => v.kind)).toEqual(['page']);
  });
});

describe('first render', () => {
  it('firstView asks the tab before anything renders: the page, or where no script answered, its origin', async () => {
    const state = pageState('Hello');
    expect(await firstView(fakeBackend(state).backend)).toEqual({ kind: 'page', state });
    expect(await firstView(fakeBackend(new Error('no receiver'), 'https://x.example').backend)).toEqual({
      kind: 'unreachable',
      origin: 'https://x.example',
    });
  });

  it('firstView gives "loading" when the page is slow, and the popup then follows the answer', async () => {
    const fake = fakeBackend(pageState('Hello'));
    const slow = fake.backend.getState;
    fake.backend.getState = () => new Promise((resolve) => setTimeout(() => resolve(slow()), 60));
    const initial = await firstView(fake.backend, 10);
    expect(initial).toEqual({ kind: 'loading' });
    render(<Popup backend={fake.backend} initial={initial} pollMs={0} />, root);
    expect(status()).toBe(t('popupLoading'));
    await vi.waitFor(() => expect(root.querySelector('main')!.getAttribute('data-view')).toBe('ready'));
  });

  it('with the initial view given, the very first render is the checklist and is reported synchronously', async () => {
    const state = pageState('Hello');
    const seen: PopupView[] = [];
    render(<Popup backend={fakeBackend(state).backend} initial={{ kind: 'page', state }} pollMs={0} onFirstRender={(v) => seen.push(v)} />, root);
    expect(root.querySelectorAll('[data-item]')).toHaveLength(state.checklist.length);
    expect(seen).toHaveLength(1);
  });
});

describe('actions', () => {
  it('Insert sends the phrase id and says it was inserted', async () => {
    const state = pageState('Hello Dana,');
    const fake = fakeBackend(state);
    await mount(fake);
    const button = root.querySelector<HTMLButtonElement>('button[data-phrase]')!;
    button.click();
    await vi.waitFor(() => expect(notice()).toBe(t('popupInserted')));
    expect(fake.calls.insert).toEqual([button.dataset.phrase]);
  });

  it('Replace sends the finding span and the replacement', async () => {
    const state = pageState('Hello Dana, please calm down.');
    const finding = state.findings.find((f) => f.replacements.length > 0);
    expect(finding, 'the calm-down finding offers a replacement').toBeDefined();
    const fake = fakeBackend(state);
    await mount(fake);
    root.querySelector<HTMLButtonElement>(`[data-rule="${finding!.ruleId}"] button.rc-replace`)!.click();
    await vi.waitFor(() => expect(fake.calls.replace).toHaveLength(1));
    expect(fake.calls.replace[0]).toEqual({
      span: { start: finding!.start, end: finding!.end, text: finding!.text },
      replacement: finding!.replacements[0],
    });
    await vi.waitFor(() => expect(notice()).toBe(t('popupReplaced', finding!.text, finding!.replacements[0]!)));
  });

  it('the editor refused: the popup puts the phrase on the clipboard and says so', async () => {
    const state = pageState('Hello Dana,');
    const fake = fakeBackend(state);
    fake.insertOutcome = { ok: false, reason: 'read-back mismatch', copiedToClipboard: false };
    await mount(fake);
    const button = root.querySelector<HTMLButtonElement>('button[data-phrase]')!;
    button.click();
    await vi.waitFor(() => expect(notice()).toBe(t('popupRefusedCopied')));
    expect(fake.calls.copied).toEqual([state.filledPhrases[button.dataset.phrase!]]);
  });

  it('the page does not answer: says so', async () => {
    const fake = fakeBackend(pageState('Hello'));
    fake.backend.insertPhrase = () => Promise.reject(new Error('tab closed'));
    await mount(fake);
    root.querySelector<HTMLButtonElement>('button[data-phrase]')!.click();
    await vi.waitFor(() => expect(notice()).toBe(t('popupUnreachable')));
  });
});

describe('live updates', () => {
  it('follows pushed states without reopening', async () => {
    const fake = fakeBackend(pageState('Hello Dana,'));
    await mount(fake);
    expect(root.querySelector('[data-item="apology"]')!.getAttribute('data-status')).toBe('missing');
    fake.push(pageState("Hello Dana, I'm so sorry about the delay."));
    await vi.waitFor(() => expect(root.querySelector('[data-item="apology"]')!.getAttribute('data-status')).toBe('met'));
  });

  it('polls as a fallback, and recovers when the content script comes back', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const fake = fakeBackend(new Error('no receiver'));
      render(<Popup backend={fake.backend} pollMs={1000} />, root);
      await vi.waitFor(() => expect(root.querySelector('main')!.getAttribute('data-view')).toBe('unreachable'));
      fake.answer = pageState('Hello');
      vi.advanceTimersByTime(1000);
      await vi.waitFor(() => expect(root.querySelector('main')!.getAttribute('data-view')).toBe('ready'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a late poll answer does not overwrite a newer pushed state', async () => {
    const fake = fakeBackend(pageState('Hello Dana,'));
    let release!: (s: PageState) => void;
    const slow = new Promise<PageState>((resolve) => (release = resolve));
    let first = true;
    fake.backend.getState = () => (first ? ((first = false), slow) : Promise.resolve(fake.answer as PageState));
    render(<Popup backend={fake.backend} pollMs={0} />, root);
    await vi.waitFor(() => expect(first).toBe(false)); // subscribed, first poll under way
    fake.push(pageState("Hello Dana, I'm so sorry about the delay."));
    release(pageState('Hello Dana,'));
    await vi.waitFor(() => expect(root.querySelector('[data-item="apology"]')?.getAttribute('data-status')).toBe('met'));
    await new Promise((r) => setTimeout(r, 20));
    expect(root.querySelector('[data-item="apology"]')!.getAttribute('data-status')).toBe('met');
  });
});

describe('keyboard', () => {
  it('Tab reaches the Insert buttons in reading order; Enter activates the focused one', async () => {
    const state = pageState('Hello Dana, please calm down.');
    const fake = fakeBackend(state);
    const main = await mount(fake);
    const order = tabOrder(main);
    // Every control is a native button (Enter and Space activate it; the browser draws the focus ring).
    expect(order.every((el) => el instanceof HTMLButtonElement && el.type === 'button')).toBe(true);
    const inserts = order.filter((el) => el.dataset.phrase);
    const expected = state.checklist
      .filter((r) => r.status === 'missing' || r.status === 'weak')
      .flatMap((r) => r.phraseIds.slice(0, 2));
    expect(inserts.map((el) => el.dataset.phrase)).toEqual(expected);
    // Insert buttons come before the Replace buttons (checklist first, then findings), settings last.
    const kinds = order.map((el) => (el.dataset.phrase ? 'insert' : el.classList.contains('rc-replace') ? 'replace' : 'other'));
    expect(kinds.indexOf('replace')).toBeGreaterThan(kinds.lastIndexOf('insert'));
    expect(kinds.at(-1)).toBe('other');

    pressEnter(inserts[1]!);
    await vi.waitFor(() => expect(fake.calls.insert).toEqual([inserts[1]!.dataset.phrase]));
  });

  it('when the used button goes away (its row is met), focus stays in the popup, on the outcome', async () => {
    const fake = fakeBackend(pageState('Hello Dana,'));
    await mount(fake);
    const button = root.querySelector<HTMLButtonElement>('[data-item="apology"] button[data-phrase]')!;
    pressEnter(button);
    await vi.waitFor(() => expect(notice()).toBe(t('popupInserted')));
    fake.push(pageState("Hello Dana, I'm so sorry about the delay."));
    await vi.waitFor(() => expect(root.querySelector('[data-item="apology"] button')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(root.querySelector('.rc-notice')));
  });
});
