import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { detectLanguage, ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS, verdictOf, WORDS_TO_READ } from '../../src/engine/text/language.js';
import type { LanguageVerdict } from '../../src/engine/types.js';

// The plain statement of the language check, written apart from the fast reader (which reads by character code):
// tokens are runs of letters and apostrophes; a token right after "^", "*", "-" or "#" that follows a space is a
// signature or a tag; read up to 200 tokens; count Latin words, English and other-language function words (a word
// with a diacritic counts as another language's), and other-script letters in words' worth (two letters a word).
// The word lists are the reader's own (this tests the reading, not the choice of words).
const ENGLISH = new Set(ENGLISH_FUNCTION_WORDS.split(' '));
const OTHER = new Set(OTHER_FUNCTION_WORDS.split(' ').filter(Boolean));
const SOME_OTHER = ['gracias', 'pedido', 'und', 'nicht', 'vous', 'merci', 'obrigado', 'grazie', 'het', 'los', 'y', 'et'];

function reference(text: string): LanguageVerdict {
  const tokens: string[] = [];
  // Separators by code unit (the reader's view: an emoji's two surrogates are two separators), hence no `u` flag.
  // eslint-disable-next-line no-misleading-character-class
  for (const m of text.matchAll(/[^\s!-&(-@[-`{-~\u2000-\u2bff\u3000-\u303f\ud800-\udfff\ufe00-\ufe0f\uff00-\uff0f]+/g)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/^(?:\s|^)[\^*#-]$/.test(before) || (m.index === 1 && /^[\^*#-]$/.test(before))) continue;
    tokens.push(m[0]);
  }
  let latin = 0;
  let english = 0;
  let other = 0;
  let otherScript = 0;
  for (const t of tokens.slice(0, WORDS_TO_READ)) {
    if (!/^[a-z'\u00c0-\u024f]+$/.test(t)) otherScript += Math.ceil(t.length / 2);
    else {
      latin++;
      if (ENGLISH.has(t)) english++;
      else if (/[^a-z']/.test(t) || OTHER.has(t)) other++;
    }
  }
  return verdictOf({ latin, english, other, otherScript });
}

const otherLatin = ['pedido', 'gracias', 'envío', 'über', 'façade', 'retard', 'commande', 'alors', 'también', 'mañana', 'ship'];
const otherScript = ['заказ', 'спасибо', '注文', 'ありがとう', 'طلب', 'שלום', '😀', 'ΑΒΓ', 'ご迷惑をおかけしております'];
const noise = ['I', 'THE', 'Sorry', "i'm", 'x2', '42', "''", 'a\u0000b', 'don’t', 'i\u00a0am', 'théâtre', 'ÿ', 'ɏ', 'ɐ', '^KC', '-Tara', '#Win'];
const separators = [' ', '  ', '\n', ', ', '. ', '!', '?', '-', '3', '\t', '\u3000', '\u2028', '(', '"', '/', '`', '~', '{', '。', '😂'];
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ENGLISH) },
  { weight: 2, arbitrary: fc.constantFrom(...SOME_OTHER) },
  { weight: 3, arbitrary: fc.constantFrom(...otherLatin) },
  { weight: 2, arbitrary: fc.constantFrom(...otherScript) },
  { weight: 1, arbitrary: fc.constantFrom(...noise) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const text = fc
  .array(fc.tuple(token, fc.constantFrom(...separators)), { maxLength: 320 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

describe('detectLanguage', () => {
  it('gives the verdict of its plain statement, on any mix of words', () => {
    fc.assert(
      fc.property(text, (t) => {
        // The reader is given lower-cased text (PreparedText.lower); the statement reads the same text.
        expect(detectLanguage(t)).toEqual(reference(t));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads at most 200 words, however long the text', () => {
    const englishThenOther = `${'the order shipped today. '.repeat(60)}${'gracias por su pedido '.repeat(400)}`;
    expect(detectLanguage(englishThenOther).code).toBe('en');
  });

  it('tells English, other languages and short texts apart', () => {
    expect(detectLanguage("i'm so sorry your order has not arrived, we will fix it today.").code).toBe('en');
    expect(detectLanguage('lo siento mucho por el retraso de su pedido, lo revisamos hoy.').code).toBe('other');
    expect(detectLanguage('спасибо за ваш заказ').code).toBe('other');
    expect(detectLanguage('thanks!')).toEqual({ code: 'en', checked: true });
    expect(detectLanguage('')).toEqual({ code: 'unknown', checked: true });
  });

  it('checks short English replies with no function words, signatures and emoji', () => {
    for (const reply of ['lovely photo! enjoy the show 😍 -sam', 'spooky! have fun tonight ^jd', 'good morning becky *kl', 'yay! 🎉🎉']) {
      expect(detectLanguage(reply), reply).toMatchObject({ checked: true });
    }
  });

  it('leaves short replies in other languages unchecked', () => {
    for (const reply of [
      'hola, gracias por escribirnos. ¿nos envías tu número de pedido? ^ana',
      'danke für die nachricht, wir prüfen das gerne für dich.',
      'merci pour votre message, nous regardons cela.',
      'obrigado pelo contato! você pode nos enviar uma dm?',
      'お問い合わせありがとうございます。確認いたします。',
    ]) {
      expect(detectLanguage(reply), reply).toMatchObject({ code: 'other', checked: false });
    }
  });
});

describe('the language verdict in analyze', () => {
  it('does not let markup, links or handles decide: a hostile tag before an apology is checked', () => {
    const result = analyze('<img src=x onerror=alert(1)> Sorry!');
    expect(result.language.checked).toBe(true);
    expect(result.signals.apology.present).toBe(true);
    expect(analyze('@acme_help <b>Thanks</b> https://t.co/abc').signals.gratitude.present).toBe(true);
  });
});
