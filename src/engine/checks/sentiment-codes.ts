// The sentiment features of sentiment.ts, read by number for the fast linear matcher (checks/linear.ts): the same
// features in the same order, each name a small number, so reading a message builds no string and no object per word.
// sentiment.ts's sentimentFeatures stays the statement (the trainer reads it); test/engine/models.test.ts holds the
// fast matcher, and with it this reading, equal to the reference on real messages.

/** Every sentiment feature's name; a feature's code is its place here. */
export const SENTIMENT_NAMES = [
  '<neg>',
  '<neg+ing>',
  '<neg+ed>',
  '<neg+w>',
  'v:neg1',
  'v:neg2',
  'v:neg3',
  'v:neg4',
  'v:pos1',
  'v:pos2',
  'v:pos3',
  'v:pos4',
  'v:anyneg',
  'v:neg3+',
  'v:neg6+',
  'v:negdom',
  'v:posdom',
] as const;
const NEGATOR = 0;
const NEGATED_WORD = 1; // + ending: <neg+ing>, <neg+ed>, <neg+w>
const NEGATIVE = 3; // + magnitude 1..4
const POSITIVE = 7; // + magnitude 1..4
const ANY_NEGATIVE = 12;
const NEGATIVE_3 = 13;
const NEGATIVE_6 = 14;
const NEGATIVE_DOMINANT = 15;
const POSITIVE_DOMINANT = 16;

/** What the word after a negator ends with, as sentiment.ts names it: "<neg+ing>", "<neg+ed>", "<neg+w>". */
export const ENDING_ING = 0;
export const ENDING_ED = 1;
export const ENDING_OTHER = 2;

/**
 * A message's words as the reader needs them, by word: where it stands, whether it negates, its valence (NaN: none),
 * and its ending (read only for a word after a negator that does not negate itself).
 */
interface SentimentWords {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  negates: readonly boolean[];
  valence: readonly number[];
  ending: readonly number[];
}

/** The sentiment features found, in sentiment.ts's order: codes (places in SENTIMENT_NAMES) and spans. */
export interface SentimentCodes {
  codes: number[];
  starts: number[];
  ends: number[];
}

/** sentimentFeatures (sentiment.ts), step for step, over numbers. */
export function readSentimentCodes(words: SentimentWords): SentimentCodes {
  const { count, starts, ends, negates, valence, ending } = words;
  const out: SentimentCodes = { codes: [], starts: [], ends: [] };
  const emit = (code: number, start: number, end: number) => {
    out.codes.push(code);
    out.starts.push(start);
    out.ends.push(end);
  };
  // The words of each sign, by number, for the features that span all of them.
  const negative: number[] = [];
  const positive: number[] = [];
  let negativeSum = 0;
  let positiveSum = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (negates[i]) {
      emit(NEGATOR, start, end);
      if (i + 1 < count && !negates[i + 1]) emit(NEGATED_WORD + (ending[i + 1] as number), start, ends[i + 1] as number);
    }
    const rated = valence[i] as number;
    if (Number.isNaN(rated)) continue;
    const negated = (i > 0 && negates[i - 1]) || (i > 1 && negates[i - 2]);
    const value = negated ? -rated : rated;
    const magnitude = Math.min(Math.abs(value), 4);
    if (value < 0) {
      negativeSum += -value;
      negative.push(i);
      emit(NEGATIVE + magnitude, start, end);
    } else if (value > 0) {
      positiveSum += value;
      positive.push(i);
      emit(POSITIVE + magnitude, start, end);
    }
  }
  const each = (code: number, spans: readonly number[]) => {
    for (const i of spans) emit(code, starts[i] as number, ends[i] as number);
  };
  if (negativeSum >= 1) each(ANY_NEGATIVE, negative);
  if (negativeSum >= 3) each(NEGATIVE_3, negative);
  if (negativeSum >= 6) each(NEGATIVE_6, negative);
  if (negativeSum > positiveSum) each(NEGATIVE_DOMINANT, negative);
  if (positiveSum > negativeSum) each(POSITIVE_DOMINANT, positive);
  return out;
}
