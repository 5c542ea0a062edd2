import { maskForeignText, type MaskOptions } from './mask.js';
import { splitSentences, type SentenceBounds } from './sentences.js';

/**
 * A text ready for checks: the original (spans point into it), its masked twin, the masked text in lower case (the
 * phrase checks read it), its sentences. All have the same length, so an offset means the same place in each.
 */
export interface PreparedText {
  original: string;
  masked: string;
  lower: string;
  /** Computed on first use: many texts (and every text no rule matches) never need sentence boundaries. */
  readonly sentences: SentenceBounds;
}

const NON_ASCII = /[^\0-\x7f]/;

/**
 * Lower-cases ASCII letters only: String.prototype.toLowerCase may change the length ("İ" becomes two code units),
 * and the rules are English. Matching lower-case text without the `i` flag is several times faster than
 * case-insensitive Unicode matching, which is most of the engine's time.
 */
function lowerAscii(text: string): string {
  // An all-ASCII text (most replies) is lower-cased natively in one call; then toLowerCase changes only A-Z.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

export function prepareText(original: string, options: MaskOptions): PreparedText {
  const masked = maskForeignText(original, options);
  let sentences: SentenceBounds | null = null;
  return {
    original,
    masked,
    lower: lowerAscii(masked),
    get sentences() {
      sentences ??= splitSentences(masked);
      return sentences;
    },
  };
}
