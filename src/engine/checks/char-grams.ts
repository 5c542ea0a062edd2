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
