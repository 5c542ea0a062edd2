import type { PreparedText } from '../text/prepared.js';
import { HASH_SEED, hashStep, WordTable } from '../text/word-table.js';
import { ENDING_ED, ENDING_ING, ENDING_OTHER, readSentimentCodes, type SentimentCodes } from './sentiment-codes.js';
import { negates, NEGATORS, VALENCE } from './sentiment.js';

// A message's tokens as the linear models read them (linear.ts's TOKEN, "&amp;"-words skipped, digits folded to "0"),
// read once per text by character code and shared by every model. Each token is found in one vocabulary of the words
// any model or the sentiment list knows, by a hash of its codes and in place in the text: a model then finds its
// features by number in arrays, where looking a token up by name in a Map would cost a fresh string and its hash.

/**
 * The words models know, numbered; with, by number, whether the word negates and its valence (NaN: none), which the
 * sentiment reading needs. Pairs of numbers make one key (linear.ts), so the numbers stay below 2^15.
 */
const VOCABULARY = new WordTable();
export const VOCABULARY_LIMIT = 1 << 15;
const negatesById: boolean[] = [];
const valenceById: number[] = [];

/** The word's number in the vocabulary, adding it when it is new. */
export function vocabularyId(word: string): number {
  const id = VOCABULARY.add(word);
  if (id === negatesById.length) {
    if (id >= VOCABULARY_LIMIT) throw new Error(`linear models: more than ${VOCABULARY_LIMIT} words`);
    negatesById.push(negates(word));
    const rated = VALENCE.get(word);
    // Codes of sentiment-codes.ts stand for whole magnitudes: AFINN-165 rates in whole numbers from -5 to 5.
    if (rated !== undefined && !(Number.isInteger(rated) && rated !== 0 && Math.abs(rated) <= 5)) throw new Error(`sentiment: ${word} rated ${rated}`);
    valenceById.push(rated ?? Number.NaN);
  }
  return id;
}

/** The word numbered `id` (its name: a token of letters found in the vocabulary is its own name). */
export const vocabularyWord = (id: number): string => VOCABULARY.wordAt(id);
export const vocabularySize = (): number => VOCABULARY.size;

let sentimentWordsKnown = false;
/** Puts the sentiment list's words into the vocabulary: a model that weighs sentiment needs every rated word found. */
export function knowSentimentWords(): void {
  if (sentimentWordsKnown) return;
  sentimentWordsKnown = true;
  for (const word of VALENCE.keys()) vocabularyId(word);
  for (const word of NEGATORS) vocabularyId(word);
}

/** A text's tokens, and its other features. */
export interface Tokens {
  text: PreparedText;
  /** The vocabulary's size when the tokens were read: a word added since would not have been found. */
  vocabularySize: number;
  count: number;
  /** The vocabulary number of each token's name, or -1. */
  ids: number[];
  starts: number[];
  ends: number[];
  /** bigram[i]: token i - 1 and token i make a bigram (only spaces, tabs and commas between them). */
  bigram: boolean[];
  /** lettersOnly[i]: token i has no digit, so it is letters and apostrophes and has character grams (char-grams.ts's WORD). */
  lettersOnly: boolean[];
  /** Emoji, then marks, then runs of capitals: the features after the words, in the reference's order. */
  extraNames: string[];
  extraStarts: number[];
  extraEnds: number[];
  /** Sentiment features of the words, read the first time a model that weighs them asks. */
  sentiment?: SentimentCodes;
}

// As linear.ts reads them for the reference (kept here apart so this file stands alone).
const EMOJI = /\p{Extended_Pictographic}/gu;
/** The code units an emoji can start with, by code: linear.ts's MAY_HOLD_EMOJI, [\u00a9\u00ae\u203c-\u3299\ud800-\udfff]. */
const mayBeEmoji = (code: number) => code === 0xa9 || code === 0xae || (code >= 0x203c && code <= 0x3299) || (code >= 0xd800 && code <= 0xdfff);
const DIGITS = /[0-9]+/g;
const MARKS = /!{2,}|\?{2,}|[!?]*(?:\?!|!\?)[!?]*|[!?]/g;
const TWO_CAPITALS = /[A-Z]{2}/;
const CAPS_RUN = /\b[A-Z]{2,}(?:'[A-Z]+)?(?:[ \t,]+[A-Z]{2,}(?:'[A-Z]+)?)+\b/g;

const isTokenCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;
const APOSTROPHE = 0x27;

let lastTokens: Tokens | null = null;

export function tokensOf(text: PreparedText): Tokens {
  if (lastTokens && lastTokens.text === text && lastTokens.vocabularySize === VOCABULARY.size) return lastTokens;
  const { lower, masked } = text;
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const bigram: boolean[] = [];
  const lettersOnly: boolean[] = [];
  const length = lower.length;
  let prevEnd = -1;
  let i = 0;
  // What the characters between tokens hold, noted on the way: whether the emoji and marks passes below can find
  // anything (a token holds neither), without a scan of the text for each.
  let mayHoldEmoji = false;
  let hasMark = false;
  while (i < length) {
    const code = lower.charCodeAt(i);
    if (!isTokenCode(code)) {
      if (code === 0x21 || code === 0x3f) hasMark = true;
      else if (code > 0x7f && mayBeEmoji(code)) mayHoldEmoji = true;
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    let hash = HASH_SEED;
    while (i < length) {
      const c = lower.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) i++;
      else if (c >= 0x30 && c <= 0x39) {
        digits = true;
        i++;
      } else break;
      hash = hashStep(hash, c);
    }
    // (?:'[a-z]+)*
    while (i + 1 < length && lower.charCodeAt(i) === APOSTROPHE && isLetterCode(lower.charCodeAt(i + 1))) {
      hash = hashStep(hash, APOSTROPHE);
      i++;
      while (i < length && isLetterCode(lower.charCodeAt(i))) hash = hashStep(hash, lower.charCodeAt(i++));
    }
    if (start > 0 && lower.charCodeAt(start - 1) === 0x26 /* & */) continue;
    // A token with digits is named with each run folded to "0", so it is looked up by that name (rare).
    ids.push(digits ? VOCABULARY.findWord(lower.slice(start, i).replace(DIGITS, '0')) : VOCABULARY.find(lower, start, i, hash));
    lettersOnly.push(!digits);
    starts.push(start);
    ends.push(i);
    let gap = prevEnd >= 0;
    for (let g = prevEnd; gap && g < start; g++) {
      const c = lower.charCodeAt(g);
      if (c !== 0x20 && c !== 0x09 && c !== 0x2c) gap = false;
    }
    bigram.push(gap);
    prevEnd = i;
  }
  const extraNames: string[] = [];
  const extraStarts: number[] = [];
  const extraEnds: number[] = [];
  const extra = (name: string, start: number, end: number) => {
    extraNames.push(name);
    extraStarts.push(start);
    extraEnds.push(end);
  };
  if (mayHoldEmoji) {
    EMOJI.lastIndex = 0;
    for (let m = EMOJI.exec(lower); m !== null; m = EMOJI.exec(lower)) extra(m[0], m.index, m.index + m[0].length);
  }
  if (hasMark) {
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(lower); m !== null; m = MARKS.exec(lower))
      extra(m[0].length > 1 ? '<!?>' : m[0] === '?' ? '<?>' : '<!>', m.index, m.index + m[0].length);
  }
  if (TWO_CAPITALS.test(masked)) {
    CAPS_RUN.lastIndex = 0;
    for (let m = CAPS_RUN.exec(masked); m !== null; m = CAPS_RUN.exec(masked))
      if (m[0].replace(/[^A-Z]/g, '').length >= 6) extra('<caps>', m.index, m.index + m[0].length);
  }
  lastTokens = {
    text,
    vocabularySize: VOCABULARY.size,
    count: ids.length,
    ids,
    starts,
    ends,
    bigram,
    lettersOnly,
    extraNames,
    extraStarts,
    extraEnds,
  };
  return lastTokens;
}

/** Whether text[start, end) ends with `suffix` (a token's name ends as its text does: digits fold, letters stay). */
const endsWith = (text: string, end: number, start: number, suffix: string) =>
  end - start >= suffix.length && text.startsWith(suffix, end - suffix.length);

/** The sentiment features of a text's tokens (the tokens are sentimentFeatures' words: every token is a WORD). */
export function sentimentOf(t: Tokens): SentimentCodes {
  if (!t.sentiment) {
    const { lower } = t.text;
    const negatesAt: boolean[] = [];
    const valence: number[] = [];
    const ending: number[] = [];
    for (let i = 0; i < t.count; i++) {
      const id = t.ids[i] as number;
      // A word the vocabulary does not hold is no negator by name and has no valence; it may still end in "n't".
      negatesAt.push(id >= 0 ? (negatesById[id] as boolean) : endsWith(lower, t.ends[i] as number, t.starts[i] as number, "n't"));
      valence.push(id >= 0 ? (valenceById[id] as number) : Number.NaN);
    }
    // A word's ending is read only after a negator, the one place the reading asks for it (most messages have none).
    for (let i = 0; i < t.count; i++) {
      const start = t.starts[i] as number;
      const end = t.ends[i] as number;
      const read = i > 0 && negatesAt[i - 1] === true && !negatesAt[i];
      ending.push(!read ? ENDING_OTHER : endsWith(lower, end, start, 'ing') ? ENDING_ING : endsWith(lower, end, start, 'ed') ? ENDING_ED : ENDING_OTHER);
    }
    t.sentiment = readSentimentCodes({ count: t.count, starts: t.starts, ends: t.ends, negates: negatesAt, valence, ending });
  }
  return t.sentiment;
}
