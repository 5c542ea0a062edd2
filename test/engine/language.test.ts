import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/engine/text/language.js';
import type { LanguageVerdict } from '../../src/engine/types.js';

// The plain statement of the language check: read up to 200 tokens, count English function words and Latin-script
// words, judge by their shares. detectLanguage reads by character code and stops once the verdict cannot change; it
// must agree with this on every text.
const FUNCTION_WORDS = new Set(
  (
    'a about after all also am an and any are as at be because been before but by can could did do does for from ' +
    'get got had has have he her here him his how i if in into is it its just know let like me more my no not now of ' +
    'on or our out please since so some than thank thanks that the their them then there these they this those to ' +
    'up us very was we were what when where which while who why will with would you your yours sorry hi hello dear ' +
    "i'm i'll i've it's we're we'll we've you're don't can't that's let's"
  ).split(' '),
);
function reference(text: string): LanguageVerdict {
  const tokens = (text.match(/[^\s!-&(-@[-`{-~]+/g) ?? []).slice(0, 200);
  const words = tokens.length;
  const english = tokens.filter((t) => FUNCTION_WORDS.has(t)).length;
  const latin = tokens.filter((t) => FUNCTION_WORDS.has(t) || /^[a-z'\u00c0-\u024f]+$/.test(t)).length;
  if (words === 0) return { code: 'unknown', checked: true };
  if (latin / words < 0.5) return { code: 'other', checked: false };
  if (words < 6) return { code: english > 0 || words <= 2 ? 'unknown' : 'other', checked: english > 0 || words <= 2 };
  return english / words >= 0.2 ? { code: 'en', checked: true } : { code: 'other', checked: false };
}

const english = [...FUNCTION_WORDS];
const otherLatin = ['pedido', 'gracias', 'envío', 'über', 'façade', 'retard', 'commande', 'alors', 'también', 'mañana', 'ship'];
const otherScript = ['заказ', 'спасибо', '注文', 'ありがとう', 'طلب', 'שלום', '😀', 'ΑΒΓ'];
const noise = ['I', 'THE', 'Sorry', "i'm", 'x2', '42', "''", 'a\u0000b', 'don’t', 'i\u00a0am', 'théâtre', 'ÿ', 'ɏ', 'ɐ'];
const separators = [' ', '  ', '\n', ', ', '. ', '!', '?', '-', '3', '\t', '\u3000', '\u2028', '(', '"', '/', '`', '~', '{'];
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...english) },
  { weight: 3, arbitrary: fc.constantFrom(...otherLatin) },
  { weight: 2, arbitrary: fc.constantFrom(...otherScript) },
  { weight: 1, arbitrary: fc.constantFrom(...noise) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const text = fc
  .array(fc.tuple(token, fc.constantFrom(...separators)), { maxLength: 320 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

describe('detectLanguage', () => {
  it('gives the verdict of reading the first 200 tokens, on any mix of words', () => {
    fc.assert(fc.property(text, (t) => {
        expect(detectLanguage(t)).toEqual(reference(t));
      }), { numRuns: 1500 });
  });

  it('stops early only when the rest cannot change the verdict', () => {
    const words = (word: string, count: number) => `${word} `.repeat(count);
    const cases = [
      // 40 English and 100 Latin words, then 100 words of another script: still English (exactly the threshold).
      words('the', 40) + words('pedido', 60) + words('заказ', 100),
      // One English word fewer, and the other script wins, though 100 Latin words were read before it.
      words('pedido', 61) + words('the', 39) + words('заказ', 100),
      // One Latin word fewer.
      words('the', 40) + words('pedido', 59) + words('заказ', 101),
      // Enough of both early, then anything: English.
      words('the', 100) + words('заказ', 500),
      // Not yet enough of one of them when the other is reached: reading on finds English.
      words('pedido', 65) + words('the', 55),
      words('the', 40) + words('pedido', 109),
    ];
    expect(cases.map((t) => detectLanguage(t).code)).toEqual(['en', 'other', 'other', 'en', 'en', 'en']);
    for (const t of cases) expect(detectLanguage(t)).toEqual(reference(t));
  });

  it('tells English, other languages and short texts apart', () => {
    expect(detectLanguage("i'm so sorry your order has not arrived, we will fix it today.").code).toBe('en');
    expect(detectLanguage('lo siento mucho por el retraso de su pedido, lo revisamos hoy.').code).toBe('other');
    expect(detectLanguage('спасибо за ваш заказ').code).toBe('other');
    expect(detectLanguage('thanks!')).toEqual({ code: 'unknown', checked: true });
    expect(detectLanguage('')).toEqual({ code: 'unknown', checked: true });
  });
});
