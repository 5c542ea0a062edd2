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

/**
 * Lower-cases the text without changing its length, so offsets stay shared: the rules are English and written in
 * lower case, and matching lower-case text without the `i` flag is several times faster than case-insensitive Unicode
 * matching, which is most of the engine's time. String.prototype.toLowerCase never shortens a text and lengthens it
 * only for a few letters ("İ" becomes two code units); when the length is unchanged every character kept its place.
 * Otherwise ASCII letters alone are lowered.
 */
function lowerKeepingOffsets(text: string): string {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** A class rather than an object with getters: its lazy fields are read on every rule's call and inline well. */
class Prepared implements PreparedText {
  private sentenceBounds: SentenceBounds | null = null;
  constructor(
    readonly original: string,
    readonly masked: string,
    readonly lower: string,
  ) {}
  get sentences(): SentenceBounds {
    return (this.sentenceBounds ??= splitSentences(this.masked));
  }
}

export function prepareText(original: string, options: MaskOptions): PreparedText {
  const masked = maskForeignText(original, options);
  return new Prepared(original, masked, lowerKeepingOffsets(masked));
}
