import { describe, expect, it } from 'vitest';
import { analyze, BUILT_IN_PHRASES, fillPhrase } from '../../src/engine/index.js';

// Our own suggestions must be credited by our own rules, and must never be flagged: a phrase the agent inserts on our
// advice that leaves the row unmet, or draws a warning, would teach them to ignore the tool.
const context = { customer: { firstName: 'Dana' }, agent: { firstName: 'Sam' }, company: { name: 'Acme' } };
const angryCustomer = 'You useless idiots charged me twice and nobody answers!!!';

describe.each(BUILT_IN_PHRASES.map((p) => [p.id, p] as const))('built-in phrase %s', (_id, phrase) => {
  const text = fillPhrase(phrase.text, context);
  const result = analyze(text, { customer: angryCustomer });

  it('meets its own checklist row', () => {
    const row = result.checklist.find((r) => r.id === phrase.row);
    expect(row?.status, `${JSON.stringify(text)} → ${row?.reason}`).toBe('met');
  });

  it('draws no finding', () => {
    expect(result.findings.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});
