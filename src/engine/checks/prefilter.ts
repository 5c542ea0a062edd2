import type { PreparedText } from '../text/prepared.js';
import { forgetTrigrams, hasTrigram, readTrigrams, TRIGRAM_COUNT, trigramIndexes, trigramSymbols } from '../text/trigrams.js';
import { requiredStrings } from './requirement.js';

// Which patterns a text can hold a match of, for all phrase checks at once. Each pattern needs some strings
// (requirement.ts); each string is filed under one of its trigrams, the rarest-looking. A text is read once: for each
// trigram it holds, only the strings filed under it are looked at. So the cost follows the text's length, not the
// number of strings the rules need (thousands), and a check then skips the patterns its text cannot match.

/**
 * English letters from most to least frequent: a string is filed under its trigram of rarest letters, so that few
 * texts wake it in vain. Only speed depends on this order; which patterns run never does (a woken string is checked
 * trigram by trigram).
 */
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';
const rarity = (symbol: string) => {
  const rank = LETTERS_BY_FREQUENCY.indexOf(symbol);
  // Separators are in every text; digits are in many.
  return rank >= 0 ? rank + 1 : symbol === ' ' ? 0 : 8;
};
const trigramRarity = (index: number) => [...trigramSymbols(index)].reduce((sum, symbol) => sum + rarity(symbol), 0);

interface FiledString {
  pattern: number;
  /** The bit of the pattern's fact this string satisfies. */
  fact: number;
  trigrams: readonly number[];
}

/** Patterns' facts met in a text: bit k set when fact k holds. A pattern can match when all its facts' bits are set. */
export type LivePatterns = Uint8Array;

export class PatternIndex {
  /** Strings by the trigram they are filed under (an array: looked up for every trigram of every text). */
  private readonly filed: Array<FiledString[] | undefined> = Array.from({ length: TRIGRAM_COUNT }, () => undefined);
  /** Per pattern: the bits of all its facts. */
  private readonly allFacts: number[] = [];
  private readonly memo = new WeakMap<PreparedText, LivePatterns>();
  /** One table for every text: a text's bits are cleared as soon as it has been read. */
  private readonly seen = new Uint32Array(Math.ceil(TRIGRAM_COUNT / 32));

  /** Files a pattern's requirement; its id for `canMatch`, or null when nothing is known (it always runs). */
  register(pattern: string): number | null {
    const facts = requiredStrings(pattern);
    if (!facts || facts.length > 8) return null;
    const id = this.allFacts.length;
    this.allFacts.push((1 << facts.length) - 1);
    facts.forEach((strings, fact) => {
      for (const symbols of strings) {
        const trigrams = [...new Set(trigramIndexes(symbols))];
        const key = trigrams.reduce((rarest, t) => (trigramRarity(t) > trigramRarity(rarest) ? t : rarest));
        (this.filed[key] ??= []).push({ pattern: id, fact: 1 << fact, trigrams });
      }
    });
    return id;
  }

  /** Which registered patterns can match in the text (read once per text, whatever the number of checks asking). */
  livePatterns(text: PreparedText): LivePatterns {
    let live = this.memo.get(text);
    if (!live) {
      live = this.read(text.lower);
      this.memo.set(text, live);
    }
    return live;
  }

  canMatch(live: LivePatterns, id: number): boolean {
    return live[id] === this.allFacts[id];
  }

  private read(lower: string): LivePatterns {
    const live = new Uint8Array(this.allFacts.length);
    const { seen } = this;
    const present = readTrigrams(lower, seen);
    for (const trigram of present) {
      const strings = this.filed[trigram];
      if (!strings) continue;
      for (const { pattern, fact, trigrams } of strings) {
        if ((live[pattern]! & fact) !== 0) continue;
        let holds = true;
        for (const t of trigrams)
          if (!hasTrigram(seen, t)) {
            holds = false;
            break;
          }
        if (holds) live[pattern]! |= fact;
      }
    }
    forgetTrigrams(seen, present);
    return live;
  }
}
