import type { ShoutingCheck } from '../rules/rule.js';
import { sentenceAt } from '../text/sentences.js';
import { compileAlternatives, type Match, type Matcher } from './match.js';

// Capitals are judged word by word (a word of two or more letters, all upper case); a run of such words separated only
// by spaces and light punctuation is shouting. Single acronyms ("URL", "ASAP") never make a run on their own.
const WORD = /[\p{L}\p{N}']+/gu;
const UPPER_WORD = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}']+$/u;
const JOINER = /^[\s,!?.:;'"-]*$/u;
/**
 * Two capitals with only digits or apostrophes between them: every word UPPER_WORD accepts has this, so a text
 * without it has no shouting and is not read word by word (most replies; this one test costs under a microsecond).
 */
const CAPITAL_PAIR = /\p{Lu}[\p{N}']*\p{Lu}/u;

export function shoutingMatcher(check: ShoutingCheck): Matcher {
  const unlessSentence = check.unlessSentence?.length ? compileAlternatives(check.unlessSentence, '') : null;
  const alone = new Set(check.alone ?? []);
  return ({ masked, lower, sentences }) => {
    const matches: Match[] = [];
    if (!CAPITAL_PAIR.test(masked)) return matches;
    let runStart = -1;
    let runEnd = -1;
    let words = 0;
    let letters = 0;
    let lastWord = '';
    const close = () => {
      const loneWord = words === 1 && alone.has(lastWord);
      if ((words >= check.minWords && letters >= check.minLetters) || loneWord) {
        const sentence = sentenceAt(sentences, runStart);
        if (!unlessSentence?.test(lower.slice(sentence.start, Math.max(sentence.end, runEnd))))
          matches.push({ start: runStart, end: runEnd });
      }
      words = 0;
      letters = 0;
      runStart = -1;
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(masked); m !== null; m = WORD.exec(masked)) {
      const word = m[0];
      if (UPPER_WORD.test(word)) {
        if (runStart >= 0 && !JOINER.test(masked.slice(runEnd, m.index))) close();
        if (runStart < 0) runStart = m.index;
        runEnd = m.index + word.length;
        words++;
        lastWord = word;
        letters += word.replace(/[^\p{L}]/gu, '').length;
      } else if (runStart >= 0 && !/^I$|^A$/.test(word)) {
        close();
      }
    }
    if (runStart >= 0) close();
    return matches;
  };
}
