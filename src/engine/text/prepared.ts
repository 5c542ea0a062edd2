import { maskForeignText, type MaskOptions } from './mask.js';
import { splitSentences, type SentenceBounds } from './sentences.js';

/** A text ready for checks: the original (spans point into it), its masked twin (checks read it), its sentences. */
export interface PreparedText {
  original: string;
  masked: string;
  sentences: SentenceBounds;
}

export function prepareText(original: string, options: MaskOptions): PreparedText {
  const masked = maskForeignText(original, options);
  return { original, masked, sentences: splitSentences(masked) };
}
