/** Where a check matched, in the prepared text's offsets. */
export interface Match {
  start: number;
  end: number;
}

export type Matcher = (text: import('../text/prepared.js').PreparedText) => Match[];

const WORD_BOUNDARY = String.raw`\b`;

/** Whether a pattern is an alternation at its top level ("a|b"), where a leading `\b` belongs to the first branch only. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * One regular expression out of a rule's list of patterns, matched against lower-cased text (PreparedText.lower):
 * patterns are written in lower case, and the `i` flag is left off because it makes Unicode matching several times
 * slower. The `u` flag is kept only when a pattern needs it (\p{...} classes, astral code points).
 *
 * Consecutive patterns that start with `\b` share one: `\b(?:a|b)` instead of `(?:\ba)|(?:\bb)`. It matches exactly
 * the same (alternatives are tried in the same order at each position, and `\b` reads no text), but V8 then checks the
 * boundary once per position instead of once per alternative, which halves the time of the larger rules. A pattern
 * that is itself an alternation at its top level keeps its own `\b` (it belongs to its first branch only).
 */
export function compileAlternatives(patterns: readonly string[], flags = 'g'): RegExp {
  const groups: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length > 0) groups.push(`${WORD_BOUNDARY}(?:${run.join('|')})`);
    run = [];
  };
  for (const pattern of patterns) {
    if (pattern.startsWith(WORD_BOUNDARY) && !hasTopLevelAlternation(pattern)) run.push(`(?:${pattern.slice(WORD_BOUNDARY.length)})`);
    else {
      closeRun();
      groups.push(`(?:${pattern})`);
    }
  }
  closeRun();
  const source = groups.join('|');
  const unicode = !flags.includes('u') && needsUnicode(source) ? 'u' : '';
  return new RegExp(source, flags + unicode);
}

/** Whether a pattern source needs the `u` flag (\p{...} classes, astral code points). */
export const needsUnicode = (source: string) => /\\p\{|\\u\{/.test(source);
