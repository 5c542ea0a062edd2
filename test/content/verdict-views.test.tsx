// @vitest-environment jsdom
// The badge (content/ui/panel.tsx) and the popup render the engine's one verdict: for the same page state they show
// the same tone and the same met/needed counts, including a reply that is not checked (not English), where the badge
// once said "done" and the popup "neutral". States come from the real engine.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Panel } from '../../src/content/ui/panel.js';
import type { PopupBackend } from '../../src/popup/backend.js';
import { Popup } from '../../src/popup/popup.js';
import { t } from '../../src/shared/i18n.js';
import type { PageState } from '../../src/shared/protocol.js';
import { readyState } from '../fixtures/page-state.js';

const ANGRY = 'This is ridiculous, my order is late AGAIN. I am so angry, nobody answers!';
const PLEASED = 'Thanks so much, the fix worked and everything is fine now. Have a good day!';

const stateFor = (draft: string, customer: string): PageState => readyState(draft, customer);

const backendFor = (state: PageState): PopupBackend => ({
  getState: async () => state,
  insertPhrase: async () => ({ ok: true, method: 'paste' }),
  replaceFinding: async () => ({ ok: true, method: 'paste' }),
  onState: () => () => undefined,
  switchOn: async () => true,
  openSettings: async () => undefined,
  tabOrigin: async () => state.origin,
  copyText: async () => true,
});

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function badgeOf(state: PageState): { tone: string | null; met: string | null; needed: string | null; label: string } {
  render(<Panel state={state} notice={null} onInsert={() => undefined} onReplace={() => undefined} />, root);
  const badge = root.querySelector('.rc-badge')!;
  const out = {
    tone: badge.getAttribute('data-tone'),
    met: badge.getAttribute('data-met'),
    needed: badge.getAttribute('data-needed'),
    label: badge.getAttribute('aria-label') ?? '',
  };
  render(null, root);
  return out;
}

function popupOf(state: PageState): { tone: string | null; summary: string } {
  render(<Popup backend={backendFor(state)} pollMs={0} initial={{ kind: 'page', state }} />, root);
  const summary = root.querySelector('.rc-summary')!;
  const out = { tone: summary.getAttribute('data-tone'), summary: (summary.textContent ?? '').trim() };
  render(null, root);
  return out;
}

const CASES: Array<{ name: string; draft: string; customer: string; tone: string; check?: (s: PageState) => void }> = [
  {
    name: 'every needed move met',
    draft:
      "Hi Dana, I completely understand how frustrating this is. I'm sorry your order is late. " +
      "I'll track it down today and email you by 5pm with the new delivery date. Thank you for your patience.",
    customer: ANGRY,
    tone: 'done',
  },
  {
    name: 'a needed move missing',
    draft: 'Your order will arrive tomorrow.',
    customer: ANGRY,
    tone: 'todo',
  },
  {
    name: 'rows not needed for a pleased customer',
    draft: "Glad to hear it's working now, and thank you for letting us know!",
    customer: PLEASED,
    tone: 'done',
    check: (s) => expect(s.checklist.some((r) => r.status === 'not-needed')).toBe(true),
  },
  {
    name: 'a harmful phrase',
    draft: "Please calm down. I'm sorry if you feel that way, but that's just our policy.",
    customer: ANGRY,
    tone: 'harm',
  },
  {
    name: 'not English (not checked)',
    draft: 'Hola Dana, lo siento mucho por el retraso de su pedido. Lo enviaremos mañana sin falta.',
    customer: ANGRY,
    tone: 'neutral',
    check: (s) => expect(s.language?.checked).toBe(false),
  },
];

describe('badge and popup render one verdict', () => {
  for (const c of CASES)
    it(`agree: ${c.name}`, () => {
      const state = stateFor(c.draft, c.customer);
      c.check?.(state);
      const verdict = state.verdict!;
      expect(verdict.tone).toBe(c.tone);
      const badge = badgeOf(state);
      const popup = popupOf(state);
      expect(badge.tone).toBe(c.tone);
      expect(popup.tone).toBe(c.tone);
      expect([badge.met, badge.needed]).toEqual([String(verdict.met), String(verdict.needed)]);
      if (verdict.checked) {
        expect(popup.summary).toContain(t('popupSummary', verdict.met, verdict.needed));
        expect(badge.label).toContain(String(verdict.met));
      } else {
        expect(popup.summary).toBe(t('popupSummaryNotChecked'));
        expect(badge.label).toBe(t('badgeLabelNotChecked'));
      }
    });
});
