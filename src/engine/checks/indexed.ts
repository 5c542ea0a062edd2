import type { PreparedText } from '../text/prepared.js';
import { anchorOf, type Anchor } from './anchors.js';
import { compileAlternatives, needsUnicode } from './match.js';

// Every rule's patterns used to be one large alternation scanned over the whole text, so the engine's cost grew with
// the number of patterns, whatever the text said. Now the words a pattern can start on are read from its source at
// load time (anchors.ts), all rules' words go into one index, and a text's words are looked up there once: a rule
// whose words are absent costs nothing, and a rule whose words are present tries its patterns only where they stand
// (sticky expressions from that offset). A pattern without an anchor is scanned as before, with the others left out.
//
// The matches are exactly the scan's: the scan tries each offset in turn and, at an offset, each pattern in order,
// the first to match winning and the next search starting where it ended. A pattern can only match at an offset its
// anchor allows, so trying, at the offsets some pattern allows, the patterns that allow it (in order), gives the same
// first match at the same offset. test/engine/indexed-match.test.ts holds this against the plain scan on real texts.

/** Patterns of one list are at most this many (the key of a candidate is offset * MAX_PATTERNS + pattern). */
const MAX_PATTERNS = 256;

/** Words whose entries are remembered at once. */
const MAX_RESOLVED = 20_000;

/** The candidates of every list in one text, each sorted: offset * MAX_PATTERNS + pattern. */
type Candidates = ReadonlyArray<number[] | undefined>;

/** One index per group of rules that run on the same texts (the reply's, the customer's). */
export class AnchorIndex {
  private readonly byWord = new Map<string, number[]>();
  /** Prefix anchors by their first character's code; the prefix '' (any word) apart. */
  private readonly byPrefixHead = new Map<number, Array<{ prefix: string; entries: number[] }>>();
  private readonly anyWord: number[] = [];
  private readonly byChar = new Map<string, number[]>();
  /** Pairs by "first second"; the first words of pairs apart, so most words need no key built. */
  private readonly byPair = new Map<string, number[]>();
  private readonly pairFirsts = new Set<string>();
  /** A word's entries (its own, its prefixes', any word's), resolved once per word seen: texts repeat their words. */
  private readonly resolved = new Map<string, readonly number[]>();
  private lists = 0;
  private readonly cache = new WeakMap<PreparedText, { lists: number; candidates: Candidates }>();

  /** Adds a list's patterns (their anchors, in order); returns the list's number. */
  add(anchors: ReadonlyArray<Anchor | null>): number {
    if (anchors.length > MAX_PATTERNS) throw new Error(`a rule has more than ${MAX_PATTERNS} patterns`);
    const list = this.lists++;
    this.resolved.clear();
    const push = <K>(map: Map<K, number[]>, key: K, entry: number) => {
      const entries = map.get(key);
      if (entries) entries.push(entry);
      else map.set(key, [entry]);
    };
    anchors.forEach((anchor, pattern) => {
      if (!anchor) return;
      const entry = list * MAX_PATTERNS + pattern;
      for (const word of anchor.words) push(this.byWord, word, entry);
      for (const char of anchor.chars) push(this.byChar, char, entry);
      for (const [first, second] of anchor.pairs) {
        push(this.byPair, `${first} ${second}`, entry);
        this.pairFirsts.add(first);
      }
      for (const prefix of anchor.prefixes) {
        if (prefix === '') {
          this.anyWord.push(entry);
          continue;
        }
        const heads = this.byPrefixHead.get(prefix.charCodeAt(0)) ?? [];
        this.byPrefixHead.set(prefix.charCodeAt(0), heads);
        const same = heads.find((h) => h.prefix === prefix);
        if (same) same.entries.push(entry);
        else heads.push({ prefix, entries: [entry] });
      }
    });
    return list;
  }

  /** The sorted candidate keys of one list in a text (undefined: none), computed for all lists at once. */
  candidates(text: PreparedText, list: number): readonly number[] | undefined {
    let cached = this.cache.get(text);
    if (!cached || cached.lists !== this.lists) {
      cached = { lists: this.lists, candidates: this.collect(text) };
      this.cache.set(text, cached);
    }
    return cached.candidates[list];
  }

  private entriesOf(word: string): readonly number[] {
    let entries = this.resolved.get(word);
    if (entries) return entries;
    const found = [...(this.byWord.get(word) ?? []), ...this.anyWord];
    for (const { prefix, entries: more } of this.byPrefixHead.get(word.charCodeAt(0)) ?? []) if (word.startsWith(prefix)) found.push(...more);
    entries = found.sort((a, b) => a - b);
    // Bounded: a stream of texts with ever new words (numbers, names) must not grow it without end.
    if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
    this.resolved.set(word, entries);
    return entries;
  }

  private collect(text: PreparedText): Candidates {
    const out: Array<number[] | undefined> = new Array(this.lists);
    const unsorted: boolean[] = [];
    const add = (entries: readonly number[], offset: number) => {
      for (const entry of entries) {
        const list = (entry / MAX_PATTERNS) | 0;
        const key = offset * MAX_PATTERNS + (entry % MAX_PATTERNS);
        const keys = out[list];
        if (!keys) out[list] = [key];
        else {
          if ((keys[keys.length - 1] ?? 0) > key) unsorted[list] = true;
          keys.push(key);
        }
      }
    };
    const { starts, texts } = text.words;
    const { byPair, pairFirsts } = this;
    for (let i = 0; i < texts.length; i++) {
      const word = texts[i] as string;
      const offset = starts[i] as number;
      const entries = this.entriesOf(word);
      if (entries.length > 0) add(entries, offset);
      if (i + 1 < texts.length && pairFirsts.has(word)) {
        const pair = byPair.get(`${word} ${texts[i + 1] as string}`);
        if (pair) add(pair, offset);
      }
    }
    const { lower } = text;
    for (const [char, entries] of this.byChar)
      for (let at = lower.indexOf(char); at >= 0; at = lower.indexOf(char, at + 1)) add(entries, at);
    for (let list = 0; list < out.length; list++) if (unsorted[list]) out[list]?.sort((a, b) => a - b);
    return out;
  }
}

/** One match: where it starts, how long it is, and the `lead` group (see PhraseCheck.patterns) when there is one. */
export interface PatternMatch {
  index: number;
  length: number;
  lead: string | undefined;
}

/**
 * A list of patterns matched as their alternation would be (the leftmost match, patterns in order at one offset, no
 * overlaps, empty matches skipped), through the index when one is given and some pattern has an anchor.
 */
export class IndexedPatterns {
  /** The whole list as one expression: the plain scan. */
  private readonly scan: RegExp;
  private readonly list: number = -1;
  private readonly sticky: readonly RegExp[] = [];
  /** The patterns without an anchor, in order, and their alternation (run from an offset to find where one can match). */
  private readonly unanchored: readonly number[] = [];
  private readonly unanchoredScan: RegExp | null = null;

  constructor(patterns: readonly string[], private readonly index: AnchorIndex | null) {
    // Every pattern runs with the flags the whole list would have: `u` changes what some classes match.
    const unicode = needsUnicode(patterns.join('|')) ? 'u' : '';
    this.scan = compileAlternatives(patterns, `g${unicode}`);
    if (!index) return;
    const anchors = patterns.map(anchorOf);
    if (anchors.every((a) => a === null)) {
      this.index = null;
      return;
    }
    this.list = index.add(anchors);
    this.sticky = patterns.map((p) => new RegExp(p, `y${unicode}`));
    this.unanchored = anchors.flatMap((a, i) => (a === null ? [i] : []));
    if (this.unanchored.length > 0) this.unanchoredScan = compileAlternatives(this.unanchored.map((i) => patterns[i] as string), `g${unicode}`);
  }

  matches(text: PreparedText): PatternMatch[] {
    const { lower } = text;
    const found: PatternMatch[] = [];
    const { index, scan } = this;
    if (!index) {
      scan.lastIndex = 0;
      for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
        if (m[0].length === 0) scan.lastIndex++;
        else found.push({ index: m.index, length: m[0].length, lead: m.groups?.lead });
      }
      return found;
    }
    const keys = index.candidates(text, this.list) ?? [];
    const { sticky, unanchored, unanchoredScan } = this;
    const tried: number[] = [];
    let offset = 0;
    let k = 0;
    // Where the next match of an unanchored pattern starts at or after `offset` (-1: not looked for yet).
    let nextUnanchored = unanchoredScan ? -1 : Infinity;
    for (;;) {
      while (k < keys.length && (keys[k] as number) < offset * MAX_PATTERNS) k++;
      const anchored = k < keys.length ? ((keys[k] as number) / MAX_PATTERNS) | 0 : Infinity;
      if (unanchoredScan && nextUnanchored < offset) {
        unanchoredScan.lastIndex = offset;
        nextUnanchored = unanchoredScan.exec(lower)?.index ?? Infinity;
      }
      const at = Math.min(anchored, nextUnanchored);
      if (at === Infinity) break;
      // The patterns that may match here, in their order.
      tried.length = 0;
      for (let j = k; j < keys.length && (((keys[j] as number) / MAX_PATTERNS) | 0) === at; j++) tried.push((keys[j] as number) % MAX_PATTERNS);
      if (at === nextUnanchored) {
        tried.push(...unanchored);
        tried.sort((a, b) => a - b);
      }
      let match: RegExpExecArray | null = null;
      for (const pattern of tried) {
        const re = sticky[pattern] as RegExp;
        re.lastIndex = at;
        match = re.exec(lower);
        if (match) break;
      }
      if (match && match[0].length > 0) {
        found.push({ index: at, length: match[0].length, lead: match.groups?.lead });
        offset = at + match[0].length;
      } else offset = at + 1;
    }
    return found;
  }
}
