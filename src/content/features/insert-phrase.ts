// Insert a phrase at the caret: from the panel or the popup (by id), or the keyboard command "insert suggestion"
// (the first phrase of the first row the reply still needs). The decisions are pure; the writing is
// insertIntoComposer's.
import { fillPhrase, phraseById, type Phrase, type PhraseContext } from '../../engine/phrases/index.js';
import type { PageState } from '../../shared/protocol.js';

type PhraseChoice = { ok: true; text: string } | { ok: false; reason: string };

/** The text to insert for a phrase id, filled with the conversation's names. */
export function phraseText(phraseId: string, library: readonly Phrase[], context: PhraseContext): PhraseChoice {
  const phrase = phraseById(phraseId, library);
  return phrase ? { ok: true, text: fillPhrase(phrase.text, context) } : { ok: false, reason: `unknown phrase ${phraseId}` };
}

/** The phrase the "insert suggestion" command inserts: the first suggestion of the first row missing or weak. */
export function suggestedPhraseId(state: Pick<PageState, 'checklist'>): { ok: true; phraseId: string } | { ok: false; reason: string } {
  const row = state.checklist.find((r) => (r.status === 'missing' || r.status === 'weak') && r.phraseIds.length > 0);
  return row ? { ok: true, phraseId: row.phraseIds[0]! } : { ok: false, reason: 'every move the reply needs is already there' };
}
