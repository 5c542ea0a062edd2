import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { ProfanityCheck } from '../rules/rule.js';
import { MAX_REACH, sentenceAt } from '../text/sentences.js';
import { compileAlternatives, type Match, type Matcher } from './match.js';

// obscenity is a maintained matcher that knows spelling tricks ("f*ck", "sh1t", spaced letters) we would not want to
// chase by hand. It is built once, lazily: most replies are checked without it (customer messages only).
let shared: RegExpMatcher | null = null;
function profanityMatcher(): RegExpMatcher {
  shared ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return shared;
}

/** `\b(?:word|word\s+word|...)\b`: a list of words, the only shape `noneAimed` below knows how to reason about. */
const WORD_LIST = /^\\b\(\?:((?:[a-z'|?]|\\s\+)+)\)\\b$/;

/**
 * A test that says, without running obscenity, that no profanity in the text could count: then obscenity (most of a
 * new customer message's time) is skipped. A hit counts when `aimedAt` matches its sentence, read as a slice from
 * the sentence start to the later of the sentence end and the hit's end. In a text no longer than MAX_REACH, a
 * sentence starts at the text's start or after a line break or sentence punctuation, so `\b` at the slice's start
 * reads as in the whole text; the slice ends the same way, or at the hit's end, where `\b` can hold in the slice and
 * not in the whole text when a letter follows. So if no listed word starts a word anywhere in the whole text (ends
 * unchecked), no slice can match. Null (never skip) when a pattern is not a plain word list.
 */
function noneAimed(aimedAt: readonly string[]): ((lower: string) => boolean) | null {
  const lists = aimedAt.map((pattern) => WORD_LIST.exec(pattern)?.[1]);
  if (lists.some((list) => list === undefined)) return null;
  const startsAWord = new RegExp(String.raw`\b(?:${lists.join('|')})`);
  return (lower) => lower.length <= MAX_REACH && !startsAWord.test(lower);
}

export function profanityCheckMatcher(check: ProfanityCheck): Matcher {
  const aimedAt = compileAlternatives(check.aimedAt, '');
  const cannotCount = noneAimed(check.aimedAt);
  return ({ masked, lower, sentences }) => {
    const matches: Match[] = [];
    if (cannotCount?.(lower)) return matches;
    for (const hit of profanityMatcher().getAllMatches(masked, true)) {
      // obscenity reports inclusive end indices.
      const start = hit.startIndex;
      const end = hit.endIndex + 1;
      const sentence = sentenceAt(sentences, start);
      if (!aimedAt.test(lower.slice(sentence.start, Math.max(sentence.end, end)))) continue;
      matches.push({ start, end });
    }
    return matches;
  };
}
