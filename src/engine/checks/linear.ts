import type { LinearCheck } from '../rules/rule.js';
import type { PreparedText } from '../text/prepared.js';
import { addCharGramScore, charGramWeights, charGrams } from './char-grams.js';
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

export function linearMatcher(check: LinearCheck): Matcher {
  const weights = new Map<string, number>(Object.entries(check.model.weights));
  const { bias } = check.model;
  const top = check.evidence ?? 3;
  const gramWeights = charGramWeights(check.model.weights);
  const weighsSentiment = [...weights.keys()].some(isSentimentFeature);
  return (text) => {
    const words = linearFeatures(text);
    let score = bias;
    const present = new Map<string, number>();
    for (const f of words) {
      if (present.has(f.name)) continue;
      const w = weights.get(f.name);
      if (w === undefined) continue;
      present.set(f.name, w);
      score += w;
    }
    if (gramWeights.size > 0) score += addCharGramScore(words, gramWeights, present);
    const sentiment = weighsSentiment ? linearSentimentFeatures(text) : [];
    for (const f of sentiment) {
      if (present.has(f.name)) continue;
      const w = weights.get(f.name);
      if (w === undefined) continue;
      present.set(f.name, w);
      score += w;
    }
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
