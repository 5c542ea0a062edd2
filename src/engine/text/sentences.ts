// Sentence boundaries, found around the place a check asks about rather than for the whole text.
//
// Why not Intl.Segmenter (which the first version used): measured here it costs ~25 µs per 800-character reply, half
// of the engine's whole budget per keystroke, and V8's implementation slows down quadratically on long inputs. The
// checks only need "the sentence around this match" to read a guard window, and a local scan answers that in a few
// steps. It knows the cases that matter for guards: line breaks, terminal punctuation followed by a capital or a
// digit, common abbreviations ("Mr.", "e.g."), decimals ("2.5"). A rare mistake only narrows or widens a guard window.

export interface SentenceBounds {
  /** The masked text, in its original case (capitals tell where a sentence starts). */
  text: string;
  length: number;
}

/**
 * A sentence longer than this is read in windows of this size around the match: keeps scans linear overall. Texts no
 * longer than this are never cut into windows (a check may rely on it).
 */
export const MAX_REACH = 1_000;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'inc', 'ltd', 'jr', 'sr', 'approx', 'e.g', 'i.e', 'eg', 'ie', 'p.s', 'ps', 'co', 'dept', 'min', 'max', 'fig', 'mt']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

export function splitSentences(text: string): SentenceBounds {
  return { text, length: text.length };
}

// Characters by code: this runs for every match a guard reads, and a one-character string per step adds up.
// charCodeAt past the end is NaN, which no test below accepts.
const NEWLINE = 0x0a;
const DOT = 0x2e;
const isTerminal = (code: number) => code === DOT || code === 0x21 /* ! */ || code === 0x3f; /* ? */
const isCloser = (code: number) => code === 0x22 /* " */ || code === 0x27 /* ' */ || code === 0x29 /* ) */ || code === 0x5d; /* ] */
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;
const isLowerAscii = (code: number) => code >= 0x61 && code <= 0x7a;
const isAsciiLetter = (code: number) => isLowerAscii(code) || (code >= 0x41 && code <= 0x5a);

/** Whether the punctuation at i ends a sentence; returns the offset just past it (and closing quotes), or -1. */
function boundaryAfter(text: string, i: number): number {
  let j = i + 1;
  while (isTerminal(text.charCodeAt(j))) j++;
  while (isCloser(text.charCodeAt(j))) j++;
  if (j >= text.length || text.charCodeAt(j) === NEWLINE) return j;
  if (!isSpace(text.charCodeAt(j))) return -1; // "2.5", "example.com", "e.g.x"
  if (text.charCodeAt(i) === DOT) {
    // The word before the dot (letters and dots): a single letter or an abbreviation does not end the sentence.
    let w = i;
    while (w > 0 && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === DOT)) w--;
    const length = i - w;
    if (length === 1 && isAsciiLetter(text.charCodeAt(w))) return -1;
    if (length > 0 && length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) return -1;
    let k = j;
    while (isSpace(text.charCodeAt(k))) k++;
    // A lower-case word after ". " continues the sentence ("approx. two days").
    if (isLowerAscii(text.charCodeAt(k))) return -1;
  }
  return j;
}

/** The [start, end) of the sentence holding offset. */
export function sentenceAt(bounds: SentenceBounds, offset: number): { start: number; end: number } {
  const { text } = bounds;
  let start = Math.max(0, offset - MAX_REACH);
  for (let i = offset - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      start = i + 1;
      break;
    }
    if (isTerminal(code) && !isTerminal(text.charCodeAt(i + 1))) {
      const after = boundaryAfter(text, i);
      if (after >= 0 && after <= offset) {
        start = after;
        break;
      }
    }
  }
  let end = Math.min(text.length, offset + MAX_REACH);
  for (let i = offset; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      end = i + 1;
      break;
    }
    if (isTerminal(code)) {
      const after = boundaryAfter(text, i);
      if (after >= 0) {
        end = after;
        break;
      }
    }
  }
  return { start, end };
}
