import type { CustomerSignal, ReplySignal, Severity } from '../types.js';

// A rule is data over one of a few kinds of check (Vale's model): the kinds live in ../checks, the data in one file
// per rule beside this one, with the examples it must and must not flag (LanguageTool's and textlint's habit).

interface RuleCommon {
  /** Kebab-case, equal to the file name. */
  id: string;
  /** One line for people configuring rules (settings page, docs). */
  description: string;
  /** The examples a generated test runs: every `flag` text must match this rule, no `pass` text may. */
  examples: { flag: readonly string[]; pass: readonly string[] };
}

interface ReplyRuleTarget {
  target: 'reply';
  /** The signal a match shows, if any. */
  signal?: ReplySignal;
  /** A match is also a finding shown to the agent. */
  finding?: { severity: Severity; message: string; replacements?: readonly Replacement[] };
}

/**
 * A replacement for the matched words: a fixed text, or a rewrite of the match (a case-insensitive regular expression
 * over the whole match and what replaces it) for rules whose matches vary. A rewrite whose `from` does not match offers
 * nothing rather than something ungrammatical. The first letter's case follows the original's.
 */
export type Replacement = string | { from: string; to: string };

interface CustomerRuleTarget {
  target: 'customer';
  signal: CustomerSignal;
  /**
   * Other signals a match also shows, with the same evidence: anger at the company ("so pissed", "shame on you") is
   * also a complaint, though no complaint phrasing matches.
   */
  alsoShows?: readonly CustomerSignal[];
  finding?: undefined;
}

/**
 * Regular-expression phrases (case-insensitive, matched on text whose curly quotes are already straight), with guards
 * that cancel a match by what surrounds it in its sentence. Guards are how negation ("no need to apologize"), requests
 * ("sorry, could you resend it?") and other look-alikes are told apart without a parser.
 */
export interface PhraseCheck {
  kind: 'phrase';
  /**
   * Start each pattern on text, ideally a word (`\b...`) or a rare character, never on a lookbehind: a leading
   * lookbehind is tried at every position of the text and costs more than the rest of the rule. To require something
   * before the match, put the lookbehind after the first word (`any(?<=\bsorry\s+for\s+any)\s+...`). When the span must
   * start before the character the pattern starts on, read that part in the lookbehind as a group named `lead`, right
   * before the match (`\?(?<=\w(?<lead>\s*)\?)`): the span then starts where the lead does.
   */
  patterns: readonly string[];
  /** Cancels a match when the sentence text before it matches (anchor with $ to mean "right before"). */
  unlessBefore?: readonly string[];
  /** Cancels a match when the sentence text after it matches (anchor with ^ to mean "right after"). */
  unlessAfter?: readonly string[];
  /** Cancels a match when its whole sentence matches. */
  unlessSentence?: readonly string[];
  /** Only counts in sentences that match (e.g. a question for askInput). */
  onlyInSentence?: readonly string[];
  /**
   * 'sentence': the evidence is the whole sentence up to the match (a question is found by its "?", and shown as the
   * question). Cheaper than a pattern that scans back over the sentence at every word.
   */
  span?: 'match' | 'sentence';
}

/** A run of words in capitals: shouting. Acronyms (one or two short words) are not. */
export interface ShoutingCheck {
  kind: 'shouting';
  /** Consecutive all-capital words needed. */
  minWords: number;
  /** Letters needed in the run. */
  minLetters: number;
  /** Words that count as shouting on their own, written exactly so (case-sensitive). */
  alone?: readonly string[];
  /** Cancels a run when its sentence matches (e.g. joy in capitals is not anger). */
  unlessSentence?: readonly string[];
}

/** Profanity from the engine's own word list (checks/profanity.ts, with disguised spellings), counted only when aimed at someone by the same sentence. */
export interface ProfanityCheck {
  kind: 'profanity';
  /** The sentence must also match one of these for the profanity to count as aimed at someone. */
  aimedAt: readonly string[];
}

/**
 * Weights learned from labelled messages (scripts/train.mjs writes them, a rule file imports them): binary features
 * (word 1- and 2-grams of the prepared text, a few marks such as "!!") summed with a bias; the check matches when the
 * score is above `threshold`. Its spans are the occurrences of the strongest positive features present, so a positive
 * always names the words that carried it.
 */
interface LinearModel {
  bias: number;
  /** Feature -> weight (see checks/linear.ts for how a text's features are read). */
  weights: Readonly<Record<string, number>>;
}

export interface LinearCheck {
  kind: 'linear';
  model: LinearModel;
  /** The score (bias plus the weights of the features present) must exceed this. */
  threshold: number;
  /** How many of the strongest positive features present become spans (default 3). */
  evidence?: number;
}

type Check = PhraseCheck | ShoutingCheck | ProfanityCheck | LinearCheck;
export type Rule = RuleCommon & (ReplyRuleTarget | CustomerRuleTarget) & Check;

/** Identity at run time; gives rule files a checked type and one obvious shape. */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
