import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { ProfanityCheck } from '../rules/rule.js';
import { sentenceAt } from '../text/sentences.js';
import { compileAlternatives, type Match, type Matcher } from './match.js';

// obscenity is a maintained matcher that knows spelling tricks ("f*ck", "sh1t", spaced letters) we would not want to
// chase by hand. It is built once, lazily: most replies are checked without it (customer messages only).
let shared: RegExpMatcher | null = null;
function profanityMatcher(): RegExpMatcher {
  shared ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return shared;
}

export function profanityCheckMatcher(check: ProfanityCheck): Matcher {
  const aimedAt = compileAlternatives(check.aimedAt, '');
  return ({ masked, lower, sentences }) => {
    const matches: Match[] = [];
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
