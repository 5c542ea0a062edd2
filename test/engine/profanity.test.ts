import fc from 'fast-check';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { compileAlternatives } from '../../src/engine/checks/match.js';
import { profanityCheckMatcher } from '../../src/engine/checks/profanity.js';
import { RULES } from '../../src/engine/rules/index.js';
import type { ProfanityCheck } from '../../src/engine/rules/rule.js';
import { prepareText, type PreparedText } from '../../src/engine/text/prepared.js';
import { sentenceAt } from '../../src/engine/text/sentences.js';

// The profanity check skips obscenity when no word it aims at can be in the text. The skip must never change a
// result: compare with the check done the long way, obscenity on every text.
const rule = RULES.find((r): r is Extract<typeof r, ProfanityCheck> => r.kind === 'profanity');
if (!rule) throw new Error('no profanity rule');
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const aimedAt = compileAlternatives(rule.aimedAt, '');
function longWay({ masked, lower, sentences }: PreparedText) {
  return obscenity
    .getAllMatches(masked, true)
    .map((hit) => ({ start: hit.startIndex, end: hit.endIndex + 1 }))
    .filter(({ start, end }) => {
      const sentence = sentenceAt(sentences, start);
      return aimedAt.test(lower.slice(sentence.start, Math.max(sentence.end, end)));
    });
}

const check = profanityCheckMatcher(rule);
const prepare = (text: string) => prepareText(text, { quotedSpeech: false });

const profane = ['fuck', 'f*ck', 'FUCKING', 'shit', 'sh1t', 'bitch', 'f u c k', 'asshole', 'damn', 'fu', 'crap'];
const aimed = ['you', 'You', 'u', 'ur', 'ya', 'team', 'support', 'agents', 'service desk', 'people there', 'CEO'];
const lookalikes = ['up', 'us', 'young', 'yard', 'urgent', 'teams', 'supporting', 'agentless', 'youtube', 'ceos', 'mu', 'tu'];
const plain = ['the', 'order', 'late', 'again', 'refund', 'my', 'is', 'it', 'wrong', 'parcel', 'x', '42'];
const separators = [' ', ' ', ' ', '. ', '! ', '? ', '\n', ', ', '', '.', '!', '?!', ' "', '" '];
const text = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...profane) },
        { weight: 1, arbitrary: fc.constantFrom(...aimed) },
        { weight: 2, arbitrary: fc.constantFrom(...lookalikes) },
        { weight: 4, arbitrary: fc.constantFrom(...plain) },
      ),
      fc.constantFrom(...separators),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

describe('profanity check', () => {
  it('finds what obscenity and the aimed-at test find, on any mix of words', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(check(prepare(t))).toEqual(longWay(prepare(t)));
      }),
      { numRuns: 1500 },
    );
  });

  it('still reads texts past the sentence window, and counts profanity aimed at someone', () => {
    const long = `${'The parcel is late again. '.repeat(40)}What the fuck.`;
    expect(long.length).toBeGreaterThan(1_000);
    expect(check(prepare(long))).toEqual(longWay(prepare(long)));
    expect(check(prepare('Fuck you.'))).toEqual([{ start: 0, end: 4 }]);
    expect(check(prepare('Shit, wrong file.'))).toEqual([]);
  });
});
