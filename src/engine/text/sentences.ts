// Sentence boundaries from the platform's own segmenter (ICU rules: abbreviations, decimals, line breaks), so no
// hand-written splitter has to know that "e.g." does not end a sentence.

export interface SentenceBounds {
  /** Start offsets, ascending; sentence i spans [starts[i], starts[i + 1] ?? length). */
  starts: number[];
  length: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): SentenceBounds {
  const starts: number[] = [];
  for (const segment of segmenter.segment(text)) starts.push(segment.index);
  if (starts.length === 0) starts.push(0);
  return { starts, length: text.length };
}

/** The [start, end) of the sentence holding offset, by binary search. */
export function sentenceAt(bounds: SentenceBounds, offset: number): { start: number; end: number } {
  const { starts } = bounds;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { start: starts[low] ?? 0, end: starts[low + 1] ?? bounds.length };
}
