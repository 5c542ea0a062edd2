import type { LanguageVerdict } from '../types.js';
import { isWhitespaceCode } from './chars.js';
import { HASH_SEED, hashStep, WordTable } from './word-table.js';

// Is this text English enough for English rules? A language identifier (franc, cld) answers a harder question more
// slowly and is unreliable on the short texts agents write ("Noted 😊 -Becky"); we only need "does this read as
// English, or clearly as another language?", which counting function words answers in one pass over the words.
//
// Two lists: English function words, and function words of the other languages support teams answer in (Spanish,
// Portuguese, French, German, Italian, Dutch) that are not English words, with any word that carries a diacritic. Words
// both use and English uses far more ("in", "on", "so", "as", "do") count as English; "a", "no", "me" and "i" count
// for neither. A text is another language when it shows more of the other list than of the English one, or when most
// of its letters are in another script; a short text with no sign of another language reads as English ("Creepy! Happy
// Halloween!" must be checked). Signatures ("^KC", "-Becky", "*Kellen"), hashtags and emoji are not words; the masked
// text this reads has markup, links, handles and addresses blanked already.
export const ENGLISH_FUNCTION_WORDS =
  'about after all also am an and any are as at be because been before but by can could did does for from ' +
  'do get got had has have he her here him his how if in into is it its just know let like more my not now of on ' +
  'or our out please since so some than thank thanks that the their them then there these they this those to ' +
  'up us very was we were what when where which while who why will with would you your yours sorry hi hello dear ' +
  "i'm i'll i've it's we're we'll we've you're don't can't that's let's";
export const OTHER_FUNCTION_WORDS =
  // Spanish
  'el la lo le los las del que y en un una por para con es muy gracias hola sus tu te nos se como pero mas si esta ' +
  'estamos hemos puedes podemos favor usted ustedes nuestro nuestra nuestros disculpa disculpas lamentamos sentimos ' +
  'saludos ayudarte ayudar cuenta pedido' +
  // Portuguese
  ' obrigado obrigada voce nao seu sua da na dos das ao pelo pela pedimos aguardamos' +
  // French
  ' les et je vous nous merci bonjour pour pas une des du sur avec votre vos notre cette qui sont avez ' +
  'nos excuses desole' +
  // German
  ' der das und ist nicht ich sie wir ihr ihre ihnen danke bitte mit auf ein eine einen dem zu uns gerne leider ' +
  'hallo bei sich kann wie noch schon auch oder aber dich dir mir mich euch deine dein sind haben wird werden' +
  // Italian
  ' il di che non sono siamo grazie ciao della gli ti ci' +
  // Dutch
  ' het een van niet wij jij bedankt dank voor met';

/** Tokens are runs of anything but spaces, ASCII punctuation other than the apostrophe, digits, and symbols. */
const isSeparatorCode = (code: number) =>
  (code >= 0x21 && code <= 0x26) ||
  (code >= 0x28 && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7e) ||
  // Punctuation, symbols, arrows, dingbats; CJK and full-width punctuation; variation selectors; surrogates (emoji and
  // other astral symbols; astral letters are rare enough in support replies to read as symbols too).
  (code >= 0x2000 && code <= 0x2bff) ||
  (code >= 0x3000 && code <= 0x303f) ||
  (code >= 0xd800 && code <= 0xdfff) ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  (code >= 0xff00 && code <= 0xff0f) ||
  isWhitespaceCode(code);

/** isSeparatorCode for ASCII, read from a table: the test runs on every character the reader reads. */
const ASCII_SEPARATORS = Uint8Array.from({ length: 128 }, (_, code) => +isSeparatorCode(code));
const isSeparator = (code: number) => (code < 128 ? ASCII_SEPARATORS[code] === 1 : isSeparatorCode(code));

/** A token right after one of these, itself right after a space or the start, is a signature or a tag: "^KC", "#Win". */
const isMarkerBeforeName = (code: number) => code === 0x5e /* ^ */ || code === 0x2a /* * */ || code === 0x2d /* - */ || code === 0x23; /* # */

/**
 * The function words in one table (text/word-table.ts), English first: a token is looked up by a hash of its codes,
 * in place, without making a string of it (as a number key it was a 50-bit double, which a Set hashes slowly). Only
 * words of ASCII letters and apostrophes are listed, and only tokens of those, ten at most, are looked up.
 */
const FUNCTION_WORDS = new WordTable();
const listed = (words: string) => words.split(' ').filter((w) => /^[a-z']+$/.test(w));
for (const word of listed(ENGLISH_FUNCTION_WORDS)) FUNCTION_WORDS.add(word);
/** Numbers below this are English words (a word on both lists counts as English, as it is added first). */
const ENGLISH_WORDS = FUNCTION_WORDS.size;
for (const word of listed(OTHER_FUNCTION_WORDS)) FUNCTION_WORDS.add(word);
const LONGEST_KEYED_WORD = 10;

/**
 * Enough words to judge; reading further changes nothing but the time taken, which this bounds (a few microseconds
 * whatever the text's length).
 */
export const WORDS_TO_READ = 200;
/** Fewer Latin words than this (a tweet-length reply) and a text without more of another language's words reads as English. */
const MIN_WORDS_TO_JUDGE = 10;
/** English prose runs at 35-50% function words (of this list); other Latin-script languages at almost none. */
const MIN_ENGLISH_SHARE = 0.15;
/** Letters of another script count as a word for every this many (CJK writes a word in one to three characters). */
const OTHER_SCRIPT_LETTERS_PER_WORD = 2;

interface LanguageCounts {
  /** Latin-script words read (including the function words). */
  latin: number;
  english: number;
  other: number;
  /** Words' worth of letters in another script. */
  otherScript: number;
}

/** The verdict from the counts; exported so the property test can hold the fast reader to this statement. */
export function verdictOf({ latin, english, other, otherScript }: LanguageCounts): LanguageVerdict {
  if (latin === 0 && otherScript === 0) return { code: 'unknown', checked: true };
  if (otherScript > latin || other > english) return { code: 'other', checked: false };
  if (latin < MIN_WORDS_TO_JUDGE) return { code: english > 0 ? 'en' : 'unknown', checked: true };
  return english / latin >= MIN_ENGLISH_SHARE ? { code: 'en', checked: true } : { code: 'other', checked: false };
}

/** Reads the masked text with its ASCII letters lower-cased (PreparedText.lower). */
export function detectLanguage(lowerText: string): LanguageVerdict {
  const counts: LanguageCounts = { latin: 0, english: 0, other: 0, otherScript: 0 };
  let words = 0;
  const length = lowerText.length;
  let i = 0;
  while (i < length && words < WORDS_TO_READ) {
    let code = lowerText.charCodeAt(i);
    if (isSeparator(code)) {
      i++;
      continue;
    }
    const start = i;
    const marked = start > 0 && isMarkerBeforeName(lowerText.charCodeAt(start - 1)) && (start === 1 || isWhitespaceCode(lowerText.charCodeAt(start - 2)));
    // One token: all ASCII letters and apostrophes (then its hash), all Latin letters, or another script's.
    let hash = HASH_SEED;
    let ascii = true;
    let isLatin = true;
    do {
      if ((code >= 0x61 && code <= 0x7a) || code === 0x27) hash = hashStep(hash, code);
      else {
        ascii = false;
        if (code < 0xc0 || code > 0x24f) isLatin = false;
      }
      i++;
    } while (i < length && !isSeparator((code = lowerText.charCodeAt(i))));
    if (marked) continue;
    words++;
    if (!isLatin) {
      counts.otherScript += Math.ceil((i - start) / OTHER_SCRIPT_LETTERS_PER_WORD);
      continue;
    }
    counts.latin++;
    // A word with a diacritic ("você", "não", "también", "für") is another language's: English borrows a handful
    // ("café"), which a reply uses far less often than another language uses its accents.
    if (!ascii) counts.other++;
    if (!ascii || i - start > LONGEST_KEYED_WORD) continue;
    const listedAs = FUNCTION_WORDS.find(lowerText, start, i, hash);
    if (listedAs >= 0) {
      if (listedAs < ENGLISH_WORDS) counts.english++;
      else counts.other++;
    }
  }
  return verdictOf(counts);
}
