// The user's phrase library relative to the built-ins: a library equal to the shipped one is stored as null, so
// later built-in updates reach the user; an unedited built-in is recognised, restored or looked up by its id.
import { BUILT_IN_PHRASES, type Phrase } from '../../engine/phrases/index.js';
import type { RowId } from '../../engine/types.js';
import type { ReplyCoachSettings } from './shape.js';
import { cleanPhrase } from './validate-phrases.js';

const BUILT_IN_BY_ID = new Map(BUILT_IN_PHRASES.map((phrase) => [phrase.id, phrase]));
const phraseKey = (phrase: Phrase) => JSON.stringify(cleanPhrase({ ...phrase, builtIn: true }));

/** A fresh copy of the built-in library, flagged builtIn. */
export function builtInPhrases(): Phrase[] {
  return BUILT_IN_PHRASES.map((phrase) => cleanPhrase({ ...phrase, builtIn: true }));
}

/** The built-in phrase as shipped, if `phrase` is one and has not been edited. */
export function isPristineBuiltIn(phrase: Phrase): boolean {
  const original = BUILT_IN_BY_ID.get(phrase.id);
  return original !== undefined && phrase.builtIn === true && phraseKey(phrase) === phraseKey(original);
}

/** The built-in phrase with this id as shipped, if any. */
export function originalBuiltIn(id: string): Phrase | undefined {
  const original = BUILT_IN_BY_ID.get(id);
  return original ? cleanPhrase({ ...original, builtIn: true }) : undefined;
}

/** The library the settings stand for: the built-ins when `phrases` is null. */
export function effectivePhrases(settings: Pick<ReplyCoachSettings, 'phrases'>): Phrase[] {
  return settings.phrases ? settings.phrases.map(cleanPhrase) : builtInPhrases();
}

/** null when `phrases` is exactly the built-in library, so later built-in updates reach the user; else the list. */
export function normalizePhrases(phrases: readonly Phrase[] | null): Phrase[] | null {
  if (phrases === null) return null;
  if (phrases.length === BUILT_IN_PHRASES.length && phrases.every((p, i) => p.id === BUILT_IN_PHRASES[i]!.id && isPristineBuiltIn(p)))
    return null;
  return phrases.map(cleanPhrase);
}

/**
 * "Restore built-ins": every built-in phrase back, as shipped and in its order, followed by the user's own phrases.
 * A user phrase keeps its abbreviation; a restored built-in whose abbreviation it took goes without.
 */
export function restoreBuiltIns(phrases: readonly Phrase[] | null): Phrase[] | null {
  const own = (phrases ?? []).filter((phrase) => !BUILT_IN_BY_ID.has(phrase.id)).map(cleanPhrase);
  const taken = new Set(own.map((phrase) => phrase.abbreviation).filter(Boolean));
  const restored = builtInPhrases().map((phrase) => {
    if (phrase.abbreviation && taken.has(phrase.abbreviation)) {
      const copy = { ...phrase };
      delete copy.abbreviation;
      return copy;
    }
    return phrase;
  });
  return normalizePhrases([...restored, ...own]);
}

/** An id for a new phrase of the user's, unique in `library`. */
export function newPhraseId(row: RowId, library: readonly Phrase[], now = Date.now(), random = Math.random): string {
  for (;;) {
    const id = `custom.${row}.${now.toString(36)}${Math.floor(random() * 36 ** 3).toString(36)}`;
    if (!library.some((phrase) => phrase.id === id)) return id;
    now += 1;
  }
}

