import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAlternatives } from '../../src/engine/checks/match.js';
import { aimedBy, findProfanityIn, profanityCheckMatcher } from '../../src/engine/checks/profanity.js';
import { RULES } from '../../src/engine/rules/index.js';
import type { ProfanityCheck } from '../../src/engine/rules/rule.js';
import { prepareText, type PreparedText } from '../../src/engine/text/prepared.js';
import { sentenceAt } from '../../src/engine/text/sentences.js';

// The profanity check skips the word list when no word it aims at can be in the text. The skip must never change a
// result: compare with the check done the long way, the word list on every text.
const rule = RULES.find((r): r is Extract<typeof r, ProfanityCheck> => r.kind === 'profanity');
if (!rule) throw new Error('no profanity rule');
const aimedAt = compileAlternatives(rule.aimedAt, '');
function longWay({ lower, sentences }: PreparedText) {
  return findProfanityIn(lower).filter((hit) => {
    const sentence = sentenceAt(sentences, hit.start);
    return aimedAt.test(lower.slice(sentence.start, Math.max(sentence.end, hit.end))) && aimedBy(lower, sentence.start, hit);
  });
}

const check = profanityCheckMatcher(rule);
const prepare = (text: string) => prepareText(text, { quotedSpeech: false });
const words = (text: string) => findProfanityIn(prepare(text).lower).map(({ start, end }) => text.slice(start, end));

const profane = ['fuck', 'f*ck', 'FUCKING', 'shit', 'sh1t', 'bitch', 'f u c k', 'asshole', 'fk', 'crap', 'a$$', 'the fuck', 'my shit'];
const aimed = ['you', 'You', 'u', 'ur', 'ya', 'team', 'support', 'agents', 'service desk', 'people there', 'CEO'];
const lookalikes = ['up', 'us', 'young', 'yard', 'urgent', 'teams', 'supporting', 'agentless', 'youtube', 'ceos', 'mu', 'tu', 'called me a'];
const plain = ['the', 'order', 'late', 'again', 'refund', 'my', 'is', 'it', 'wrong', 'parcel', 'x', '42', 'class', 'passed', 'shitake'];
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
  it('finds what the word list and the aimed-at test find, on any mix of words', () => {
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
    expect(check(prepare('Your rep called me an asshole on the phone!'))).toEqual([]);
    expect(check(prepare('What the fuck do you want from me?'))).toEqual([]);
    expect(check(prepare('You know how to brighten my shitty day.'))).toEqual([]);
    expect(check(prepare('I shit you not, it arrived in an hour.'))).toEqual([]);
  });

  it('knows the spellings that dodge filters, and no word that merely contains one', () => {
    expect(words('f*ck, FCK, fuk, f**k, fukin, F U C K, motherfucker, fuuuck')).toEqual(['f*ck', 'FCK', 'fuk', 'f**k', 'fukin', 'F U C K', 'motherfucker', 'fuuuck']);
    expect(words('sh1t, sh!t, bullshit, shitty, s**t, b!tch, b1tches, a$$hole, dumbass, jackass')).toEqual(['sh1t', 'sh!t', 'bullshit', 'shitty', 's**t', 'b!tch', 'b1tches', 'a$$hole', 'dumbass', 'jackass']);
    expect(words('class, passed, assets, shitake, scrap, Dickens, cockpit, bass, pitch, folk, fake, wtf, damn')).toEqual([]);
  });
});
