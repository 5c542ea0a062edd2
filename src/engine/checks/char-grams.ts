// Character 4-grams of the words, for the models that ask for them (a model whose weights hold "c:" features): they
// let one weight cover a word's family ("charg" in charged, charging, recharge; "deliv" in delivery, undelivered), which
// matters when a model learns from a few hundred messages. Each word is read padded with a space on both sides, so
// " wro" and "ong " mark a word's start and end. An occurrence spans the whole word it came from: the evidence shown
// to the agent is words, never pieces of them.

/** The prefix of a character-gram feature's name. */
export const CHAR_GRAM_PREFIX = 'c:';
const N = 4;
const WORD = /^[a-z']+$/;

interface Occurrence {
  name: string;
  start: number;
  end: number;
}

/** The character 4-grams of the word features among `features` (bigrams, emoji and marks have none). */
export function charGrams(features: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const word of features) {
    if (!WORD.test(word.name)) continue;
    const padded = ` ${word.name} `;
    for (let i = 0; i + N <= padded.length; i++) out.push({ name: CHAR_GRAM_PREFIX + padded.slice(i, i + N), start: word.start, end: word.end });
  }
  return out;
}

// Scoring reads a word's grams as numbers (four 7-bit character codes), not as strings: a message has a few hundred
// grams and nearly none carries a weight, so building their names would be most of the model's cost.
const gramKey = (a: number, b: number, c: number, d: number) => ((a * 128 + b) * 128 + c) * 128 + d;
const SPACE = 0x20;

/** A model's character-gram weights by gram key, with the feature's name (the evidence names it). */
export function charGramWeights(weights: Readonly<Record<string, number>>): Map<number, { name: string; weight: number }> {
  const out = new Map<number, { name: string; weight: number }>();
  for (const [name, weight] of Object.entries(weights)) {
    if (!name.startsWith(CHAR_GRAM_PREFIX) || name.length !== CHAR_GRAM_PREFIX.length + N) continue;
    const g = name.slice(CHAR_GRAM_PREFIX.length);
    out.set(gramKey(g.charCodeAt(0), g.charCodeAt(1), g.charCodeAt(2), g.charCodeAt(3)), { name, weight });
  }
  return out;
}

/**
 * Adds to `present` (feature name -> weight) the weighted grams of the words among `features` that it does not hold yet,
 * and returns the sum of their weights: the same features `charGrams` reads, counted once each.
 */
export function addCharGramScore(
  features: readonly Occurrence[],
  weights: ReadonlyMap<number, { name: string; weight: number }>,
  present: Map<string, number>,
): number {
  let sum = 0;
  for (const word of features) {
    const w = word.name;
    if (!WORD.test(w)) continue;
    // The padded word " w " read four codes at a time.
    const length = w.length + 2;
    const code = (i: number) => (i === 0 || i === length - 1 ? SPACE : w.charCodeAt(i - 1));
    for (let i = 0; i + N <= length; i++) {
      const hit = weights.get(gramKey(code(i), code(i + 1), code(i + 2), code(i + 3)));
      if (hit === undefined || present.has(hit.name)) continue;
      present.set(hit.name, hit.weight);
      sum += hit.weight;
    }
  }
  return sum;
}
