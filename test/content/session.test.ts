// The session step in plain Node: the draft and its context in, one immutable snapshot out, with the engine's verdict
// and the filled suggestions the views show. No DOM: the step is a pure function.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { BUILT_IN_PHRASES, fillPhrase, phraseById } from '../../src/engine/phrases/index.js';
import { emptyState, FILLED_PER_ROW, sessionStep, type SessionInput } from '../../src/content/session.js';

const CUSTOMER = 'This is ridiculous, my order is late AGAIN. I am so angry, nobody answers!';
const NAMES = { customer: { firstName: 'Dana' }, agent: { firstName: 'Sam' } };

function input(draft: string, overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    site: 'zendesk',
    origin: 'https://acme.zendesk.com',
    composerKey: 'ticket-1',
    draft,
    context: { customerMessage: CUSTOMER, customerFirstName: 'Dana', agentFirstName: null },
    settings: { disabledRules: [], policy: {}, library: BUILT_IN_PHRASES },
    fill: (id) => {
      const phrase = phraseById(id);
      return phrase ? fillPhrase(phrase.text, NAMES) : null;
    },
    ...overrides,
  };
}

describe('sessionStep', () => {
  it('returns the analysis and the ready state the views render, with the engine verdict', () => {
    const draft = 'Please calm down, your order ships tomorrow.';
    const { analysis, state } = sessionStep(input(draft));
    expect(analysis).toEqual(analyze(draft, { customer: CUSTOMER, settings: { disabledRules: [], policy: {}, library: BUILT_IN_PHRASES } }));
    expect(state).toMatchObject({
      status: 'ready',
      site: 'zendesk',
      origin: 'https://acme.zendesk.com',
      composerKey: 'ticket-1',
      draftLength: draft.length,
      customerFirstName: 'Dana',
      customerProvided: true,
    });
    expect(state.checklist).toBe(analysis.checklist);
    expect(state.findings.map((f) => f.ruleId)).toContain('calm-down');
    expect(state.verdict).toEqual(analysis.verdict);
    expect(state.verdict?.tone).toBe('harm');
  });

  it('fills the first suggestions of every row, through the caller’s fill', () => {
    const asked: string[] = [];
    const { state } = sessionStep(
      input('Your order ships tomorrow.', {
        fill: (id) => {
          asked.push(id);
          return id === asked[0] ? null : `filled ${id}`;
        },
      }),
    );
    const expected = state.checklist.flatMap((r) => r.phraseIds.slice(0, FILLED_PER_ROW));
    expect(expected.length).toBeGreaterThan(1);
    expect(asked).toEqual(expected);
    // An id the library does not hold (fill answers null) is left out, the others are there as filled.
    expect(Object.keys(state.filledPhrases)).toEqual(expected.slice(1));
    expect(state.filledPhrases[expected[1]!]).toBe(`filled ${expected[1]}`);
  });

  it('with no customer message, says so and assumes a customer with a problem', () => {
    const { state } = sessionStep(
      input('Thanks for writing in.', { context: { customerMessage: null, customerFirstName: null, agentFirstName: null } }),
    );
    expect(state.customerProvided).toBe(false);
    expect(state.verdict?.needed).toBeGreaterThan(0);
  });

  it('honours the settings: a disabled rule draws no finding', () => {
    const { state } = sessionStep(
      input('Please calm down.', { settings: { disabledRules: ['calm-down'], policy: {}, library: BUILT_IN_PHRASES } }),
    );
    expect(state.findings.map((f) => f.ruleId)).not.toContain('calm-down');
  });

  it('a reply in another language is not checked: neutral, no counts', () => {
    const { state } = sessionStep(input('Hola Dana, lo siento mucho por el retraso de su pedido. Lo enviaremos mañana sin falta.'));
    expect(state.language?.checked).toBe(false);
    expect(state.verdict).toMatchObject({ checked: false, tone: 'neutral' });
  });

  it('is immutable and repeatable: the same input gives an equal snapshot', () => {
    const a = sessionStep(input('I am sorry about the delay.'));
    const b = sessionStep(input('I am sorry about the delay.'));
    expect(b).toEqual(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.state)).toBe(true);
    expect(Object.isFrozen(a.analysis)).toBe(true);
    expect(() => {
      (a.state as { draftLength: number }).draftLength = 0;
    }).toThrow(TypeError);
  });

  it('the empty states carry no analysis', () => {
    for (const status of ['off', 'no-composer'] as const) {
      const state = emptyState(status, null, 'https://x.example');
      expect(state).toMatchObject({ status, site: null, origin: 'https://x.example', checklist: [], verdict: null });
      expect(Object.isFrozen(state)).toBe(true);
    }
  });
});
