import { describe, expect, it } from 'vitest';
import { compileAlternatives } from '../../src/engine/checks/match.js';
import { phraseMatcher } from '../../src/engine/checks/phrase.js';
import { RULES } from '../../src/engine/rules/index.js';
import { prepareText } from '../../src/engine/text/prepared.js';
// @ts-expect-error plain ES module shared with the benchmark
import { composeReply, TYPICAL_CUSTOMER, TYPICAL_REPLY } from '../../bench/texts.mjs';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
/** The alternation as written, one group per pattern: what compileAlternatives must match exactly. */
const plain = (patterns: readonly string[]) =>
  new RegExp(patterns.map((p) => `(?:${p})`).join('|'), /\\p\{|\\u\{/.test(patterns.join('')) ? 'gu' : 'g');

describe('compileAlternatives', () => {
  it('matches exactly what the plain alternation of each rule matches', () => {
    const texts = [TYPICAL_REPLY, TYPICAL_CUSTOMER, composeReply(3_000, 7), ...RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass])];
    const corpus = texts.join('\n').replace(/[A-Z]+/g, (run) => run.toLowerCase());
    for (const rule of RULES) {
      if (rule.kind !== 'phrase') continue;
      const lists = [rule.patterns, rule.unlessBefore, rule.unlessAfter, rule.unlessSentence, rule.onlyInSentence];
      for (const patterns of lists) {
        if (!patterns?.length) continue;
        expect(all(compileAlternatives(patterns), corpus), rule.id).toEqual(all(plain(patterns), corpus));
      }
    }
  });

  it('shares one \\b among consecutive patterns that start with it', () => {
    expect(compileAlternatives([String.raw`\bab`, String.raw`\bcd`, 'x', String.raw`\bef`]).source).toBe(
      String.raw`\b(?:(?:ab)|(?:cd))|(?:x)|\b(?:(?:ef))`,
    );
  });

  it('leaves the \\b of a pattern that is an alternation at its top level to its first branch', () => {
    const patterns = [String.raw`\bab|cd`, String.raw`\b[|]x`, String.raw`\b(?:e|f)g`];
    const re = compileAlternatives(patterns);
    const text = 'xcd ab |x eg';
    expect(all(re, text)).toEqual([
      [1, 'cd'],
      [4, 'ab'],
      [10, 'eg'],
    ]);
    expect(all(re, text)).toEqual(all(plain(patterns), text));
    // A "|" in a class or a group is not an alternation of the whole pattern.
    expect(compileAlternatives([String.raw`\b[|]x`, String.raw`\b(?:e|f)\|`]).source).toBe(String.raw`\b(?:(?:[|]x)|(?:(?:e|f)\|))`);
  });
});

describe('phrase check with a lead', () => {
  const question = phraseMatcher({ kind: 'phrase', patterns: [String.raw`\?(?<=[a-z](?<lead>\s*)\?)`] });
  const spans = (text: string) => question(prepareText(text, { quotedSpeech: true })).map((m) => text.slice(m.start, m.end));

  it('starts the span where the lead starts', () => {
    expect(spans('Is it fixed  ? Yes.')).toEqual(['  ?']);
    expect(spans('Fixed? Sure?')).toEqual(['?', '?']);
  });

  it('finds nothing when the lookbehind fails', () => {
    expect(spans('Press + ? then 3?')).toEqual([]);
  });
});
