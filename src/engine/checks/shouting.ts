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

/**
 * Whether a text can hold no shouting, told by character code without the Unicode word loop below (which costs
 * microseconds on every tweet with a signature in capitals): a run needs `minWords` words in capitals, and a lone word
 * must be one of `alone`. Exact for text whose letters are ASCII; any other letter (an "É", or an astral letter such
 * as a styled "𝐍𝐎𝐖") sends the text to the full loop. Emoji (U+1F000 and up, high surrogates D83C-D83E), symbols and
 * spaces are not letters.
 */
export function cannotShout(text: string, minWords: number, alone: ReadonlySet<string>): boolean {
  let upperWords = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    const isWordCode = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27;
    if (!isWordCode) {
      if (code > 0x7f && !isNonLetter(code)) return false;
      i++;
      continue;
    }
    const start = i;
    let capitals = 0;
    let lower = false;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) capitals++;
      else if (c >= 0x61 && c <= 0x7a) lower = true;
      else if (!((c >= 0x30 && c <= 0x39) || c === 0x27)) break;
    }
    if (i < length && text.charCodeAt(i) > 0x7f && !isNonLetter(text.charCodeAt(i))) return false;
    if (lower || capitals < 2) continue;
    upperWords++;
    if (upperWords >= minWords || (alone.size > 0 && alone.has(text.slice(start, i)))) return false;
  }
  return true;
}

const isNonLetter = (code: number) =>
  code === 0xa0 ||
  (code >= 0x2000 && code <= 0x2bff) ||
  (code >= 0x3000 && code <= 0x303f) ||
  (code >= 0xd83c && code <= 0xd83e) ||
  (code >= 0xdc00 && code <= 0xdfff) ||
  (code >= 0xfe00 && code <= 0xfe0f);

export function shoutingMatcher(check: ShoutingCheck): Matcher {
  const unlessSentence = check.unlessSentence?.length ? compileAlternatives(check.unlessSentence, '') : null;
  const alone = new Set(check.alone ?? []);
  return ({ masked, lower, sentences }) => {
    const matches: Match[] = [];
    // Either test alone proves there is no shouting; the loop by character code first, as it settles most texts
    // without the Unicode scan.
    if (cannotShout(masked, check.minWords, alone) || !CAPITAL_PAIR.test(masked)) return matches;
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
