import type { LanguageVerdict } from '../types.js';

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

// Tokens are runs of anything but spaces and ASCII punctuation (no \p{L}: Unicode classes are several times slower
// here, and a token only needs to be told Latin or not).
const WORD = /[^\s!-&(-@[-`{-~]+/g;
const LATIN_LETTER = /^[a-z'\u00c0-\u024f]+$/;
/** Enough words to judge; reading further changes nothing but the time taken. */
const WORDS_TO_READ = 200;

/** Fewer words than this and the share says little: the rules still run (a "Thanks!" must be credited). */
const MIN_WORDS_TO_JUDGE = 6;
/** English prose runs at 40-55% function words; other Latin-script languages share only a few ("a", "me", "no"). */
const MIN_ENGLISH_SHARE = 0.2;

/** Reads the masked text with its ASCII letters lower-cased (PreparedText.lower). */
export function detectLanguage(lowerText: string): LanguageVerdict {
  let words = 0;
  let english = 0;
  let latin = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lowerText); match !== null && words < WORDS_TO_READ; match = WORD.exec(lowerText)) {
    const word = match[0];
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(word)) {
      english++;
      latin++;
    } else if (LATIN_LETTER.test(word)) latin++;
  }
  if (words === 0) return { code: 'unknown', checked: true };
  if (latin / words < 0.5) return { code: 'other', checked: false };
  if (words < MIN_WORDS_TO_JUDGE) return { code: english > 0 || words <= 2 ? 'unknown' : 'other', checked: english > 0 || words <= 2 };
  return english / words >= MIN_ENGLISH_SHARE ? { code: 'en', checked: true } : { code: 'other', checked: false };
}
