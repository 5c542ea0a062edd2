import { compileAlternatives } from './match.js';

// Guards read the text around a match (PhraseCheck.unlessBefore and the like). Most "before" guards are anchored at
// the end ("\b(?:don't|not)\s+$": right before the match), and a search for them tries every position of the text
// before the match, each trying every alternative, only to fail at the `$` nearly always: that was most of the engine's
// time on long replies. Read backwards from the end instead, as a lookbehind at the end (`(?<=...)` tried only there,
// with the sticky flag), a guard reads only as far back as its words go. Likewise a guard anchored at the start (`^`)
// is tried at the start only. Both forms accept exactly the texts the search accepts: a match of the pattern that ends
// at the end of the text is what the lookbehind looks for, and one that starts at its start is all `^` allows.

/** Whether a guard's patterns match a text, as the search of their alternation would say. */
export type Guard = (text: string) => boolean;

/** The top-level alternatives of a pattern (split at `|` outside groups and classes). */
function topLevelAlternatives(pattern: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(pattern.slice(from));
  return alternatives;
}

/** Whether the pattern ends with an unescaped `$` (an even number of backslashes before it). */
function endsWithAnchor(alternative: string): boolean {
  if (!alternative.endsWith('$')) return false;
  let backslashes = 0;
  for (let i = alternative.length - 2; i >= 0 && alternative[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** Backreferences read differently backwards; such a pattern keeps the search. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

export const isAnchoredAtEnd = (pattern: string) => !BACKREFERENCE.test(pattern) && topLevelAlternatives(pattern).every(endsWithAnchor);
export const isAnchoredAtStart = (pattern: string) => topLevelAlternatives(pattern).every((alternative) => alternative.startsWith('^'));

export function compileGuard(patterns: readonly string[] | undefined): Guard | null {
  if (!patterns || patterns.length === 0) return null;
  // The flags of the alternation of all of them (`u` for every one when one needs it), so each reads the same.
  const flags = compileAlternatives(patterns, '').flags;
  const atEnd = patterns.filter(isAnchoredAtEnd);
  const atStart = patterns.filter((p) => !atEnd.includes(p) && isAnchoredAtStart(p));
  const elsewhere = patterns.filter((p) => !atEnd.includes(p) && !atStart.includes(p));
  const backwards = atEnd.length > 0 ? new RegExp(`(?<=${compileAlternatives(atEnd, '').source})`, `${flags}y`) : null;
  const fromStart = atStart.length > 0 ? new RegExp(compileAlternatives(atStart, '').source, `${flags}y`) : null;
  const search = elsewhere.length > 0 ? new RegExp(compileAlternatives(elsewhere, '').source, flags) : null;
  return (text) => {
    if (backwards) {
      backwards.lastIndex = text.length;
      if (backwards.test(text)) return true;
    }
    if (fromStart) {
      fromStart.lastIndex = 0;
      if (fromStart.test(text)) return true;
    }
    return search !== null && search.test(text);
  };
}
