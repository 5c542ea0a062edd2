import type { PhraseCheck } from '../rules/rule.js';
import { isWhitespaceCode } from '../text/chars.js';
import type { PreparedText } from '../text/prepared.js';
import { sentenceAt } from '../text/sentences.js';
import { compileGuard } from './guard.js';
import { compileAlternatives, type Match, type Matcher } from './match.js';
import type { PatternIndex } from './prefilter.js';

/** Every non-empty match of one expression, in order, as the check's loop reads them. */
function allMatches(find: RegExp, lower: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  find.lastIndex = 0;
  for (let m = find.exec(lower); m !== null; m = find.exec(lower)) {
    if (m[0].length === 0) {
      find.lastIndex++;
      continue;
    }
    found.push(m);
  }
  return found;
}

/**
 * The matches the combined expression would find, from a few patterns' own expressions: at each step the leftmost
 * match, the earlier pattern first at the same place, then on from its end, as an alternation decides.
 */
function mergedMatches(finds: readonly RegExp[], lower: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const next = finds.map((find) => {
    find.lastIndex = 0;
    return find.exec(lower);
  });
  for (;;) {
    let first = -1;
    for (let k = 0; k < next.length; k++) {
      const m = next[k];
      if (m && (first < 0 || m.index < next[first]!.index)) first = k;
    }
    if (first < 0) return found;
    const m = next[first]!;
    const resume = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
    if (m[0].length > 0) found.push(m);
    for (let k = 0; k < next.length; k++) {
      const pending = next[k];
      if (pending && pending.index < resume) {
        finds[k]!.lastIndex = resume;
        next[k] = finds[k]!.exec(lower);
      }
    }
  }
}

/**
 * Up to this many patterns that can match run on their own; more, and the rule's combined expression runs instead:
 * each expression scans the whole text, and one scan trying all alternatives costs less than several.
 */
const MAX_SEPARATE = 3;

/**
 * The rule's raw matches in a text: those of its combined expression (`a|b|c`, match.ts), found by running only the
 * patterns the text can hold a match of (prefilter.ts). Leaving out patterns that match nowhere in the text changes
 * nothing the combined expression finds: at each place the first pattern that matches there wins, and a left-out one
 * never does.
 */
function rawMatcher(patterns: readonly string[], index: PatternIndex | undefined): (text: PreparedText) => RegExpExecArray[] {
  const combined = compileAlternatives(patterns);
  const ids = index ? patterns.map((pattern) => index.register(pattern)) : [];
  if (!index || ids.every((id) => id === null)) return ({ lower }) => allMatches(combined, lower);
  // The same flags as the combined expression (`u` for all when one needs it), so each pattern reads the same.
  const own = patterns.map((pattern) => new RegExp(pattern, combined.flags));
  return (text) => {
    const found = index.livePatterns(text);
    const live: RegExp[] = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (id !== null && !index.canMatch(found, id)) continue;
      if (live.length === MAX_SEPARATE) return allMatches(combined, text.lower);
      live.push(own[k]!);
    }
    if (live.length === 0) return [];
    return live.length === 1 ? allMatches(live[0]!, text.lower) : mergedMatches(live, text.lower);
  };
}

/** With an index, patterns run only on texts that can hold a match of them; without, on every text (the reference). */
export function phraseMatcher(check: PhraseCheck, index?: PatternIndex): Matcher {
  const rawMatches = rawMatcher(check.patterns, index);
  const unlessBefore = compileGuard(check.unlessBefore);
  const unlessAfter = compileGuard(check.unlessAfter);
  const unlessSentence = compileGuard(check.unlessSentence);
  const onlyInSentence = compileGuard(check.onlyInSentence);
  const guarded = unlessBefore || unlessAfter || unlessSentence || onlyInSentence;
  const wholeSentence = check.span === 'sentence';

  return (text) => {
    const { lower, sentences } = text;
    const matches: Match[] = [];
    for (const m of rawMatches(text)) {
      // A pattern that starts on a rare character and reads what comes before in a lookbehind names that part `lead`
      // (see PhraseCheck.patterns): the span starts where the lead does.
      const lead = m.groups?.lead;
      const start = lead === undefined ? m.index : m.index - lead.length;
      const end = m.index + m[0].length;
      // The sentence is read only when a guard or the span needs it.
      const sentence = guarded || wholeSentence ? sentenceAt(sentences, start) : null;
      if (guarded && sentence) {
        const sentenceEnd = Math.max(sentence.end, end);
        if (unlessBefore?.(lower.slice(sentence.start, start))) continue;
        if (unlessAfter?.(lower.slice(end, sentenceEnd))) continue;
        const whole = unlessSentence || onlyInSentence ? lower.slice(sentence.start, sentenceEnd) : '';
        if (unlessSentence?.(whole)) continue;
        if (onlyInSentence && !onlyInSentence(whole)) continue;
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
