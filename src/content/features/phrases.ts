// The phrase library as the features and the session step see it: the user's own library or the built-in one,
// filled with this conversation's names. Pure: test/content/features.test.ts runs it in Node.
import { BUILT_IN_PHRASES, fillPhrase, phraseById, type Phrase, type PhraseContext } from '../../engine/phrases/index.js';
import type { ReplyCoachSettings } from '../../shared/settings.js';
import type { ConversationContext } from '../../sites/types.js';

export function libraryOf(settings: Pick<ReplyCoachSettings, 'phrases'>): readonly Phrase[] {
  return settings.phrases ?? BUILT_IN_PHRASES;
}

/** The names a phrase is filled with: the agent's own name from the settings wins over the one read from the page. */
export function phraseContext(settings: Pick<ReplyCoachSettings, 'agentFirstName'>, context: ConversationContext | null): PhraseContext {
  return {
    customer: { firstName: context?.customerFirstName ?? null },
    agent: { firstName: settings.agentFirstName || context?.agentFirstName || null },
  };
}

/**
 * Filled phrase texts by id, for one library and one set of names: filling is regex work, and the session step asks
 * for the same few phrases on every keystroke while the names rarely change.
 */
export class FilledPhrases {
  private cache: { library: readonly Phrase[]; names: string; texts: Map<string, string> } | null = null;

  /** A phrase filled for these names, or null for an id not in the library. */
  fill(id: string, library: readonly Phrase[], context: PhraseContext): string | null {
    const names = JSON.stringify(context);
    if (this.cache?.library !== library || this.cache.names !== names) this.cache = { library, names, texts: new Map() };
    const cached = this.cache.texts.get(id);
    if (cached !== undefined) return cached;
    const phrase = phraseById(id, library);
    if (!phrase) return null;
    const text = fillPhrase(phrase.text, context);
    this.cache.texts.set(id, text);
    return text;
  }
}

/** The phrase whose abbreviation was typed (';sorry'), case aside; undefined when none has it. */
export function phraseForAbbreviation(library: readonly Phrase[], abbreviation: string): Phrase | undefined {
  const wanted = abbreviation.toLowerCase();
  return library.find((phrase) => phrase.abbreviation?.toLowerCase() === wanted);
}
