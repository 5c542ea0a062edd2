// The phrase library: built-in phrases per checklist row, placeholder filling, and ranking for a situation.
import { BUILT_IN_PHRASES } from './library.js';
import type { Phrase } from './types.js';

export type { Phrase, PhraseContext, Register, Situation } from './types.js';
export { BUILT_IN_PHRASES } from './library.js';
export { fillPhrase, isKnownPlaceholder, placeholdersIn, PLACEHOLDER_NAMES } from './fill.js';
export { defaultRegister, suggestPhrases, type CustomerSituation } from './rank.js';

/** The phrase a text-expansion trigger such as ';sorry' stands for (case and surrounding spaces ignored). */
export function findPhraseByAbbreviation(
  abbreviation: string,
  library: readonly Phrase[] = BUILT_IN_PHRASES,
): Phrase | undefined {
  const wanted = abbreviation.trim().toLowerCase();
  if (wanted === '') return undefined;
  return library.find((phrase) => phrase.abbreviation?.toLowerCase() === wanted);
}

/** The phrase with this id; the first one if a user library repeats an id. */
export function phraseById(id: string, library: readonly Phrase[] = BUILT_IN_PHRASES): Phrase | undefined {
  return library.find((phrase) => phrase.id === id);
}
