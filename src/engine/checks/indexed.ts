import type { PreparedText } from '../text/prepared.js';
import { anchorOf, requirementsOf, type Anchor, type Requirement } from './anchors.js';
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

const BEYOND_ASCII = /[^\0-\x7f]/;

/** Words whose entries are remembered at once. */
const MAX_RESOLVED = 20_000;

/** The candidates of every list in one text, each sorted: offset * MAX_PATTERNS + pattern. */
type Candidates = ReadonlyArray<number[] | undefined>;

interface Prefixed {
  prefix: string;
  entries: number[];
}

/** What one word of a text means to the index, resolved once per distinct word. */
interface WordInfo {
  /** Entries (list * MAX_PATTERNS + pattern) whose match may start on this word. */
  anchored: readonly number[];
  /** Requirement groups this word meets. */
  meets: readonly number[];
  /** Pair anchors starting with this word, by the second word. */
  pairs: ReadonlyMap<string, readonly number[]> | undefined;
}

const addTo = <K>(map: Map<K, number[]>, key: K, entry: number) => {
  const entries = map.get(key);
  if (entries) entries.push(entry);
  else map.set(key, [entry]);
};
const addPrefix = (byHead: Map<number, Prefixed[]>, prefix: string, entry: number) => {
  const heads = byHead.get(prefix.charCodeAt(0)) ?? [];
  byHead.set(prefix.charCodeAt(0), heads);
  const same = heads.find((h) => h.prefix === prefix);
  if (same) same.entries.push(entry);
  else heads.push({ prefix, entries: [entry] });
};
const matchingPrefixes = (byHead: Map<number, Prefixed[]>, word: string) =>
  (byHead.get(word.charCodeAt(0)) ?? []).flatMap(({ prefix, entries }) => (word.startsWith(prefix) ? entries : []));

/** One index per group of rules that run on the same texts (the reply's, the customer's). */
export class AnchorIndex {
  private readonly byWord = new Map<string, number[]>();
  /** Prefix anchors by their first character's code; the prefix '' (any word) apart. */
  private readonly byPrefixHead = new Map<number, Prefixed[]>();
  private readonly anyWord: number[] = [];
  /** Pair anchors by their first word, then their second. */
  private readonly byPair = new Map<string, Map<string, number[]>>();
  /** Characters a match can start on ("?", "#", an emoji), each found with indexOf; the ASCII ones first. */
  private readonly byChar = new Map<string, number[]>();
  private chars: string[] = [];
  private charEntries: number[][] = [];
  private asciiChars = 0;
  /** Requirement groups (see Requirement) by word and by prefix; each entry's groups, all to be met. */
  private readonly groupsByWord = new Map<string, number[]>();
  private readonly groupsByPrefixHead = new Map<number, Prefixed[]>();
  /** Dense (filled in order, so the engine keeps it an array rather than a dictionary): entry -> its groups. */
  private readonly groupsOf: Array<readonly number[] | null> = [];
  private groups = 0;
  /** met[group] === stamp: the text being read meets the group. */
  private met = new Uint32Array(0);
  private stamp = 0;
  private readonly resolved = new Map<string, WordInfo>();
  private lists = 0;
  /**
   * The last text's candidates: the rules of a side run on one text after another, so one entry is enough (and,
   * unlike a WeakMap, costs the garbage collector nothing).
   */
  private last: { text: PreparedText; lists: number; candidates: Candidates } | null = null;

  /** Adds a list's patterns (their anchors and requirements, in order); returns the list's number. */
  add(anchors: ReadonlyArray<Anchor | null>, requirements: ReadonlyArray<readonly Requirement[]> = []): number {
    if (anchors.length > MAX_PATTERNS) throw new Error(`a rule has more than ${MAX_PATTERNS} patterns`);
    const list = this.lists++;
    this.resolved.clear();
    while (this.groupsOf.length < this.lists * MAX_PATTERNS) this.groupsOf.push(null);
    anchors.forEach((anchor, pattern) => {
      if (!anchor) return;
      const entry = list * MAX_PATTERNS + pattern;
      const groups: number[] = [];
      for (const requirement of requirements[pattern] ?? []) {
        const group = this.groups++;
        groups.push(group);
        for (const word of requirement.words) addTo(this.groupsByWord, word, group);
        for (const prefix of requirement.prefixes) addPrefix(this.groupsByPrefixHead, prefix, group);
      }
      if (groups.length > 0) this.groupsOf[entry] = groups;
      for (const word of anchor.words) addTo(this.byWord, word, entry);
      for (const prefix of anchor.prefixes) {
        if (prefix === '') this.anyWord.push(entry);
        else addPrefix(this.byPrefixHead, prefix, entry);
      }
      for (const [first, second] of anchor.pairs) {
        const seconds = this.byPair.get(first) ?? new Map<string, number[]>();
        this.byPair.set(first, seconds);
        addTo(seconds, second, entry);
      }
      for (const char of anchor.chars) addTo(this.byChar, char, entry);
    });
    this.met = new Uint32Array(this.groups);
    const byChar = [...this.byChar].sort(([a], [b]) => Number(a.charCodeAt(0) > 0x7f) - Number(b.charCodeAt(0) > 0x7f));
    this.chars = byChar.map(([char]) => char);
    this.charEntries = byChar.map(([, entries]) => entries);
    this.asciiChars = this.chars.filter((char) => char.charCodeAt(0) <= 0x7f).length;
    return list;
  }

  /** The sorted candidate keys of one list in a text (undefined: none), computed for all lists at once. */
  candidates(text: PreparedText, list: number): readonly number[] | undefined {
    let cached = this.last;
    if (!cached || cached.text !== text || cached.lists !== this.lists) {
      cached = { text, lists: this.lists, candidates: this.collect(text) };
      this.last = cached;
    }
    return cached.candidates[list];
  }

  private infoOf(word: string): WordInfo {
    let info = this.resolved.get(word);
    if (info) return info;
    info = {
      anchored: [...(this.byWord.get(word) ?? []), ...this.anyWord, ...matchingPrefixes(this.byPrefixHead, word)].sort((a, b) => a - b),
      meets: [...(this.groupsByWord.get(word) ?? []), ...matchingPrefixes(this.groupsByPrefixHead, word)],
      pairs: this.byPair.get(word),
    };
    // Bounded: a stream of texts with ever new words (numbers, names) must not grow it without end.
    if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
    this.resolved.set(word, info);
    return info;
  }

  private collect(text: PreparedText): Candidates {
    const out: Array<number[] | undefined> = new Array(this.lists);
    const unsorted: boolean[] = [];
    const { met, groupsOf } = this;
    const stamp = ++this.stamp;
    const add = (entries: readonly number[], offset: number) => {
      next: for (const entry of entries) {
        const groups = groupsOf[entry];
        if (groups) for (const group of groups) if (met[group] !== stamp) continue next;
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
    // First the requirements the text meets, then the anchors of the patterns whose requirements it meets.
    const infos: WordInfo[] = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const info = this.infoOf(texts[i] as string);
      infos[i] = info;
      for (const group of info.meets) met[group] = stamp;
    }
    for (let i = 0; i < texts.length; i++) {
      const info = infos[i] as WordInfo;
      const offset = starts[i] as number;
      if (info.anchored.length > 0) add(info.anchored, offset);
      if (info.pairs && i + 1 < texts.length) {
        const pair = info.pairs.get(texts[i + 1] as string);
        if (pair) add(pair, offset);
      }
    }
    const { lower } = text;
    // Characters beyond ASCII (emoji) are looked for only in a text that has any.
    const { chars, charEntries, asciiChars } = this;
    const searched = asciiChars === chars.length || !BEYOND_ASCII.test(lower) ? asciiChars : chars.length;
    for (let c = 0; c < searched; c++) {
      const char = chars[c] as string;
      const entries = charEntries[c] as number[];
      for (let at = lower.indexOf(char); at >= 0; at = lower.indexOf(char, at + 1)) add(entries, at);
    }
    for (let list = 0; list < out.length; list++) if (unsorted[list]) out[list]?.sort((a, b) => a - b);
    return out;
  }
}

/** One match: where it starts, how long it is, and the `lead` group (see PhraseCheck.patterns) when there is one. */
interface PatternMatch {
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
    this.list = index.add(
      anchors,
      patterns.map((p, i) => requirementsOf(p, anchors[i] ?? null)),
    );
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
