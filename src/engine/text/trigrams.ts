// A text read as symbols for the prefilter (checks/prefilter.ts): each ASCII letter is its own symbol (upper case
// folded), digits and "_" are one symbol "#", and every other character is a separator " "; a run of separators is one
// " ", and the text reads as if a separator stood before and after it. Any mapping keeps the prefilter sound (a
// substring of the text maps to a substring of the mapped text); this one keeps what patterns spell out (letters) and
// what `\b`, `\s+` and punctuation say (a separator), in 28^3 possible trigrams.

export const SEPARATOR = ' ';
export const DIGIT = '#';
const SYMBOLS = 28;
export const TRIGRAM_COUNT = SYMBOLS * SYMBOLS * SYMBOLS;

/** The symbol code (0 separator, 1-26 letters, 27 digit or "_") of a UTF-16 code unit. */
function symbolCode(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  if (code >= 0x41 && code <= 0x5a) return code - 0x40;
  if ((code >= 0x30 && code <= 0x39) || code === 0x5f) return 27;
  return 0;
}

/** The symbol of a character, to spell a pattern's literal text the way texts are read. */
export function symbolOf(char: string): string {
  const code = symbolCode(char.charCodeAt(0));
  return code === 0 ? SEPARATOR : code === 27 ? DIGIT : String.fromCharCode(0x60 + code);
}

const codeOfSymbol = (symbol: string) => (symbol === SEPARATOR ? 0 : symbol === DIGIT ? 27 : symbol.charCodeAt(0) - 0x60);

/** The trigrams of a symbol string (three symbols or more), as indexes below TRIGRAM_COUNT. */
export function trigramIndexes(symbols: string): number[] {
  const indexes: number[] = [];
  for (let i = 0; i + 3 <= symbols.length; i++)
    indexes.push((codeOfSymbol(symbols[i]!) * SYMBOLS + codeOfSymbol(symbols[i + 1]!)) * SYMBOLS + codeOfSymbol(symbols[i + 2]!));
  return indexes;
}

/** The symbols of a trigram index (for tests and for choosing which trigram to index a string by). */
export function trigramSymbols(index: number): string {
  const symbol = (code: number) => (code === 0 ? SEPARATOR : code === 27 ? DIGIT : String.fromCharCode(0x60 + code));
  return symbol(Math.floor(index / (SYMBOLS * SYMBOLS))) + symbol(Math.floor(index / SYMBOLS) % SYMBOLS) + symbol(index % SYMBOLS);
}

/** The distinct trigrams of a text, in one pass without making strings; `seen` (TRIGRAM_COUNT bits) is left set for them. */
export function readTrigrams(text: string, seen: Uint32Array): number[] {
  const present: number[] = [];
  let a = 0;
  let b = 0;
  // Symbols behind: the leading separator counts as one.
  let behind = 1;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    // Past the end: the trailing separator.
    const c = i < length ? symbolCode(text.charCodeAt(i)) : 0;
    if (c === 0 && b === 0) continue;
    if (behind >= 2) {
      const index = (a * SYMBOLS + b) * SYMBOLS + c;
      const word = index >>> 5;
      const bit = 1 << (index & 31);
      if ((seen[word]! & bit) === 0) {
        seen[word]! |= bit;
        present.push(index);
      }
    }
    a = b;
    b = c;
    behind++;
  }
  return present;
}

export function hasTrigram(seen: Uint32Array, index: number): boolean {
  return (seen[index >>> 5]! & (1 << (index & 31))) !== 0;
}

/** Clears what readTrigrams set, so the same table serves the next text. */
export function forgetTrigrams(seen: Uint32Array, present: readonly number[]): void {
  for (const index of present) seen[index >>> 5] = 0;
}
