import type { LinearCheck } from '../rules/rule.js';
import type { PreparedText } from '../text/prepared.js';
import { addCharGramScore, CHAR_GRAM_PREFIX, charGramWeights, charGrams } from './char-grams.js';
import { IntTable } from './int-table.js';
import { knowSentimentWords, sentimentOf, tokensOf, VOCABULARY_LIMIT, vocabularyId, vocabularySize, vocabularyWord, type Tokens } from './linear-tokens.js';
import type { Match, Matcher } from './match.js';
import { SENTIMENT_NAMES } from './sentiment-codes.js';
import { isSentimentFeature, sentimentFeatures } from './sentiment.js';

// A linear model over a message's features: the learned part of the customer-side signals, for the many ways of
// complaining that no list of phrasings reaches. Features are read here and nowhere else: scripts/train.mjs trains on
// exactly these (it imports this file), so the weights it writes mean the same thing at run time.
//
// Features (binary: present or not):
// - word unigrams of PreparedText.lower (handles and URLs already blanked), digits folded to "0" ("7th" -> "0th"),
//   and emoji, one each;
// - word bigrams, "still waiting", of two words with only spaces or commas between them (not across a sentence end);
// - a few marks: "<!?>" a run of "!!", "??", "?!"; "<?>" a question mark; "<!>" an exclamation mark; "<caps>" two or
//   more words in capitals in a row (shouting, not one acronym).

/** One occurrence of a feature, in the prepared text's offsets. */
interface FeatureOccurrence {
  name: string;
  start: number;
  end: number;
}

// Words are read without the `u` flag (Unicode-mode matching is several times slower); emoji, in their own pass, only
// when the text has a character that can be one. An emoji never joins a bigram either way: a gap holding one is not
// a bigram gap.
const TOKEN = /[a-z0-9]+(?:'[a-z]+)*/g;
const EMOJI = /\p{Extended_Pictographic}/gu;
const MAY_HOLD_EMOJI = /[\u00a9\u00ae\u203c-\u3299\ud800-\udfff]/;
const DIGITS = /[0-9]+/g;
const HAS_DIGIT = /[0-9]/;
const BIGRAM_GAP = /^[ \t,]*$/;
const MARKS = /!{2,}|\?{2,}|[!?]*(?:\?!|!\?)[!?]*|[!?]/g;
const CAPS_RUN = /\b[A-Z]{2,}(?:'[A-Z]+)?(?:[ \t,]+[A-Z]{2,}(?:'[A-Z]+)?)+\b/g;

/** Features are read once per text, however many models score it (most of a model's cost is reading them). */
const featureCache = new WeakMap<PreparedText, readonly FeatureOccurrence[]>();

/** Every feature occurrence of a text: words and bigrams in reading order, then emoji, then marks. */
export function linearFeatures(text: PreparedText): readonly FeatureOccurrence[] {
  let features = featureCache.get(text);
  if (!features) {
    features = readFeatures(text);
    featureCache.set(text, features);
  }
  return features;
}

function readFeatures(text: PreparedText): FeatureOccurrence[] {
  const { lower, masked } = text;
  const out: FeatureOccurrence[] = [];
  let prev: FeatureOccurrence | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    // "&amp;" in tweets is an escaped "&", not a word.
    if (m.index > 0 && lower.charCodeAt(m.index - 1) === 0x26 /* & */) continue;
    const name = HAS_DIGIT.test(m[0]) ? m[0].replace(DIGITS, '0') : m[0];
    const token = { name, start: m.index, end: m.index + m[0].length };
    out.push(token);
    // Most gaps are one space: tested without slicing the text.
    if (prev && ((token.start === prev.end + 1 && lower.charCodeAt(prev.end) === 0x20) || BIGRAM_GAP.test(lower.slice(prev.end, token.start))))
      out.push({ name: `${prev.name} ${name}`, start: prev.start, end: token.end });
    prev = token;
  }
  if (MAY_HOLD_EMOJI.test(lower)) {
    EMOJI.lastIndex = 0;
    for (let m = EMOJI.exec(lower); m !== null; m = EMOJI.exec(lower)) out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(lower); m !== null; m = MARKS.exec(lower)) {
    const name = m[0].length > 1 ? '<!?>' : m[0] === '?' ? '<?>' : '<!>';
    out.push({ name, start: m.index, end: m.index + m[0].length });
  }
  if (/[A-Z]{2}/.test(masked)) {
    CAPS_RUN.lastIndex = 0;
    for (let m = CAPS_RUN.exec(masked); m !== null; m = CAPS_RUN.exec(masked))
      if (m[0].replace(/[^A-Z]/g, '').length >= 6) out.push({ name: '<caps>', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Character grams are read only for models that use them, once per text (checks/char-grams.ts). */
const charGramCache = new WeakMap<PreparedText, readonly FeatureOccurrence[]>();

/** The word features and, after them, the words' character grams. */
export function linearFeaturesWithCharGrams(text: PreparedText): readonly FeatureOccurrence[] {
  let features = charGramCache.get(text);
  if (!features) {
    const words = linearFeatures(text);
    features = [...words, ...charGrams(words)];
    charGramCache.set(text, features);
  }
  return features;
}

/** Sentiment features are read only for models that weigh them, once per text (checks/sentiment.ts). */
const sentimentCache = new WeakMap<PreparedText, readonly FeatureOccurrence[]>();

export function linearSentimentFeatures(text: PreparedText): readonly FeatureOccurrence[] {
  let features = sentimentCache.get(text);
  if (!features) {
    features = sentimentFeatures(linearFeatures(text));
    sentimentCache.set(text, features);
  }
  return features;
}

/**
 * The distinct feature names of a text, sorted: what the trainer sees (with character grams and sentiment features
 * when the model has them).
 */
export function featureNames(text: PreparedText, options: { charGrams?: boolean; sentiment?: boolean } = {}): string[] {
  const features = options.charGrams ? linearFeaturesWithCharGrams(text) : linearFeatures(text);
  const sentiment = options.sentiment ? linearSentimentFeatures(text) : [];
  return [...new Set([...features, ...sentiment].map((f) => f.name))].sort();
}

/**
 * Features shown as evidence only when nothing else carried the score: a lone "?" or "and" explains nothing to the
 * agent, though it counts in the score.
 */
const WEAK_EVIDENCE = new Set(
  '<?> <!> <neg> 0 a an and are as at be but by for from i i\'m in is it it\'s me my of on or so that the this to was we were with you your'.split(' '),
);

// The matcher reads the same features without building them: a text's tokens are read once by character code and
// found in one vocabulary (checks/linear-tokens.ts, shared by every model through a one-entry cache); each model turns
// its weights into numbered features (words by vocabulary number, bigrams by the pair of numbers, character grams by a
// numeric key, sentiment features by code, marks and emoji by name) and marks the ones a text holds in a typed array
// stamped per call. Scores are summed in the reference's order (word features in reading order, then emoji, marks,
// capitals; character grams apart, then added; then sentiment), so they are the same numbers to the last bit;
// occurrences are read only for the few features a positive shows as evidence.

const SPACE_CODE = 0x20;
/** Two vocabulary numbers as one key of a bigram. */
const pairKey = (first: number, second: number) => first * VOCABULARY_LIMIT + second;

/** What a numbered feature is, for finding its occurrences (evidence). */
type FeatureKind =
  | { kind: 'single'; name: string; word: number }
  | { kind: 'pair'; first: number; second: number }
  | { kind: 'gram' }
  | { kind: 'sentiment'; code: number };

export function linearMatcher(check: LinearCheck): Matcher {
  const { bias } = check.model;
  const top = check.evidence ?? 3;
  const weighsSentiment = Object.keys(check.model.weights).some(isSentimentFeature);
  if (weighsSentiment) knowSentimentWords();
  // Numbered features: names, weights and kinds by number; the number of a word, a pair, a gram key, a mark's name.
  const names: string[] = [];
  const weightOf: number[] = [];
  const kinds: FeatureKind[] = [];
  const byName = new Map<string, number>();
  const wordFeatures: Array<readonly [word: number, id: number]> = [];
  const pairFeatures: Array<readonly [key: number, id: number]> = [];
  const number = (name: string, weight: number, kind: FeatureKind) => {
    names.push(name);
    weightOf.push(weight);
    kinds.push(kind);
    return names.length - 1;
  };
  for (const [name, weight] of Object.entries(check.model.weights)) {
    // Character grams are numbered below by key (a name of another length is never read).
    if (name.startsWith(CHAR_GRAM_PREFIX)) continue;
    const space = name.indexOf(' ');
    if (isSentimentFeature(name)) byName.set(name, number(name, weight, { kind: 'sentiment', code: SENTIMENT_NAMES.indexOf(name as never) }));
    else if (space < 0) {
      // A word, or a mark or an emoji (never a token, so its vocabulary number is never met).
      const word = vocabularyId(name);
      const id = number(name, weight, { kind: 'single', name, word });
      byName.set(name, id);
      wordFeatures.push([word, id]);
    } else if (space > 0 && name.indexOf(' ', space + 1) < 0 && space < name.length - 1) {
      const first = vocabularyId(name.slice(0, space));
      const second = vocabularyId(name.slice(space + 1));
      pairFeatures.push([pairKey(first, second), number(name, weight, { kind: 'pair', first, second })]);
    }
    // Any other name has a space where no word feature has one: it never matches (a gram's is read below).
  }
  // By vocabulary number: the word's feature, or -1 (numbers added after this model are past the end: none).
  const byWord = new Int32Array(Math.max(0, ...wordFeatures.map(([word]) => word + 1))).fill(-1);
  for (const [word, id] of wordFeatures) byWord[word] = id;
  const byPair = new IntTable(pairFeatures);
  // A gram of a character beyond ASCII has a key at or past 2^28 and is never met: a word's grams are ASCII.
  const byGram = new IntTable(
    [...charGramWeights(check.model.weights)]
      .filter(([key]) => key < 2 ** 28)
      .map(([key, { name, weight }]) => [key, number(name, weight, { kind: 'gram' })] as const),
  );
  const hasGrams = byGram.size > 0;
  // By vocabulary number, the features of the word's weighted grams in its order (twice when it has one twice), read
  // the first time a text holds the word: gramList[gramFrom[word] ...] for gramCount[word] (gramFrom -1: not read yet).
  // Sized on the first call, when every model has put its words into the vocabulary; a word added later is read in place.
  let gramFrom = new Int32Array(0);
  let gramCount = new Uint8Array(0);
  const gramList: number[] = [];
  const readGramsOf = (word: number) => {
    const name = vocabularyWord(word);
    gramFrom[word] = gramList.length;
    let key = SPACE_CODE;
    for (let j = 0; j <= name.length; j++) {
      key = ((key & 0x1fffff) << 7) | (j < name.length ? name.charCodeAt(j) : SPACE_CODE);
      if (j < 2) continue;
      const id = byGram.get(key);
      if (id >= 0) gramList.push(id);
    }
    gramCount[word] = gramList.length - (gramFrom[word] as number);
  };
  // By sentiment code: the model's feature, or -1.
  const bySentiment = SENTIMENT_NAMES.map((name) => byName.get(name) ?? -1);
  const weak = names.map((name) => WEAK_EVIDENCE.has(name));
  const seen = new Uint32Array(names.length);
  let stamp = 0;
  // Scratch kept between texts, read up to a count (emptying an array by setting its length lets go of its storage).
  /** The features present, in the order the reference meets them: present[0, presentCount). */
  const present: number[] = [];
  let presentCount = 0;
  /**
   * Every weighted gram met, as (feature, token) in reading order, a gram twice in a word twice: where a gram shown as
   * evidence occurs, without reading the words again. gramHits[0, gramHitCount).
   */
  const gramHits: number[] = [];
  let gramHitCount = 0;
  const take = (id: number) => {
    seen[id] = stamp;
    present[presentCount++] = id;
    return weightOf[id] as number;
  };

  return (text) => {
    const t = tokensOf(text);
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    presentCount = 0;
    gramHitCount = 0;
    let score = bias;
    // No closure over `score`: a captured number that changes is boxed anew at every change.
    const { count, ids, bigram, lettersOnly } = t;
    const words = byWord.length;
    for (let i = 0; i < count; i++) {
      const word = ids[i] as number;
      if (word < 0) continue; // no feature holds a word the vocabulary does not know, nor a pair with it
      let id = word < words ? (byWord[word] as number) : -1;
      if (id >= 0 && seen[id] !== stamp) score += take(id);
      if (bigram[i]) {
        const before = ids[i - 1] as number;
        id = before >= 0 ? byPair.get(pairKey(before, word)) : -1;
        if (id >= 0 && seen[id] !== stamp) score += take(id);
      }
    }
    for (const name of t.extraNames) {
      const id = byName.get(name);
      if (id !== undefined && seen[id] !== stamp) score += take(id);
    }
    if (hasGrams) {
      if (gramFrom.length === 0) {
        gramFrom = new Int32Array(vocabularySize()).fill(-1);
        gramCount = new Uint8Array(gramFrom.length);
      }
      const { lower } = text;
      let sum = 0;
      for (let i = 0; i < count; i++) {
        if (!lettersOnly[i]) continue;
        const word = ids[i] as number;
        if (word >= 0 && word < gramFrom.length) {
          // A known word's weighted grams are the same in every text: read from its list, in the word's order.
          if ((gramFrom[word] as number) < 0) readGramsOf(word);
          const from = gramFrom[word] as number;
          for (let g = from, to = from + (gramCount[word] as number); g < to; g++) {
            const id = gramList[g] as number;
            gramHits[gramHitCount++] = id;
            gramHits[gramHitCount++] = i;
            if (seen[id] !== stamp) sum += take(id);
          }
          continue;
        }
        // The padded word " w " four codes at a time, as a rolling key (every code is below 128); a token of letters
        // is its own name, read in place.
        const start = t.starts[i] as number;
        const end = t.ends[i] as number;
        let key = SPACE_CODE;
        for (let j = start; j <= end; j++) {
          key = ((key & 0x1fffff) << 7) | (j < end ? lower.charCodeAt(j) : SPACE_CODE);
          if (j < start + 2) continue;
          const id = byGram.get(key);
          if (id < 0) continue;
          gramHits[gramHitCount++] = id;
          gramHits[gramHitCount++] = i;
          if (seen[id] !== stamp) sum += take(id);
        }
      }
      score += sum;
    }
    if (weighsSentiment) {
      const { codes } = sentimentOf(t);
      for (let s = 0; s < codes.length; s++) {
        const id = bySentiment[codes[s] as number] as number;
        if (id >= 0 && seen[id] !== stamp) score += take(id);
      }
    }
    if (score <= check.threshold) return [];
    // The evidence, as the reference chooses it: the positive features (the strong ones when there are any) by weight,
    // then name, each showing its occurrences not yet covered, until `top` have shown some.
    const positive: number[] = [];
    for (let p = 0; p < presentCount; p++) if ((weightOf[present[p] as number] as number) > 0) positive.push(present[p] as number);
    const strong = positive.filter((id) => !weak[id]);
    const ranked = strong.length > 0 ? strong : positive;
    const spans: Match[] = [];
    const covered = (start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);
    let chosen = 0;
    // The next best is picked in turn rather than sorting the whole list: most texts need the first three of dozens.
    // Weight then name is a total order (names differ), so this is the sort's order.
    for (let left = ranked.length; left > 0 && chosen < top; left--) {
      let best = 0;
      for (let r = 1; r < left; r++) if (outranks(ranked[r] as number, ranked[best] as number)) best = r;
      const id = ranked[best] as number;
      ranked[best] = ranked[left - 1] as number;
      const mine = occurrencesOf(t, id, kinds[id] as FeatureKind, gramHits, gramHitCount).filter((o) => !covered(o.start, o.end));
      if (mine.length === 0) continue;
      for (const o of mine) spans.push(o);
      chosen++;
    }
    return spans.sort((a, b) => a.start - b.start || a.end - b.end);
  };

  function outranks(a: number, b: number): boolean {
    const wa = weightOf[a] as number;
    const wb = weightOf[b] as number;
    return wa > wb || (wa === wb && (names[a] as string) < (names[b] as string));
  }
}

/**
 * Where feature `id` occurs, one span per occurrence the reference lists (a gram twice in a word: twice); a gram's
 * from the hits the score read (feature, token, ...).
 */
function occurrencesOf(t: Tokens, id: number, feature: FeatureKind, gramHits: readonly number[], gramHitCount: number): Match[] {
  const out: Match[] = [];
  const { count, ids, starts, ends, bigram } = t;
  switch (feature.kind) {
    case 'gram':
      for (let h = 0; h < gramHitCount; h += 2)
        if (gramHits[h] === id) {
          const token = gramHits[h + 1] as number;
          out.push({ start: starts[token] as number, end: ends[token] as number });
        }
      return out;
    case 'sentiment': {
      const s = sentimentOf(t);
      for (let i = 0; i < s.codes.length; i++) if (s.codes[i] === feature.code) out.push({ start: s.starts[i] as number, end: s.ends[i] as number });
      return out;
    }
    case 'single':
      for (let i = 0; i < count; i++) if (ids[i] === feature.word) out.push({ start: starts[i] as number, end: ends[i] as number });
      t.extraNames.forEach((n, i) => {
        if (n === feature.name) out.push({ start: t.extraStarts[i] as number, end: t.extraEnds[i] as number });
      });
      return out;
    case 'pair':
      for (let i = 1; i < count; i++)
        if (bigram[i] && ids[i] === feature.second && ids[i - 1] === feature.first) out.push({ start: starts[i - 1] as number, end: ends[i] as number });
      return out;
  }
}

/** `score` plus the weight of each feature not yet present, one by one in order (the fast matcher's order). */
function addWeights(score: number, features: readonly FeatureOccurrence[], weights: ReadonlyMap<string, number>, present: Map<string, number>): number {
  for (const f of features) {
    if (present.has(f.name)) continue;
    const w = weights.get(f.name);
    if (w === undefined) continue;
    present.set(f.name, w);
    score += w;
  }
  return score;
}

/**
 * The matcher as first written, over the feature lists above (the names the trainer reads): slow (a string and an
 * object per feature, the lists built for every text), kept as the statement `linearMatcher` must equal
 * (test/engine/models.test.ts holds the two equal on real messages).
 */
export function referenceLinearMatcher(check: LinearCheck): Matcher {
  const weights = new Map<string, number>(Object.entries(check.model.weights));
  const { bias } = check.model;
  const top = check.evidence ?? 3;
  const gramWeights = charGramWeights(check.model.weights);
  const weighsSentiment = [...weights.keys()].some(isSentimentFeature);
  return (text) => {
    const words = linearFeatures(text);
    const present = new Map<string, number>();
    let score = addWeights(bias, words, weights, present);
    if (gramWeights.size > 0) score += addCharGramScore(words, gramWeights, present);
    const sentiment = weighsSentiment ? linearSentimentFeatures(text) : [];
    score = addWeights(score, sentiment, weights, present);
    if (score <= check.threshold) return [];
    // The evidence: occurrences of the features present, character grams and sentiment features spanning their words.
    const occurrences = [...(gramWeights.size > 0 ? linearFeaturesWithCharGrams(text) : words), ...sentiment];
    const positive = [...present].filter(([, w]) => w > 0);
    const strong = positive.filter(([name]) => !WEAK_EVIDENCE.has(name));
    const ranked = (strong.length > 0 ? strong : positive).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const spans: Match[] = [];
    const covered = (f: FeatureOccurrence) => spans.some((s) => s.start <= f.start && f.end <= s.end);
    let chosen = 0;
    for (const [name] of ranked) {
      if (chosen >= top) break;
      const mine = occurrences.filter((f) => f.name === name && !covered(f));
      if (mine.length === 0) continue;
      for (const f of mine) spans.push({ start: f.start, end: f.end });
      chosen++;
    }
    return spans.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}
