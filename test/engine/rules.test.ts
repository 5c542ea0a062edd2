import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/checks/index.js';
import { RULES } from '../../src/engine/rules/index.js';
import { prepareText } from '../../src/engine/text/prepared.js';

// One generated test runs every rule's own examples: each `flag` text must match, no `pass` text may.
describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const match = compileRule(rule);
  const run = (text: string) => match(prepareText(text, { quotedSpeech: rule.target === 'reply' }));

  it('has examples both ways', () => {
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.pass.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.flag.map((t) => [t]))('flags %j', (text) => {
    const matches = run(text);
    expect(matches.length, `expected a match in ${JSON.stringify(text)}`).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end).trim().length).toBeGreaterThan(0);
    }
  });

  it.each(rule.examples.pass.map((t) => [t]))('passes %j', (text) => {
    const found = run(text).map((m) => text.slice(m.start, m.end));
    expect(found, `unexpected match in ${JSON.stringify(text)}`).toEqual([]);
  });
});
