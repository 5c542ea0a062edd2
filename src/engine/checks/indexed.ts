import type { PreparedText } from '../text/prepared.js';
import { anchorOf, requirementsOf, type Anchor, type Requirement } from './anchors.js';
import { compileAlternatives, needsUnicode } from './match.js';
import { HASH_SEED, hashStep, sameCodes, WordTable } from '../text/word-table.js';
import { IntTable } from './int-table.js';

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

/** The candidates of every list in one text, each sorted: offset * MAX_PATTERNS + pattern. */
type Candidates = ReadonlyArray<number[] | undefined>;

interface Prefixed {
  prefix: string;
  entries: number[];
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
    this.lookup = null;
    while (this.groupsOf.length < this.lists * MAX_PATTERNS) this.groupsOf.push(null);
    anchors.forEach((anchor, pattern) => {
      const entry = list * MAX_PATTERNS + pattern;
      const groups: number[] = [];
      for (const requirement of requirements[pattern] ?? []) {
        const group = this.groups++;
        groups.push(group);
        for (const word of requirement.words) addTo(this.groupsByWord, word, group);
        for (const prefix of requirement.prefixes) addPrefix(this.groupsByPrefixHead, prefix, group);
      }
      if (groups.length > 0) this.groupsOf[entry] = groups;
      // A pattern without an anchor is scanned for (IndexedPatterns), only in texts that meet its requirements.
      if (!anchor) return;
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

  /** Whether the text meets every requirement of a pattern (of a list added before): else the pattern cannot match in it. */
  meetsRequirements(text: PreparedText, list: number, pattern: number): boolean {
    this.candidates(text, list);
    const groups = this.groupsOf[list * MAX_PATTERNS + pattern];
    if (groups) for (const group of groups) if (this.met[group] !== this.stamp) return false;
    return true;
  }

  /** The lookup structures collect reads, built from the maps above on first use after a list is added. */
  private lookup: Lookup | null = null;

  private built(): Lookup {
    if (this.lookup) return this.lookup;
    const table = new WordTable();
    const infos: Array<{ anchored: number[]; meets: number[]; pairs: Map<number, number[]> | undefined }> = [];
    const infoOf = (word: string) => {
      const id = table.add(word);
      while (infos.length <= id) infos.push({ anchored: [], meets: [], pairs: undefined });
      return infos[id] as (typeof infos)[number];
    };
    for (const [word, entries] of this.byWord) infoOf(word).anchored.push(...entries);
    for (const [word, groups] of this.groupsByWord) infoOf(word).meets.push(...groups);
    for (const [first, seconds] of this.byPair) {
      const info = infoOf(first);
      info.pairs ??= new Map();
      for (const [second, entries] of seconds) {
        const secondId = table.add(second);
        infoOf(second);
        info.pairs.set(secondId, [...(info.pairs.get(secondId) ?? []), ...entries]);
      }
    }
    // Every pair in one table of numbers, keyed by its two words' numbers: a Map per first word cost a Map lookup (and
    // a cache miss) for every word of a text that starts a pair.
    const words = table.size;
    const pairEntries: number[][] = [];
    const pairKeys: Array<readonly [number, number]> = [];
    infos.forEach((info, first) => {
      for (const [second, entries] of info.pairs ?? []) {
        pairKeys.push([first * words + second, pairEntries.length]);
        pairEntries.push(entries);
      }
    });
    const heads = (byHead: Map<number, Prefixed[]>) => {
      const out: Array<readonly Prefixed[] | undefined> = new Array(128).fill(undefined);
      for (const [code, list] of byHead) if (code < 128) out[code] = list;
      return out;
    };
    // A prefix starting beyond ASCII never starts a `\w` word: it can never be met, as in the maps.
    const prefixHeads = heads(this.byPrefixHead);
    const groupPrefixHeads = heads(this.groupsByPrefixHead);
    // What a known word's prefixes give is the same in every text: read once here, so collect follows the prefix lists
    // only for words the index does not hold. Lists are joined, duplicates kept: collect sorts a list it fills out of
    // order, so the candidates are the same as adding each part in turn.
    const byPrefixes = (word: string, byHead: ReadonlyArray<readonly Prefixed[] | undefined>) =>
      (byHead[word.charCodeAt(0)] ?? []).flatMap(({ prefix, entries }) => (word.startsWith(prefix) ? entries : []));
    const wordOf = (id: number) => table.wordAt(id);
    const anchored = infos.map((i, id) => [...i.anchored, ...byPrefixes(wordOf(id), prefixHeads)].sort((x, y) => x - y));
    const meets = infos.map((i, id) => [...i.meets, ...byPrefixes(wordOf(id), groupPrefixHeads)]);
    const flags = Uint8Array.from(
      infos,
      (i, id) => (anchored[id]!.length > 0 ? ANCHORS : 0) | (meets[id]!.length > 0 ? MEETS : 0) | (i.pairs !== undefined ? STARTS_PAIR : 0),
    );
    // By ASCII code: the character's place in chars (its entries in charEntries), or -1.
    const charListOf = new Int16Array(128).fill(-1);
    for (let k = 0; k < this.asciiChars; k++) charListOf[this.chars[k]!.charCodeAt(0)] = k;
    this.lookup = {
      prefixesByStart: byFirstTwo(prefixHeads),
      groupPrefixesByStart: byFirstTwo(groupPrefixHeads),
      charListOf,
      charEntries: this.charEntries.map((entries) => Int32Array.from(entries)),
      anyWord: Int32Array.from(this.anyWord),
      table,
      anchored: pack(anchored),
      meets: pack(meets),
      groups: pack(this.groupsOf.map((groups) => groups ?? [])),
      flags,
      pairs: new IntTable(pairKeys),
      pairEntries: pack(pairEntries),
      words,
    };
    return this.lookup;
  }

  /** The candidate lists being filled (collect's, one text at a time), and which were filled out of order. */
  private out: Array<number[] | undefined> = [];
  private unsorted = new Uint8Array(0);

  /** Adds, at `offset`, the entries entries[from, to) whose requirement groups the text meets. */
  private addAt(entries: Int32Array, from: number, to: number, offset: number): void {
    const { met, out } = this;
    const { at: groupsAt, values: groups } = (this.lookup as Lookup).groups;
    const stamp = this.stamp;
    next: for (let e = from; e < to; e++) {
      const entry = entries[e] as number;
      for (let g = groupsAt[entry] as number, end = groupsAt[entry + 1] as number; g < end; g++) if (met[groups[g] as number] !== stamp) continue next;
      const list = (entry / MAX_PATTERNS) | 0;
      const key = offset * MAX_PATTERNS + (entry % MAX_PATTERNS);
      const keys = out[list];
      if (!keys) out[list] = [key];
      else {
        if ((keys[keys.length - 1] ?? 0) > key) this.unsorted[list] = 1;
        keys.push(key);
      }
    }
  }

  /** Adds the entries of the patterns that start on the ASCII character at `at` (one collect noted). */
  private addCharAt(at: number, lower: string, charListOf: Int16Array, charEntries: readonly Int32Array[]): void {
    const entries = charEntries[charListOf[lower.charCodeAt(at)] as number] as Int32Array;
    this.addAt(entries, 0, entries.length, at);
  }

  private collect(text: PreparedText): Candidates {
    const out: Array<number[] | undefined> = new Array(this.lists);
    this.out = out;
    if (this.unsorted.length !== this.lists) this.unsorted = new Uint8Array(this.lists);
    const { met, unsorted } = this;
    const stamp = ++this.stamp;
    const { table, anchored, meets, flags, pairs, pairEntries, words, prefixesByStart, groupPrefixesByStart, charListOf, charEntries, anyWord } =
      this.built();
    const { lower } = text;
    // The text's words (`\w` runs), each looked up by its character codes without being cut out of the text: its
    // number in the index's vocabulary (-1: none) and where it stands. The ASCII characters some pattern starts on are
    // noted on the same pass, and so is whether the text has any character beyond ASCII.
    const starts = this.starts;
    const ends = this.ends;
    const ids = this.ids;
    const charAt = this.charAt;
    // Filled from 0 and read up to `count`: they keep their size between texts (setting length is a builtin call).
    let count = 0;
    let charCount = 0;
    let beyondAscii = false;
    const length = lower.length;
    for (let i = 0; i < length; ) {
      const code = lower.charCodeAt(i);
      if (!isWordCode(code)) {
        if (code > 0x7f) beyondAscii = true;
        else if ((charListOf[code] as number) >= 0) charAt[charCount++] = i;
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      for (; i < length; i++) {
        const c = lower.charCodeAt(i);
        if (!isWordCode(c)) break;
        hash = hashStep(hash, c);
      }
      const id = table.find(lower, start, i, hash);
      starts[count] = start;
      ends[count] = i;
      ids[count] = id;
      count++;
      // First the requirements the text meets, then (below) the anchors of the patterns whose requirements it meets.
      if (id >= 0) {
        if (flags[id]! & MEETS) for (let g = meets.at[id] as number, end = meets.at[id + 1] as number; g < end; g++) met[meets.values[g] as number] = stamp;
      } else {
        const firsts = groupPrefixesByStart[lower.charCodeAt(start)];
        if (firsts) {
          const short = firsts[ONE_LETTER];
          if (short) for (const { entries } of short) for (const group of entries) met[group] = stamp;
          const longer = i - start > 1 ? firsts[lower.charCodeAt(start + 1)] : undefined;
          if (longer)
            for (const { prefix, entries } of longer) if (prefix.length <= i - start && sameCodes(prefix, lower, start)) for (const group of entries) met[group] = stamp;
        }
      }
    }
    // Words and characters in the order they stand, so most lists fill in order and need no sort.
    let c = 0;
    for (let w = 0; w < count; w++) {
      const id = ids[w] as number;
      const offset = starts[w] as number;
      for (; c < charCount && (charAt[c] as number) < offset; c++) this.addCharAt(charAt[c] as number, lower, charListOf, charEntries);
      if (id >= 0) {
        if (flags[id]! & ANCHORS) this.addAt(anchored.values, anchored.at[id] as number, anchored.at[id + 1] as number, offset);
      } else {
        const firsts = prefixesByStart[lower.charCodeAt(offset)];
        if (firsts) {
          const size = (ends[w] as number) - offset;
          const short = firsts[ONE_LETTER];
          if (short) for (const { entries } of short) this.addAt(entries, 0, entries.length, offset);
          const longer = size > 1 ? firsts[lower.charCodeAt(offset + 1)] : undefined;
          if (longer)
            for (const { prefix, entries } of longer) if (prefix.length <= size && sameCodes(prefix, lower, offset)) this.addAt(entries, 0, entries.length, offset);
        }
      }
      if (anyWord.length > 0) this.addAt(anyWord, 0, anyWord.length, offset);
      if (id >= 0 && w + 1 < count && flags[id]! & STARTS_PAIR) {
        const next = ids[w + 1] as number;
        const pair = next >= 0 ? pairs.get(id * words + next) : -1;
        if (pair >= 0) this.addAt(pairEntries.values, pairEntries.at[pair] as number, pairEntries.at[pair + 1] as number, offset);
      }
    }
    for (; c < charCount; c++) this.addCharAt(charAt[c] as number, lower, charListOf, charEntries);
    // Characters beyond ASCII (emoji) are looked for only in a text that has any.
    if (beyondAscii) {
      const { chars } = this;
      for (let k = this.asciiChars; k < chars.length; k++) {
        const char = chars[k] as string;
        const entries = charEntries[k] as Int32Array;
        for (let at = lower.indexOf(char); at >= 0; at = lower.indexOf(char, at + 1)) this.addAt(entries, 0, entries.length, at);
      }
    }
    for (let list = 0; list < out.length; list++)
      if (unsorted[list]) {
        unsorted[list] = 0;
        out[list]?.sort(ascending);
      }
    return out;
  }

  /** Scratch arrays of collect (one text at a time). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly ids: number[] = [];
  /** Where the text has an ASCII character some pattern starts on. */
  private readonly charAt: number[] = [];
}

const ascending = (a: number, b: number) => a - b;

// Flags of a word the index holds.
const ANCHORS = 1;
const MEETS = 2;
const STARTS_PAIR = 4;

/** What `\w` matches without the `i` flag: [A-Za-z0-9_]. */
const isWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;

interface Lookup {
  table: WordTable;
  /**
   * By word number: the entries anchored on the word or a prefix of it, sorted; the requirement groups it or a prefix
   * of it meets.
   */
  anchored: PackedLists;
  meets: PackedLists;
  /** By entry: its requirement groups. */
  groups: PackedLists;
  /** By word number, what it has (ANCHORS, MEETS, STARTS_PAIR): one small read for most words, which have nothing. */
  flags: Uint8Array;
  /** Pairs by first * words + second (their numbers): the place of their entries in pairEntries, or -1. */
  pairs: IntTable;
  pairEntries: PackedLists;
  /** How many words the table holds. */
  words: number;
  /**
   * Prefix anchors and prefix requirements by their first two characters' codes (ASCII: a `\w` word starts with one;
   * see byFirstTwo), read for the words the table does not hold.
   */
  prefixesByStart: PrefixesByStart;
  groupPrefixesByStart: PrefixesByStart;
  /** By ASCII code, the place of the character's entries in charEntries, or -1 (no pattern starts on it). */
  charListOf: Int16Array;
  charEntries: readonly Int32Array[];
  /** Entries anchored on any word. */
  anyWord: Int32Array;
}

/**
 * Lists of numbers in one typed array: list i is values[at[i], at[i + 1]). The index is read between many other steps
 * of a call, where one buffer stays in a cache that an array per list, each wherever the heap put it, does not.
 */
interface PackedLists {
  at: Int32Array;
  values: Int32Array;
}

function pack(lists: ReadonlyArray<readonly number[]>): PackedLists {
  const at = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (at[i + 1] = (at[i] as number) + list.length));
  const values = new Int32Array(at[lists.length] as number);
  lists.forEach((list, i) => values.set(list, at[i] as number));
  return { at, values };
}

/**
 * Prefixes by their first character's code, then by their second's, those of one letter at ONE_LETTER: a word the
 * table does not hold is compared only with the prefixes that start as it does (requirements list insults and
 * feelings by their stems, a hundred and more per side, a dozen under some letters).
 */
type PrefixesByStart = ReadonlyArray<ReadonlyArray<ReadonlyArray<{ prefix: string; entries: Int32Array }> | undefined> | undefined>;
const ONE_LETTER = 128;

function byFirstTwo(byHead: ReadonlyArray<readonly Prefixed[] | undefined>): PrefixesByStart {
  return byHead.map((heads) => {
    if (!heads) return undefined;
    const bySecond: Array<Array<{ prefix: string; entries: Int32Array }> | undefined> = new Array(ONE_LETTER + 1).fill(undefined);
    for (const { prefix, entries } of heads) {
      const slot = prefix.length === 1 ? ONE_LETTER : prefix.charCodeAt(1);
      (bySecond[slot] ??= []).push({ prefix, entries: Int32Array.from(entries) });
    }
    return bySecond;
  });
}

const NO_MATCHES: readonly PatternMatch[] = Object.freeze([]);
const NO_KEYS: readonly number[] = Object.freeze([]);

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
  /** hasLead[pattern]: the pattern has a `lead` group (see PhraseCheck.patterns), so its match is read with exec(). */
  private readonly hasLead: readonly boolean[] = [];
  /** The patterns without an anchor, in order, and their alternation (run from an offset to find where one can match). */
  private readonly unanchored: readonly number[] = [];
  private readonly unanchoredScan: RegExp | null = null;
  /** Scratch of matches(): the patterns that may match at one offset. */
  private readonly tried: number[] = [];

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
    this.hasLead = patterns.map((p) => p.includes('(?<lead>'));
    this.unanchored = anchors.flatMap((a, i) => (a === null ? [i] : []));
    if (this.unanchored.length > 0) this.unanchoredScan = compileAlternatives(this.unanchored.map((i) => patterns[i] as string), `g${unicode}`);
  }

  private mayScan(text: PreparedText): boolean {
    for (const pattern of this.unanchored) if (this.index!.meetsRequirements(text, this.list, pattern)) return true;
    return false;
  }

  matches(text: PreparedText): readonly PatternMatch[] {
    const { lower } = text;
    const { index, scan } = this;
    if (!index) {
      const found: PatternMatch[] = [];
      scan.lastIndex = 0;
      for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
        if (m[0].length === 0) scan.lastIndex++;
        else found.push({ index: m.index, length: m[0].length, lead: m.groups?.lead });
      }
      return found;
    }
    const { sticky, unanchored, unanchoredScan } = this;
    const listed = index.candidates(text, this.list);
    // A pattern whose requirements the text does not meet cannot match anywhere in it, so it cannot change what the
    // scan finds: the scan runs only when some unanchored pattern may match.
    const scanning = unanchoredScan !== null && this.mayScan(text);
    // Most rules find none of their words in a text: nothing to try, nothing to allocate.
    if (!listed && !scanning) return NO_MATCHES;
    const found: PatternMatch[] = [];
    const keys = listed ?? NO_KEYS;
    const { tried } = this;
    let offset = 0;
    let k = 0;
    // Where the next match of an unanchored pattern starts at or after `offset` (-1: not looked for yet).
    let nextUnanchored = scanning ? -1 : Infinity;
    for (;;) {
      while (k < keys.length && (keys[k] as number) < offset * MAX_PATTERNS) k++;
      const anchored = k < keys.length ? ((keys[k] as number) / MAX_PATTERNS) | 0 : Infinity;
      if (scanning && nextUnanchored < offset) {
        unanchoredScan.lastIndex = offset;
        nextUnanchored = unanchoredScan.exec(lower)?.index ?? Infinity;
      }
      const at = Math.min(anchored, nextUnanchored);
      if (at === Infinity) break;
      // The patterns that may match here, in their order: tried[0, tries). Counted rather than emptied by setting its
      // length, which lets go of the array's storage for the next offset to grow again.
      let tries = 0;
      for (let j = k; j < keys.length && (((keys[j] as number) / MAX_PATTERNS) | 0) === at; j++) tried[tries++] = (keys[j] as number) % MAX_PATTERNS;
      if (at === nextUnanchored)
        for (const pattern of unanchored) {
          // Into its place among the anchored ones (an insertion: a handful of patterns).
          let place = tries++;
          for (; place > 0 && (tried[place - 1] as number) > pattern; place--) tried[place] = tried[place - 1] as number;
          tried[place] = pattern;
        }
      // The first pattern to match here wins. A pattern without a `lead` group is run with test(), which builds no
      // result array: a sticky expression's lastIndex then says where the match ended.
      let length = 0;
      let lead: string | undefined;
      for (let n = 0; n < tries; n++) {
        const pattern = tried[n] as number;
        const re = sticky[pattern] as RegExp;
        re.lastIndex = at;
        if (!this.hasLead[pattern]) {
          if (!re.test(lower)) continue;
          length = re.lastIndex - at;
        } else {
          const match = re.exec(lower);
          if (!match) continue;
          length = match[0].length;
          lead = match.groups?.lead;
        }
        break;
      }
      if (length > 0) {
        found.push({ index: at, length, lead });
        offset = at + length;
      } else offset = at + 1;
    }
    return found;
  }
}
