import type { Rule } from '../rules/rule.js';
import { AnchorIndex } from './indexed.js';
import { linearMatcher } from './linear.js';
import type { Matcher } from './match.js';
import { phraseMatcher } from './phrase.js';
import { profanityCheckMatcher } from './profanity.js';
import { shoutingMatcher } from './shouting.js';

/**
 * The few kinds of check every rule is data over. Rules that run on the same texts share one index of the words their
 * patterns start on (checks/indexed.ts); a rule compiled alone gets its own.
 */
export function compileRule(rule: Rule, index: AnchorIndex | null = new AnchorIndex()): Matcher {
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

export { AnchorIndex } from './indexed.js';
export type { Matcher } from './match.js';
