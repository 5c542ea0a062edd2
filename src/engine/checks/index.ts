import type { Rule } from '../rules/rule.js';
import { linearMatcher } from './linear.js';
import type { Matcher } from './match.js';
import { phraseMatcher } from './phrase.js';
import type { PatternIndex } from './prefilter.js';
import { profanityCheckMatcher } from './profanity.js';
import { shoutingMatcher } from './shouting.js';

/**
 * The few kinds of check every rule is data over. Phrase checks given an index (prefilter.ts) run a pattern only on
 * texts that can hold a match of it; the matches are the same either way.
 */
export function compileRule(rule: Rule, index?: PatternIndex): Matcher {
  switch (rule.kind) {
    case 'phrase':
      return phraseMatcher(rule, index);
    case 'shouting':
      return shoutingMatcher(rule);
    case 'profanity':
      return profanityCheckMatcher(rule);
    case 'linear':
      return linearMatcher(rule);
  }
}

export type { Match, Matcher } from './match.js';
export { PatternIndex } from './prefilter.js';
