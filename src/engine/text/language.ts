import type { LanguageVerdict } from '../types.js';
import { isWhitespaceCode } from './chars.js';

// Is this text English enough for English rules? A language identifier (franc, cld) answers a harder question more
// slowly and is unreliable on the short texts agents write; we only need "are most of the common words English?",
// which the share of English function words answers in one pass over the words, well within a keystroke's budget.
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'a about after all also am an and any are as at be because been before but by can could did do does for from ' +
    'get got had has have he her here him his how i if in into is it its just know let like me more my no not now of ' +
    'on or our out please since so some than thank thanks that the their them then there these they this those to ' +
    'up us very was we were what when where which while who why will with would you your yours sorry hi hello dear ' +
    'i\'m i\'ll i\'ve it\'s we\'re we\'ll we\'ve you\'re don\'t can\'t that\'s let\'s'
  ).split(' '),
);

// Tokens are runs of anything but spaces and ASCII punctuation other than the apostrophe; digits separate too. The
// text is read by character code rather than with a token regular expression: this runs on every keystroke, and a
// string per token plus a Set lookup by string cost more than all of the rules' cheaper checks together.
const isSeparator = (code: number) =>
  (code >= 0x21 && code <= 0x26) ||
  (code >= 0x28 && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7e) ||
  isWhitespaceCode(code);

/**
 * A token of ASCII letters and apostrophes as a number (a = 1 ... z = 26, ' = 27, base 32), so a token is looked up
 * without making a string of it. No digit is 0, so different tokens get different keys; a double holds ten digits.
 */
const APOSTROPHE_DIGIT = 27;
const keyDigit = (code: number) => (code === 0x27 ? APOSTROPHE_DIGIT : code - 0x60);
const keyOf = (word: string) => [...word].reduce((key, ch) => key * 32 + keyDigit(ch.charCodeAt(0)), 0);
const FUNCTION_WORD_KEYS = new Set([...ENGLISH_FUNCTION_WORDS].map(keyOf));
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/** Enough words to judge; reading further changes nothing but the time taken. */
const WORDS_TO_READ = 200;

/** Fewer words than this and the share says little: the rules still run (a "Thanks!" must be credited). */
const MIN_WORDS_TO_JUDGE = 6;
/** English prose runs at 40-55% function words; other Latin-script languages share only a few ("a", "me", "no"). */
const MIN_ENGLISH_SHARE = 0.2;
/** Below this share of Latin-script words the text is not English whatever its function words. */
const MIN_LATIN_SHARE = 0.5;

function verdict(words: number, english: number, latin: number): LanguageVerdict {
  if (words === 0) return { code: 'unknown', checked: true };
  if (latin / words < MIN_LATIN_SHARE) return { code: 'other', checked: false };
  if (words < MIN_WORDS_TO_JUDGE) return { code: english > 0 || words <= 2 ? 'unknown' : 'other', checked: english > 0 || words <= 2 };
  return english / words >= MIN_ENGLISH_SHARE ? { code: 'en', checked: true } : { code: 'other', checked: false };
}

/**
 * Counts that make the text English even if every word still unread were neither English nor Latin: reading stops
 * there (an ordinary reply gets there about halfway through its words). Found with `verdict` itself, so the early
 * answer is the one reading on would give.
 */
const leastCount = (share: number) => {
  let count = 0;
  while (count / WORDS_TO_READ < share) count++;
  return count;
};
const SURELY_ENGLISH = { english: leastCount(MIN_ENGLISH_SHARE), latin: leastCount(MIN_LATIN_SHARE) };

/** Reads the masked text with its ASCII letters lower-cased (PreparedText.lower). */
export function detectLanguage(lowerText: string): LanguageVerdict {
  let words = 0;
  let english = 0;
  let latin = 0;
  const length = lowerText.length;
  let i = 0;
  while (i < length && words < WORDS_TO_READ) {
    let code = lowerText.charCodeAt(i);
    if (isSeparator(code)) {
      i++;
      continue;
    }
    // One token: is it all ASCII letters and apostrophes (then its key), or at least all Latin letters?
    let key = 0;
    let ascii = true;
    let isLatin = true;
    const start = i;
    do {
      if ((code >= 0x61 && code <= 0x7a) || code === 0x27) key = key * 32 + keyDigit(code);
      else {
        ascii = false;
        if (code < 0xc0 || code > 0x24f) isLatin = false;
      }
      i++;
    } while (i < length && !isSeparator((code = lowerText.charCodeAt(i))));
    words++;
    if (ascii && i - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORD_KEYS.has(key)) {
      english++;
      latin++;
      if (english >= SURELY_ENGLISH.english && latin >= SURELY_ENGLISH.latin) return verdict(WORDS_TO_READ, english, latin);
    } else if (isLatin) latin++;
  }
  return verdict(words, english, latin);
}
