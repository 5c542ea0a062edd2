import type { LinearCheck } from '../rules/rule.js';
import type { PreparedText } from '../text/prepared.js';
import { addCharGramScore, CHAR_GRAM_PREFIX, charGramWeights, charGrams } from './char-grams.js';
import type { Match, Matcher } from './match.js';
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

// The matcher reads the same features without building them: a text's tokens are read once by character code (shared
// by every model through a one-entry cache), each model turns its weights into numbered features (words and marks by
// name, bigrams by their first word and then their second, character grams by a numeric key) and marks the ones a
// text holds in a typed array stamped per call. Scores are summed in the reference's order (word features in reading
// order, then emoji, marks, capitals; character grams apart, then added), so they are the same numbers to the last
// bit; occurrences are read only for the few features a positive shows as evidence.

/** A text's tokens as the reference reads them (TOKEN above, "&amp;"-words skipped), and its other features. */
interface Tokens {
  text: PreparedText;
  count: number;
  names: string[];
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
  /** Sentiment features of the words (checks/sentiment.ts), read the first time a model that weighs them asks. */
  sentiment?: readonly FeatureOccurrence[];
}

function sentimentOf(t: Tokens): readonly FeatureOccurrence[] {
  if (!t.sentiment) {
    const words: FeatureOccurrence[] = [];
    for (let i = 0; i < t.count; i++) words.push({ name: t.names[i] as string, start: t.starts[i] as number, end: t.ends[i] as number });
    t.sentiment = sentimentFeatures(words);
  }
  return t.sentiment;
}

let lastTokens: Tokens | null = null;

const isTokenCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;

function tokensOf(text: PreparedText): Tokens {
  if (lastTokens && lastTokens.text === text) return lastTokens;
  const { lower, masked } = text;
  const names: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const bigram: boolean[] = [];
  const lettersOnly: boolean[] = [];
  const length = lower.length;
  let prevEnd = -1;
  let i = 0;
  while (i < length) {
    if (!isTokenCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    while (i < length) {
      const c = lower.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) i++;
      else if (c >= 0x30 && c <= 0x39) {
        digits = true;
        i++;
      } else break;
    }
    // (?:'[a-z]+)*
    while (i + 1 < length && lower.charCodeAt(i) === 0x27 && isLetterCode(lower.charCodeAt(i + 1))) {
      i += 2;
      while (i < length && isLetterCode(lower.charCodeAt(i))) i++;
    }
    if (start > 0 && lower.charCodeAt(start - 1) === 0x26 /* & */) continue;
    const raw = lower.slice(start, i);
    names.push(digits ? raw.replace(DIGITS, '0') : raw);
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
  if (MAY_HOLD_EMOJI.test(lower)) {
    EMOJI.lastIndex = 0;
    for (let m = EMOJI.exec(lower); m !== null; m = EMOJI.exec(lower)) extra(m[0], m.index, m.index + m[0].length);
  }
  if (lower.includes('!') || lower.includes('?')) {
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(lower); m !== null; m = MARKS.exec(lower))
      extra(m[0].length > 1 ? '<!?>' : m[0] === '?' ? '<?>' : '<!>', m.index, m.index + m[0].length);
  }
  if (/[A-Z]{2}/.test(masked)) {
    CAPS_RUN.lastIndex = 0;
    for (let m = CAPS_RUN.exec(masked); m !== null; m = CAPS_RUN.exec(masked))
      if (m[0].replace(/[^A-Z]/g, '').length >= 6) extra('<caps>', m.index, m.index + m[0].length);
  }
  lastTokens = { text, count: names.length, names, starts, ends, bigram, lettersOnly, extraNames, extraStarts, extraEnds };
  return lastTokens;
}

/**
 * Gram keys to feature numbers, open addressing in two typed arrays built once: a message has a hundred grams or more
 * and nearly none is weighted, and a miss here is a multiply and a probe or two, where a Map lookup costs several
 * times that. A word's grams are read from letters and apostrophes, so their keys are below 2^28; a model's gram
 * with a key at or past that (a character beyond ASCII in its name) can never be met and is left out.
 */
class GramTable {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly ids: Int32Array;
  private readonly shift: number;
  constructor(entries: ReadonlyArray<readonly [key: number, id: number]>) {
    const kept = entries.filter(([key]) => key >= 0 && key < 2 ** 28);
    let bits = 4;
    while (1 << bits < kept.length * 4) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.ids = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.size = kept.length;
    const mask = (1 << bits) - 1;
    for (const [key, id] of kept) {
      let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
      this.keys[i] = key;
      this.ids[i] = id;
    }
  }
  /** The feature number of a key, or -1. */
  get(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = keys[i] as number;
      if (k === key) return this.ids[i] as number;
      if (k === -1) return -1;
    }
  }
}

const SPACE_CODE = 0x20;

export function linearMatcher(check: LinearCheck): Matcher {
  const { bias } = check.model;
  const top = check.evidence ?? 3;
  // Numbered features: names and weights by number; the number of a name, of a bigram, of a gram key.
  const names: string[] = [];
  const weightOf: number[] = [];
  const byName = new Map<string, number>();
  const byPair = new Map<string, Map<string, number>>();
  const number = (name: string, weight: number) => {
    names.push(name);
    weightOf.push(weight);
    return names.length - 1;
  };
  for (const [name, weight] of Object.entries(check.model.weights)) {
    // Character grams are numbered below by key (a name of another length is never read).
    if (name.startsWith(CHAR_GRAM_PREFIX)) continue;
    const space = name.indexOf(' ');
    if (space < 0) byName.set(name, number(name, weight));
    else if (space > 0 && name.indexOf(' ', space + 1) < 0 && space < name.length - 1) {
      const first = name.slice(0, space);
      const seconds = byPair.get(first) ?? new Map<string, number>();
      byPair.set(first, seconds);
      seconds.set(name.slice(space + 1), number(name, weight));
    }
    // Any other name has a space where no word feature has one: it never matches (a gram's is read below).
  }
  const byGram = new GramTable([...charGramWeights(check.model.weights)].map(([key, { name, weight }]) => [key, number(name, weight)] as const));
  const hasGrams = byGram.size > 0;
  const weighsSentiment = names.some(isSentimentFeature);
  const seen = new Uint32Array(names.length);
  let stamp = 0;
  /** The features present, in the order the reference meets them. */
  const present: number[] = [];
  const take = (id: number) => {
    seen[id] = stamp;
    present.push(id);
    return weightOf[id] as number;
  };

  return (text) => {
    const t = tokensOf(text);
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    present.length = 0;
    let score = bias;
    // No closure over `score`: a captured number that changes is boxed anew at every change.
    const { count, names: tokens, bigram, lettersOnly } = t;
    for (let i = 0; i < count; i++) {
      const name = tokens[i] as string;
      let id = byName.get(name);
      if (id !== undefined && seen[id] !== stamp) score += take(id);
      if (bigram[i]) {
        const seconds = byPair.get(tokens[i - 1] as string);
        id = seconds?.get(name);
        if (id !== undefined && seen[id] !== stamp) score += take(id);
      }
    }
    for (const name of t.extraNames) {
      const id = byName.get(name);
      if (id !== undefined && seen[id] !== stamp) score += take(id);
    }
    if (hasGrams) {
      let sum = 0;
      for (let i = 0; i < count; i++) {
        if (!lettersOnly[i]) continue;
        // The padded word " w " four codes at a time, as a rolling key (every code is below 128).
        const w = tokens[i] as string;
        let key = SPACE_CODE;
        for (let j = 0; j <= w.length; j++) {
          key = ((key & 0x1fffff) << 7) | (j < w.length ? w.charCodeAt(j) : SPACE_CODE);
          if (j < 2) continue;
          const id = byGram.get(key);
          if (id >= 0 && seen[id] !== stamp) sum += take(id);
        }
      }
      score += sum;
    }
    if (weighsSentiment)
      for (const f of sentimentOf(t)) {
        const id = byName.get(f.name);
        if (id !== undefined && seen[id] !== stamp) score += take(id);
      }
    if (score <= check.threshold) return [];
    // The evidence, as the reference chooses it.
    const positive = present.filter((id) => (weightOf[id] as number) > 0);
    const strong = positive.filter((id) => !WEAK_EVIDENCE.has(names[id] as string));
    const ranked = (strong.length > 0 ? strong : positive).sort(
      (a, b) => (weightOf[b] as number) - (weightOf[a] as number) || ((names[a] as string) < (names[b] as string) ? -1 : 1),
    );
    const spans: Match[] = [];
    const covered = (start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);
    let chosen = 0;
    for (const id of ranked) {
      if (chosen >= top) break;
      const mine = occurrencesOf(t, names[id] as string).filter((o) => !covered(o.start, o.end));
      if (mine.length === 0) continue;
      for (const o of mine) spans.push(o);
      chosen++;
    }
    return spans.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}

/** Where a feature occurs, one span per occurrence the reference lists (a gram twice in a word: twice). */
function occurrencesOf(t: Tokens, name: string): Match[] {
  const out: Match[] = [];
  const { count, names, starts, ends, bigram } = t;
  if (name.startsWith(CHAR_GRAM_PREFIX) && name.length === CHAR_GRAM_PREFIX.length + 4) {
    const gram = name.slice(CHAR_GRAM_PREFIX.length);
    for (let i = 0; i < count; i++) {
      if (!t.lettersOnly[i]) continue;
      const padded = ` ${names[i] as string} `;
      for (let at = padded.indexOf(gram); at >= 0; at = padded.indexOf(gram, at + 1)) out.push({ start: starts[i] as number, end: ends[i] as number });
    }
    return out;
  }
  if (isSentimentFeature(name)) return sentimentOf(t).filter((f) => f.name === name).map((f) => ({ start: f.start, end: f.end }));
  const space = name.indexOf(' ');
  if (space < 0) {
    for (let i = 0; i < count; i++) if (names[i] === name) out.push({ start: starts[i] as number, end: ends[i] as number });
    t.extraNames.forEach((n, i) => {
      if (n === name) out.push({ start: t.extraStarts[i] as number, end: t.extraEnds[i] as number });
    });
    return out;
  }
  const first = name.slice(0, space);
  const second = name.slice(space + 1);
  for (let i = 1; i < count; i++)
    if (bigram[i] && names[i] === second && names[i - 1] === first) out.push({ start: starts[i - 1] as number, end: ends[i] as number });
  return out;
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
