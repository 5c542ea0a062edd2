// The words a pattern's match can start with, read from the pattern's source once at load time, so a rule whose words
// are not in a text costs a lookup instead of a scan, and a rule whose words are runs only where they stand.
//
// A "word" here is what `\b` and `\w` mean in the engine's regular expressions (no `i` flag): a run of [A-Za-z0-9_].
// For a pattern that starts on `\b` and a word character, every match starts where a word of the text starts, and
// that word either equals one of `words` or begins with one of `prefixes`. Reading is conservative: whatever the
// reader does not follow (a lookahead, a back-reference, a class of many letters, a repetition) widens the answer
// (a word becomes a prefix, a prefix becomes shorter), never narrows it; a pattern it cannot bound at all (one that can
// start on a space or punctuation, or inside a word) gets no anchor and is run over the whole text as before.

export interface Anchor {
  /** The match starts where a word of the text starts, and the word is exactly one of these... */
  words: readonly string[];
  /** ...or starts with one of these ('' means any word: the match still starts where a word does)... */
  prefixes: readonly string[];
  /** ...or the match starts on one of these characters (punctuation: "#fail", "?", ". hey")... */
  chars: readonly string[];
  /** ...or its first word is exactly the first of one of these pairs and the text's next word exactly the second. */
  pairs: ReadonlyArray<readonly [string, string]>;
}

// A small parser for the regular-expression syntax the rules use.
type Node =
  | { type: 'char'; code: number }
  | { type: 'class'; chars: readonly number[] | null; wordOnly: boolean; nonWordOnly: boolean }
  | { type: 'boundary' }
  | { type: 'start' } // ^
  | { type: 'zero' } // any other zero-width assertion: $ \B, lookarounds
  | { type: 'group'; branches: Node[][] }
  | { type: 'repeat'; node: Node; min: number; max: number }
  | { type: 'unknown' }; // back-references and anything else: may consume anything

const isWordCode = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

const DIGITS = Array.from({ length: 10 }, (_, i) => 0x30 + i);

/** Classes with at most this many word characters are followed character by character ([sz], [- ]). */
const MAX_ENUMERATED = 6;

/** Groups by their source text, shared by every pattern that holds them. */
const INTERNED = new Map<string, Node>();

class Parser {
  i = 0;
  constructor(readonly source: string) {}

  parseAlternation(): Node[][] {
    const branches: Node[][] = [this.parseSequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      branches.push(this.parseSequence());
    }
    return branches;
  }

  parseSequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const atom = this.parseAtom();
      items.push(this.parseQuantifier(atom));
    }
    return items;
  }

  parseQuantifier(atom: Node): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const ch = s[this.i];
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(s.slice(this.i))) {
      const [, low, comma, high] = /^\{(\d+)(,?)(\d*)\}/.exec(s.slice(this.i)) as RegExpExecArray;
      min = Number(low);
      max = comma ? (high ? Number(high) : Infinity) : min;
      this.i += (/^\{\d+(?:,\d*)?\}/.exec(s.slice(this.i)) as RegExpExecArray)[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same set of matches
    return { type: 'repeat', node: atom, min, max };
  }

  /** A group after its "(": (?:...), (?<name>...), (...), or a lookaround (zero width). */
  parseGroup(): Node {
    const s = this.source;
    let lookaround = false;
    if (s[this.i] === '?') {
      if (s[this.i + 1] === ':') this.i += 2;
      else if (s[this.i + 1] === '=' || s[this.i + 1] === '!') [this.i, lookaround] = [this.i + 2, true];
      else if (s[this.i + 1] === '<' && (s[this.i + 2] === '=' || s[this.i + 2] === '!')) [this.i, lookaround] = [this.i + 3, true];
      else if (s[this.i + 1] === '<') this.i = s.indexOf('>', this.i) + 1; // a named group
      else throw new Error(`anchors: unknown group at ${this.i} in ${s}`);
    }
    const branches = this.parseAlternation();
    if (s[this.i] !== ')') throw new Error(`anchors: unclosed group in ${s}`);
    this.i++;
    return lookaround ? { type: 'zero' } : { type: 'group', branches };
  }

  parseAtom(): Node {
    const s = this.source;
    const ch = s.charAt(this.i++);
    if (ch === '(') {
      const from = this.i - 1;
      const group = this.parseGroup();
      // The same sub-expression (a list of insults, of feelings) recurs across patterns: one node for it, so what is
      // read of it is remembered once.
      const source = s.slice(from, this.i);
      const known = INTERNED.get(source);
      if (known) return known;
      INTERNED.set(source, group);
      return group;
    }
    if (ch === '[') return this.parseClass();
    if (ch === '.') return { type: 'class', chars: null, wordOnly: false, nonWordOnly: false };
    if (ch === '^') return { type: 'start' };
    if (ch === '$') return { type: 'zero' };
    if (ch === '\\') return this.parseEscape(false);
    return { type: 'char', code: ch.charCodeAt(0) };
  }

  /** An escape after the backslash; in a class, returns the code it stands for or a class node. */
  parseEscape(inClass: boolean): Node {
    const s = this.source;
    const ch = s.charAt(this.i++);
    switch (ch) {
      case 'b':
        return inClass ? { type: 'char', code: 8 } : { type: 'boundary' };
      case 'B':
        return { type: 'zero' };
      case 'w':
        return { type: 'class', chars: null, wordOnly: true, nonWordOnly: false };
      case 'd':
        return { type: 'class', chars: inClass ? null : DIGITS, wordOnly: true, nonWordOnly: false };
      case 's':
      case 'W':
        return { type: 'class', chars: null, wordOnly: false, nonWordOnly: true };
      case 'D':
      case 'S':
        return { type: 'class', chars: null, wordOnly: false, nonWordOnly: false };
      case 'p':
      case 'P':
        this.i = s.indexOf('}', this.i) + 1;
        return { type: 'class', chars: null, wordOnly: false, nonWordOnly: false };
      case 'n':
        return { type: 'char', code: 10 };
      case 't':
        return { type: 'char', code: 9 };
      case 'r':
        return { type: 'char', code: 13 };
      case 'f':
        return { type: 'char', code: 12 };
      case 'v':
        return { type: 'char', code: 11 };
      case 'u': {
        if (s[this.i] === '{') {
          const end = s.indexOf('}', this.i);
          const code = Number.parseInt(s.slice(this.i + 1, end), 16);
          this.i = end + 1;
          return { type: 'char', code };
        }
        const code = Number.parseInt(s.slice(this.i, this.i + 4), 16);
        this.i += 4;
        return { type: 'char', code };
      }
      case 'x': {
        const code = Number.parseInt(s.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return { type: 'char', code };
      }
      case 'k':
        this.i = s.indexOf('>', this.i) + 1;
        return { type: 'unknown' };
      default:
        if (/[1-9]/.test(ch)) {
          while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
          return { type: 'unknown' };
        }
        if (/[A-Za-z0-9]/.test(ch)) return { type: 'unknown' }; // an escape this reader does not know
        return { type: 'char', code: ch.charCodeAt(0) };
    }
  }

  parseClass(): Node {
    const s = this.source;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const codes: number[] = [];
    let wordOnly = true;
    let nonWordOnly = true;
    let enumerable = true;
    const addRange = (from: number, to: number) => {
      for (let c = from; c <= to; c++) {
        if (isWordCode(c)) nonWordOnly = false;
        else wordOnly = false;
        if (codes.length <= MAX_ENUMERATED * 4) codes.push(c);
        else enumerable = false;
      }
    };
    while (this.i < s.length && s[this.i] !== ']') {
      let from: number;
      if (s[this.i] === '\\') {
        this.i++;
        const escaped = this.parseEscape(true);
        if (escaped.type !== 'char') {
          if (escaped.type === 'class') {
            if (!escaped.wordOnly) wordOnly = false;
            if (!escaped.nonWordOnly) nonWordOnly = false;
          } else [wordOnly, nonWordOnly] = [false, false];
          enumerable = false;
          continue;
        }
        from = escaped.code;
      } else from = s.charCodeAt(this.i++);
      let to = from;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && s[this.i + 1] !== undefined) {
        this.i++;
        if (s[this.i] === '\\') {
          this.i++;
          const escaped = this.parseEscape(true);
          to = escaped.type === 'char' ? escaped.code : from;
          if (escaped.type !== 'char') [wordOnly, nonWordOnly, enumerable] = [false, false, false];
        } else to = s.charCodeAt(this.i++);
      }
      addRange(from, to);
    }
    this.i++; // ]
    if (negated) return { type: 'class', chars: null, wordOnly: false, nonWordOnly: false };
    const wordCodes = codes.filter(isWordCode);
    return {
      type: 'class',
      chars: enumerable && wordCodes.length <= MAX_ENUMERATED ? codes : null,
      wordOnly: wordOnly && codes.length > 0,
      nonWordOnly: nonWordOnly && codes.length > 0,
    };
  }
}

/**
 * A way the reading can stand: the first word once it is closed (a non-word character or `\b` after it), the word
 * characters read since, and whether `\b` held at the match's start.
 */
interface Open {
  first: string | null;
  word: string;
  boundary: boolean;
}
/**
 * What the reading concluded: the first word exact ('word'), exact and followed by an exact second word ('pair'), or
 * a prefix of it; a character the match starts on; or that it cannot say ('none').
 */
type Outcome =
  | { kind: 'word' | 'prefix' | 'char'; text: string }
  | { kind: 'pair'; text: string; second: string }
  | { kind: 'none' };

/** Beyond this many ways of reading, each is widened: still true, only less sharp. */
const MAX_OPEN = 500;

const NONE: Outcome = { kind: 'none' };

/** What can still be said of a way the reader stops following. */
function widen(o: Open, wordOnlyNext = false): Outcome {
  if (o.first !== null) return { kind: 'word', text: o.first };
  if (o.word !== '') return { kind: 'prefix', text: o.word };
  return o.boundary && wordOnlyNext ? { kind: 'prefix', text: '' } : NONE;
}

/**
 * Whether the reader goes on past the first word to read pairs. Requirements need only the first word of a part, and
 * reading on there would only cost time at load.
 */
let readingPairs = true;

/** The word being read ends: it becomes the first word, or with the first one a pair. */
function close(o: Open, done: Outcome[]): Open[] {
  if (o.first === null) {
    if (readingPairs) return [{ first: o.word, word: '', boundary: o.boundary }];
    done.push({ kind: 'word', text: o.word });
    return [];
  }
  done.push({ kind: 'pair', text: o.first, second: o.word });
  return [];
}

function step(node: Node, open: Open[], done: Outcome[]): Open[] {
  switch (node.type) {
    case 'boundary':
      // After a word character, `\b` says a non-word one (or the end) follows: the word is closed.
      return open.flatMap((o) => (o.word !== '' ? close(o, done) : o.first === null ? [{ ...o, boundary: true }] : [o]));
    case 'start':
      // Patterns never carry the `m` flag, so `^` is the text's start: a word there starts there.
      return open.map((o) => (o.first === null && o.word === '' ? { ...o, boundary: true } : o));
    case 'zero':
      return open;
    case 'unknown':
      for (const o of open) done.push(widen(o));
      return [];
    case 'char':
      return consume(open, [node.code], done);
    case 'class':
      if (node.chars) return consume(open, node.chars, done);
      if (node.nonWordOnly)
        // One of many non-word characters (\s, \W): it closes a word, or stays in the gap between the two words; first,
        // it says nothing of where the match starts.
        return open.flatMap((o) => {
          if (o.word !== '') return close(o, done);
          if (o.first !== null) return [o];
          done.push(NONE);
          return [];
        });
      for (const o of open) done.push(widen(o, node.wordOnly));
      return [];
    case 'group':
      // A long list of words while reading the second word would multiply the ways beyond use: its first words stand
      // alone instead.
      if (open.length * node.branches.length > MAX_OPEN && open.some((o) => o.first !== null)) {
        for (const o of open) done.push(widen(o));
        return [];
      }
      return node.branches.flatMap((branch) => sequence(branch, open, done));
    case 'repeat': {
      const skipped = node.min === 0 ? open : [];
      if (node.max === 0) return open;
      if (node.max === 1) return [...skipped, ...step(node.node, open, done)];
      // More repetitions may follow. Of a part that reads only non-word characters (`\s+`), more repetitions only
      // widen the gap, which changes nothing read; of any other, a way the repetition changed may change further
      // (`u+` in a word), so it is widened, and a way it left as it was goes on.
      const once = step(node.node, open, done);
      if (readsOnlyGap(node.node)) return [...skipped, ...once];
      const unchanged: Open[] = [];
      for (const after of once) {
        if (open.some((before) => before.word === after.word && before.first === after.first)) unchanged.push(after);
        else done.push(widen(after));
      }
      return [...skipped, ...unchanged];
    }
  }
}

/** Whether a part reads only non-word characters (a gap between words: spaces, punctuation). */
function readsOnlyGap(node: Node): boolean {
  switch (node.type) {
    case 'char':
      return !isWordCode(node.code);
    case 'class':
      return node.nonWordOnly || (node.chars !== null && node.chars.every((c) => !isWordCode(c)));
    case 'zero':
    case 'start':
    case 'boundary':
      return true;
    case 'repeat':
      return readsOnlyGap(node.node);
    case 'group':
      return node.branches.every((branch) => branch.every(readsOnlyGap));
    case 'unknown':
      return false;
  }
}

/** Reads one character (any one of codes) on every open way. */
function consume(open: Open[], codes: readonly number[], done: Outcome[]): Open[] {
  const next: Open[] = [];
  for (const o of open)
    for (const code of codes) {
      if (isWordCode(code)) {
        // A word character at the match's start counts only where `\b` said a word starts there.
        if (o.first === null && o.word === '' && !o.boundary) done.push(NONE);
        else next.push({ ...o, word: o.word + String.fromCharCode(code) });
      } else if (o.word !== '') next.push(...close(o, done));
      else if (o.first !== null) next.push(o);
      else done.push({ kind: 'char', text: String.fromCodePoint(code) });
    }
  return next;
}

function sequence(items: readonly Node[], open: Open[], done: Outcome[]): Open[] {
  let current = open;
  for (const item of items) {
    if (current.length === 0) break;
    current = step(item, current, done);
    if (current.length > MAX_OPEN) {
      for (const o of current) done.push(widen(o));
      return [];
    }
  }
  return current;
}

function parse(pattern: string): Node[][] {
  const parser = new Parser(pattern);
  const branches = parser.parseAlternation();
  if (parser.i !== pattern.length) throw new Error(`anchors: cannot read ${pattern} past ${parser.i}`);
  return branches;
}

/** The words every match of `pattern` can start on, or null when the pattern may start elsewhere. */
export function anchorOf(pattern: string): Anchor | null {
  const branches = parse(pattern);
  const done: Outcome[] = [];
  const left = branches.flatMap((branch) => sequence(branch, [{ first: null, word: '', boundary: false }], done));
  // The pattern ended: a first word closed stands alone; a word being read may go on.
  for (const o of left) done.push(widen(o));
  const texts = (kind: Outcome['kind']) => [...new Set(done.flatMap((o) => (o.kind === kind && 'text' in o ? [o.text] : [])))].sort();
  if (done.some((o) => o.kind === 'none')) return null;
  const prefixes = texts('prefix');
  // A prefix that starts with a shorter one adds nothing; neither does a word that starts with a prefix, nor a pair
  // whose first word stands alone or starts with a prefix.
  const minimal = prefixes.filter((p) => !prefixes.some((q) => q !== p && p.startsWith(q)));
  const covered = (w: string) => minimal.some((p) => w.startsWith(p));
  const words = texts('word').filter((w) => !covered(w));
  const pairs = [
    ...new Set(done.flatMap((o) => (o.kind === 'pair' && !covered(o.text) && !words.includes(o.text) ? [`${o.text} ${o.second}`] : []))),
  ].sort();
  return { words, prefixes: minimal, chars: texts('char'), pairs: pairs.map((p) => p.split(' ') as [string, string]) };
}

/**
 * Words a match must hold somewhere (one of them, as a whole word or a word's start): "understand" in "i ... understand
 * how". A pattern whose anchor is a common word ("i", "you") then runs only in texts that also hold a rarer word of
 * it. Read from the parts every match passes through (a part repeated at least once, not an optional one) that start
 * where a word does (after a space, punctuation or `\b`); of several, the one whose shortest word is longest.
 */
export interface Requirement {
  words: readonly string[];
  prefixes: readonly string[];
}

/** Words so common that requiring them rules out few texts. */
const COMMON = new Set(
  'a an and are at be but by can do for from have i if in is it my no not of on or our so that the this to us was we will with you your'.split(' '),
);

/** How much a requirement rules out: its shortest word's length, common words counting as nothing, a prefix as a letter less. */
function selectivity(req: Requirement): number {
  return Math.min(...req.words.map((w) => (COMMON.has(w) ? 0 : w.length)), ...req.prefixes.map((p) => p.length - 1));
}

/** A requirement whose shortest word is shorter than this rules out too few texts to be worth its lookups. */
const MIN_SELECTIVITY = 4;
/** The same, for a pattern anchored on common words (see requirementsOf). */
const MIN_SELECTIVITY_AFTER_COMMON = 3;

/** The first word of what `node` matches when it starts where a word starts, or null when not every way has one. */
const wordAtStartMemo = new WeakMap<readonly Node[], Map<number, Requirement | null>>();

/** The first word of what items[from...] match when they start where a word starts (memoized: parts repeat). */
function wordAtStart(items: readonly Node[], from: number): Requirement | null {
  let memo = wordAtStartMemo.get(items);
  if (!memo) wordAtStartMemo.set(items, (memo = new Map()));
  if (memo.has(from)) return memo.get(from) ?? null;
  const done: Outcome[] = [];
  readingPairs = false;
  try {
    for (const o of sequence(items.slice(from), [{ first: null, word: '', boundary: true }], done)) done.push(widen(o));
  } finally {
    readingPairs = true;
  }
  const req = firstWordOf(done);
  memo.set(from, req);
  return req;
}

function firstWordOf(done: readonly Outcome[]): Requirement | null {
  if (done.length === 0 || done.some((o) => o.kind === 'none' || o.kind === 'char' || (o.kind === 'prefix' && o.text === ''))) return null;
  const prefixes = [...new Set(done.flatMap((o) => (o.kind === 'prefix' ? [o.text] : [])))];
  const minimal = prefixes.filter((p) => !prefixes.some((q) => q !== p && p.startsWith(q)));
  const words = [...new Set(done.flatMap((o) => (o.kind === 'word' || o.kind === 'pair' ? [o.text] : [])))].filter(
    (w) => !minimal.some((p) => w.startsWith(p)),
  );
  return { words, prefixes: minimal };
}

/** Whether `node` always ends on a non-word character. */
function endsNonWord(node: Node): boolean {
  switch (node.type) {
    case 'start': // nothing before it
    case 'boundary': // a word character after it has a non-word one (or nothing) before
      return true;
    case 'char':
      return !isWordCode(node.code);
    case 'class':
      return node.nonWordOnly || (node.chars !== null && node.chars.every((c) => !isWordCode(c)));
    case 'repeat':
      return node.min >= 1 && endsNonWord(node.node);
    case 'group':
      return node.branches.every((branch) => {
        const last = branch.filter((item) => item.type !== 'zero').pop();
        return last !== undefined && endsNonWord(last);
      });
    default:
      return false;
  }
}

/** Whether the part at `j` starts where a word starts (if it starts on a word character). */
function startsAfterNonWord(items: readonly Node[], j: number, atStart: boolean): boolean {
  if (j === 0) return atStart;
  const before = items[j - 1] as Node;
  if (before.type === 'boundary' || before.type === 'start') return true;
  if (before.type === 'zero') return startsAfterNonWord(items, j - 1, atStart);
  if (before.type === 'repeat' && before.min === 0) return endsNonWord(before.node) && startsAfterNonWord(items, j - 1, atStart);
  return endsNonWord(before);
}

/** Every requirement of a sequence's parts (each must be met), sharpest first. */
function sequenceRequirements(items: readonly Node[], atStart: boolean): Requirement[] {
  const found: Requirement[] = [];
  items.forEach((item, j) => {
    if (item.type === 'repeat' && item.min === 0) return;
    const inner = item.type === 'repeat' ? item.node : item;
    const wordStart = startsAfterNonWord(items, j, atStart);
    // A repeated part reads once at least; a part read once reads on into the parts after it (a word's letters are
    // parts of their own).
    const own = !wordStart ? null : item.type === 'repeat' ? wordAtStart([inner], 0) : wordAtStart(items, j);
    const nested = inner.type === 'group' ? alternationRequirement(inner.branches, wordStart) : null;
    // The part's own first word, or what its branches require, whichever is sharper (both hold).
    const sharper = own && nested ? (selectivity(nested) > selectivity(own) ? nested : own) : (own ?? nested);
    if (sharper) found.push(sharper);
  });
  return found.sort((a, b) => selectivity(b) - selectivity(a));
}

function sequenceRequirement(items: readonly Node[], atStart: boolean): Requirement | null {
  return sequenceRequirements(items, atStart)[0] ?? null;
}

const alternationMemo = [new WeakMap<readonly Node[][], Requirement | null>(), new WeakMap<readonly Node[][], Requirement | null>()] as const;

/** Every branch must require something; the alternation requires one of their words. */
function alternationRequirement(branches: readonly Node[][], atStart: boolean): Requirement | null {
  const memo = alternationMemo[atStart ? 1 : 0];
  if (memo.has(branches)) return memo.get(branches) ?? null;
  const req = readAlternationRequirement(branches, atStart);
  memo.set(branches, req);
  return req;
}

function readAlternationRequirement(branches: readonly Node[][], atStart: boolean): Requirement | null {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const branch of branches) {
    const req = sequenceRequirement(branch, atStart);
    if (!req) return null;
    for (const w of req.words) words.add(w);
    for (const p of req.prefixes) prefixes.add(p);
  }
  const minimal = [...prefixes].filter((p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)));
  return { words: [...words].filter((w) => !minimal.some((p) => w.startsWith(p))).sort(), prefixes: minimal.sort() };
}

/** At most this many requirements per pattern: each costs a lookup, and the sharpest rule out most. */
const MAX_REQUIREMENTS = 3;

/**
 * The requirements sharper than the anchor's own first words (all must be met), or none. The anchor already
 * requires its first words; a requirement is worth its lookups only when its words are rarer. A pattern that may start
 * on a character (or anywhere: no anchor) is tried at every one of them, or scanned for over the whole text: there any
 * requirement that rules texts out pays, however short its words. One anchored on common words ("i", "you") is tried
 * at most of a text's sentences: a requirement of three letters pays there (measured: two letters cost more lookups
 * than they save tries; four, the general bar, left a tenth of the customer side's tries to fail).
 */
export function requirementsOf(pattern: string, anchor: Anchor | null): Requirement[] {
  const branches = parse(pattern);
  const all = branches.length === 1 ? sequenceRequirements(branches[0] as Node[], false) : [alternationRequirement(branches, false)];
  const one = (w: string) => selectivity({ words: [w], prefixes: [] });
  const ownSelectivity = anchor
    ? Math.min(
        ...[...anchor.words, ...anchor.prefixes].map(one),
        ...anchor.pairs.map(([first, second]) => Math.max(one(first), one(second))),
        ...(anchor.chars.length > 0 ? [0] : []),
      )
    : 0;
  const minimum = !anchor || anchor.chars.length > 0 ? 1 : ownSelectivity === 0 ? MIN_SELECTIVITY_AFTER_COMMON : MIN_SELECTIVITY;
  return all
    .filter(
      (req): req is Requirement =>
        req !== null && req.words.length + req.prefixes.length > 0 && selectivity(req) >= minimum && selectivity(req) > ownSelectivity,
    )
    .slice(0, MAX_REQUIREMENTS);
}
