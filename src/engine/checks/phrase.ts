import type { PhraseCheck } from '../rules/rule.js';
import { isWhitespaceCode } from '../text/chars.js';
import { sentenceAt } from '../text/sentences.js';
import { AnchorIndex, IndexedPatterns } from './indexed.js';
import { compileAlternatives, type Match, type Matcher } from './match.js';

const optional = (patterns: readonly string[] | undefined) =>
  patterns && patterns.length > 0 ? compileAlternatives(patterns, '') : null;

/**
 * `index`: the index shared by the rules that run on the same texts (analyze passes one per side); null scans the
 * whole text with the patterns' alternation, the plain way the index must agree with.
 */
export function phraseMatcher(check: PhraseCheck, index: AnchorIndex | null = new AnchorIndex()): Matcher {
  const find = new IndexedPatterns(check.patterns, index);
  const unlessBefore = optional(check.unlessBefore);
  const unlessAfter = optional(check.unlessAfter);
  const unlessSentence = optional(check.unlessSentence);
  const onlyInSentence = optional(check.onlyInSentence);
  const guarded = unlessBefore || unlessAfter || unlessSentence || onlyInSentence;
  const wholeSentence = check.span === 'sentence';

  return (text) => {
    const found = find.matches(text);
    // Most rules find nothing in a text: no list to make.
    if (found.length === 0) return [];
    const { lower } = text;
    const matches: Match[] = [];
    for (const m of found) {
      // A pattern that starts on a rare character and reads what comes before in a lookbehind names that part `lead`
      // (see PhraseCheck.patterns): the span starts where the lead does.
      const { lead } = m;
      const start = lead === undefined ? m.index : m.index - lead.length;
      const end = m.index + m.length;
      // The sentence is read only when a guard or the span needs it.
      const sentence = guarded || wholeSentence ? sentenceAt(text.sentences, start) : null;
      if (guarded && sentence) {
        const sentenceEnd = Math.max(sentence.end, end);
        if (unlessBefore?.test(lower.slice(sentence.start, start))) continue;
        if (unlessAfter?.test(lower.slice(end, sentenceEnd))) continue;
        const whole = unlessSentence || onlyInSentence ? lower.slice(sentence.start, sentenceEnd) : '';
        if (unlessSentence?.test(whole)) continue;
        if (onlyInSentence && !onlyInSentence.test(whole)) continue;
      }
      if (wholeSentence && sentence) {
        let from = sentence.start;
        while (from < start && isWhitespaceCode(lower.charCodeAt(from))) from++;
        matches.push({ start: from, end });
      } else matches.push({ start, end: trimEnd(lower, start, end) });
    }
    return matches;
  };
}

/** Patterns may swallow trailing spaces or punctuation to anchor; the span should end on the words. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1) {
    const code = text.charCodeAt(e - 1);
    if (code !== 0x2c /* , */ && code !== 0x3b /* ; */ && code !== 0x3a /* : */ && !isWhitespaceCode(code)) break;
    e--;
  }
  return e;
}
