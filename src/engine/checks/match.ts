/** Where a check matched, in the prepared text's offsets. */
export interface Match {
  start: number;
  end: number;
}

export type Matcher = (text: import('../text/prepared.js').PreparedText) => Match[];

/**
 * One regular expression out of a rule's list of patterns, matched against lower-cased text (PreparedText.lower):
 * patterns are written in lower case, and the `i` flag is left off because it makes Unicode matching several times
 * slower. The `u` flag is kept only when a pattern needs it (\p{...} classes, astral code points).
 */
export function compileAlternatives(patterns: readonly string[], flags = 'g'): RegExp {
  const source = patterns.map((p) => `(?:${p})`).join('|');
  const unicode = /\\p\{|\\u\{/.test(source) ? 'u' : '';
  return new RegExp(source, flags + unicode);
}
