/** Where a check matched, in the prepared text's offsets. */
export interface Match {
  start: number;
  end: number;
}

export type Matcher = (text: import('../text/prepared.js').PreparedText) => Match[];

/** One case-insensitive regular expression out of a rule's list of patterns. */
export function compileAlternatives(patterns: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
}
