// Text expansion: ";sorry" + Space or Tab in the composer becomes its phrase. The key is only taken when an
// abbreviation of the library is really at the caret, so typing is otherwise untouched.
import type { Phrase, PhraseContext } from '../../engine/phrases/index.js';
import { fillPhrase } from '../../engine/phrases/index.js';
import type { Composer } from '../../sites/types.js';
import { abbreviationAtCaret, isExpansionTrigger } from './abbreviation-at-caret.js';
import type { InsertRequest } from './insert-into-composer.js';
import { phraseForAbbreviation } from './phrases.js';

/** The insertion an expansion makes for this keydown, or null to let the key through. Takes the key when not null. */
export function expansionFor(event: KeyboardEvent, composer: Composer, library: readonly Phrase[], context: PhraseContext): InsertRequest | null {
  if (!isExpansionTrigger(event)) return null;
  const found = abbreviationAtCaret(composer.element);
  if (!found) return null;
  const phrase = phraseForAbbreviation(library, found.abbreviation);
  if (!phrase) return null;
  event.preventDefault();
  event.stopPropagation();
  // At once: the phrase replaces what the agent just typed, as part of their typing (its undo step may be theirs).
  return {
    text: fillPhrase(phrase.text, context) + (event.key === ' ' ? ' ' : ''),
    selection: found.selection,
    spacing: false,
    force: true,
    immediate: true,
  };
}
