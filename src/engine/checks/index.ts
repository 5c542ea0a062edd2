import type { Rule } from '../rules/rule.js';
import { linearMatcher } from './linear.js';
import type { Matcher } from './match.js';
import { phraseMatcher } from './phrase.js';
import { profanityCheckMatcher } from './profanity.js';
import { shoutingMatcher } from './shouting.js';

/** The few kinds of check every rule is data over. */
export function compileRule(rule: Rule): Matcher {
  switch (rule.kind) {
    case 'phrase':
      return phraseMatcher(rule);
    case 'shouting':
      return shoutingMatcher(rule);
    case 'profanity':
      return profanityCheckMatcher(rule);
    case 'linear':
      return linearMatcher(rule);
  }
}

export type { Matcher } from './match.js';
