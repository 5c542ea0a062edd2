import { DIGIT, SEPARATOR, symbolOf } from '../text/trigrams.js';

// What a pattern's every match needs in the text, derived from the pattern's own source so it cannot drift from it:
// "\bi\s+(?:understand|appreciate)\s+how" cannot match a text without " understand how" or " appreciate how". A check
// runs a pattern only on texts whose trigrams (text/trigrams.ts) hold one of those strings; most texts hold none of
// most patterns' words, and most of the engine's time was patterns scanning texts they cannot match.
//
// The reading is conservative: strings are spelled in the symbols trigrams.ts reads (letters, "#" for digits, " " for
// any run of other characters), and whatever this small reader does not know (an unknown escape, a backreference)
// makes the pattern "always run". test/engine/prefilter.test.ts holds it to that: over the rules' examples, the real
// data and generated texts, every match a pattern finds is in a text the requirement lets through.

/** `\b` not yet resolved: a word character on one side means a separator (or the text's edge) on the other. */
const BOUNDARY = '|';
/** Most strings a set may hold before it is given up (the product of a sequence grows fast). */
const MAX_STRINGS = 64;
/** Most symbols a character class may stand for and still be spelled out. */
const MAX_CLASS_SYMBOLS = 8;
/** Fewest symbols a string needs to be looked up (one trigram). */
const MIN_ATOM = 3;
/** Strings longer than this are not rarer in a way worth more lookups. */
const GOOD_ATOM = 6;
/**
 * How many of a pattern's facts are checked. Each costs lookups on every text; one fact with few strings already
 * rules most patterns out.
 */
const MAX_CLAUSES = 1;

/** One fact: the text holds at least one of these symbol strings. */
type Clause = readonly string[];

interface Summary {
  /** Every string the part can match, in symbols, when they are few; null when not known. */
  exact: string[] | null;
  /** Facts about any text the part matches in. */
  clauses: Clause[];
  /** When not exact: strings every match starts with (one of them), and ends with, if known. */
  prefix?: string[];
  suffix?: string[];
}

class Unsupported extends Error {}

const UNKNOWN: Summary = { exact: null, clauses: [] };
const EMPTY: Summary = { exact: [''], clauses: [] };
const one = (symbol: string): Summary => ({ exact: [symbol], clauses: [] });

const unique = (strings: Iterable<string>) => [...new Set(strings)];

/** Runs of separators as one; each `\b` resolved by its neighbours, or null when it cannot hold between them. */
function normalize(symbols: string): string | null {
  const collapsed = symbols.replace(/ {2,}/g, SEPARATOR).replace(/\|{2,}/g, BOUNDARY);
  if (!collapsed.includes(BOUNDARY)) return collapsed;
  let out = '';
  for (let k = 0; k < collapsed.length; k++) {
    const symbol = collapsed[k]!;
    if (symbol !== BOUNDARY) {
      out += symbol;
      continue;
    }
    const left = collapsed[k - 1];
    const right = collapsed[k + 1];
    if (left !== undefined && right !== undefined) {
      // A boundary between two word characters, or two separators, is never true.
      if ((left === SEPARATOR) === (right === SEPARATOR)) return null;
      continue;
    }
    const known = left ?? right;
    if (known === undefined) out += BOUNDARY;
    // A word character on the known side: the other side is a separator or the edge, which texts are read as.
    else if (known !== SEPARATOR) out += SEPARATOR;
  }
  return out.replace(/ {2,}/g, SEPARATOR);
}

function product(left: readonly string[], right: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of left)
    for (const b of right) {
      const joined = normalize(a + b);
      if (joined !== null) out.push(joined);
    }
  return unique(out);
}

/** A set of exact strings as a fact, or null when one of them is empty (then it says nothing). */
function clauseOf(exact: readonly string[]): Clause | null {
  const atoms = unique(exact.map((s) => s.replaceAll(BOUNDARY, ''))).sort((a, b) => a.length - b.length);
  if (atoms.length === 0 || atoms[0] === '') return null;
  // A text holding " will certainly " holds " will ": the longer string adds nothing to the fact.
  const kept: string[] = [];
  for (const atom of atoms) if (!kept.some((shorter) => atom.includes(shorter))) kept.push(atom);
  return kept;
}

/**
 * Facts are judged by what checking them costs (how many strings) and how much they narrow (their shortest string:
 * longer strings are rarer). A fact with a string shorter than MIN_ATOM cannot be looked up.
 */
const shortest = (clause: Clause) => Math.min(...clause.map((atom) => atom.length));
const usable = (clause: Clause) => shortest(clause) >= MIN_ATOM;
/**
 * A fact's worth: each symbol of its shortest string (up to GOOD_ATOM) is worth ten strings to look up. " i " (one
 * string of three) loses to the eight verbs of "(?:understand|get|appreciate|...)"; 27 strings of "you re ..." lose to
 * "(?:know|get)".
 */
const worth = (clause: Clause) => 10 * Math.min(shortest(clause), GOOD_ATOM) - clause.length;
const better = (a: Clause, b: Clause) => worth(b) - worth(a);

function factsOf(summary: Summary): Clause[] {
  const fromExact = summary.exact ? clauseOf(summary.exact) : null;
  return fromExact ? [...summary.clauses, fromExact] : summary.clauses;
}

function best(clauses: readonly Clause[]): Clause | null {
  let chosen: Clause | null = null;
  for (const clause of clauses) if (usable(clause) && (!chosen || worth(clause) > worth(chosen))) chosen = clause;
  return chosen;
}

function sequence(items: readonly Summary[]): Summary {
  const clauses: Clause[] = items.flatMap((item) => item.clauses);
  // The exact strings read since the last part that was not exact (or since the set grew too large).
  let run: string[] | null = [''];
  let prefix: string[] | undefined;
  let whole = true;
  const flush = () => {
    if (whole) prefix = run ?? undefined;
    whole = false;
    const clause = run ? clauseOf(run) : null;
    if (clause) clauses.push(clause);
  };
  const extend = (strings: readonly string[]) => {
    if (run && run.length * strings.length <= MAX_STRINGS) run = product(run, strings);
    else {
      flush();
      run = [...strings];
    }
  };
  for (const item of items) {
    // A part's own strings are a fact too: fewer strings than the run's product, cheaper to look up.
    const own = item.exact ? clauseOf(item.exact) : null;
    if (own) clauses.push(own);
    if (item.exact) extend(item.exact);
    else {
      // A part not known exactly still starts and ends with known strings, sometimes ("ugh+": "ugh").
      if (item.prefix) extend(item.prefix);
      flush();
      run = item.suffix ?? null;
    }
  }
  if (whole) return { exact: run, clauses };
  const suffix = run ?? undefined;
  flush();
  return { exact: null, clauses, prefix, suffix };
}

function union(alternatives: readonly Summary[]): Summary {
  if (alternatives.every((a) => a.exact)) {
    const exact = unique(alternatives.flatMap((a) => a.exact!));
    if (exact.length <= MAX_STRINGS) return { exact, clauses: [] };
  }
  // Any match is one alternative's: the fact is the union of one fact from each, if each has one.
  const chosen = alternatives.map((a) => best(factsOf(a)));
  const affixes = (side: 'prefix' | 'suffix') => {
    const sets = alternatives.map((a) => a.exact ?? a[side]);
    if (sets.some((set) => !set)) return undefined;
    const strings = unique(sets.flatMap((set) => set!));
    return strings.length <= MAX_STRINGS ? strings : undefined;
  };
  const clauses = chosen.some((c) => c === null) ? [] : [unique(chosen.flatMap((c) => c!))];
  return { exact: null, clauses, prefix: affixes('prefix'), suffix: affixes('suffix') };
}

function repeat(item: Summary, min: number, max: number): Summary {
  if (max === 0) return EMPTY;
  const { exact } = item;
  // Separators collapse: any number of them reads as one.
  if (exact && exact.every((s) => s === '' || s === SEPARATOR)) return { exact: unique(min === 0 ? [...exact, ''] : exact), clauses: item.clauses };
  if (min === 0) return max === 1 && exact ? { exact: unique([...exact, '']), clauses: [] } : UNKNOWN;
  if (max === 1) return item;
  if (exact && min === max && exact.length ** min <= MAX_STRINGS) {
    let out: string[] = [''];
    for (let k = 0; k < min; k++) out = product(out, exact);
    return { exact: out, clauses: item.clauses };
  }
  // At least one repetition: a match starts as one does and ends as one does.
  return { exact: null, clauses: factsOf(item), prefix: exact ?? item.prefix, suffix: exact ?? item.suffix };
}

const HEX = /^[0-9a-fA-F]+$/;
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;

/** A small reader of the regular-expression syntax the rules use, to summaries; Unsupported for anything else. */
function summarize(source: string): Summary {
  let i = 0;

  const hexChar = (digits: number) => {
    const hex = source.slice(i, i + digits);
    if (hex.length !== digits || !HEX.test(hex)) throw new Unsupported();
    i += digits;
    return String.fromCodePoint(parseInt(hex, 16));
  };
  /** The character of a `\x..`, `\u....` or `\u{...}` escape (i past the letter). */
  const codeEscape = (letter: string) => {
    if (letter === 'x') return hexChar(2);
    if (source[i] !== '{') return hexChar(4);
    const close = source.indexOf('}', i);
    if (close < 0) throw new Unsupported();
    const hex = source.slice(i + 1, close);
    if (!HEX.test(hex)) throw new Unsupported();
    i = close + 1;
    return String.fromCodePoint(parseInt(hex, 16));
  };
  const skipBraces = () => {
    if (source[i] !== '{') throw new Unsupported();
    const close = source.indexOf('}', i);
    if (close < 0) throw new Unsupported();
    i = close + 1;
  };

  /** An escape outside a class (i past the backslash). */
  function escape(): Summary {
    const letter = source[i++];
    if (letter === undefined) throw new Unsupported();
    switch (letter) {
      case 'b':
        return one(BOUNDARY);
      case 'B':
        return EMPTY;
      case 'd':
        return one(DIGIT);
      case 's':
      case 'W':
      case 'n':
      case 'r':
      case 't':
      case 'f':
      case 'v':
        return one(SEPARATOR);
      case 'D':
      case 'S':
      case 'w':
        return UNKNOWN;
      case 'p':
      case 'P':
        skipBraces();
        return UNKNOWN;
      case 'k':
        // A backreference matches what a group matched: anything, as far as this reader knows.
        if (source[i] !== '<') throw new Unsupported();
        i = source.indexOf('>', i) + 1;
        if (i === 0) throw new Unsupported();
        return UNKNOWN;
      case 'x':
      case 'u':
        return one(symbolOf(codeEscape(letter)));
      default:
        if (/[1-9]/.test(letter)) {
          while (/[0-9]/.test(source[i] ?? '')) i++;
          return UNKNOWN;
        }
        if (letter === '0' && !/[0-9]/.test(source[i] ?? '')) return one(SEPARATOR);
        if (/[A-Za-z0-9]/.test(letter)) throw new Unsupported();
        return one(symbolOf(letter));
    }
  }

  /** One member of a class as a character (for ranges), or a set of symbols, or 'unknown' (i at the member). */
  function classMember(): { char: string } | { symbols: string[] } | 'unknown' {
    const ch = source[i++];
    if (ch === undefined) throw new Unsupported();
    if (ch !== '\\') return { char: ch };
    const letter = source[i++];
    if (letter === undefined) throw new Unsupported();
    switch (letter) {
      case 'd':
        return { symbols: [DIGIT] };
      case 's':
      case 'W':
      case 'b':
      case 'n':
      case 'r':
      case 't':
      case 'f':
      case 'v':
        return { symbols: [SEPARATOR] };
      case 'D':
      case 'S':
      case 'w':
        return 'unknown';
      case 'p':
      case 'P':
        skipBraces();
        return 'unknown';
      case 'x':
      case 'u':
        return { char: codeEscape(letter) };
      default:
        if (/[A-Za-z0-9]/.test(letter)) throw new Unsupported();
        return { char: letter };
    }
  }

  /** A character class (i past the "["). */
  function characterClass(): Summary {
    const negated = source[i] === '^';
    if (negated) i++;
    const symbols = new Set<string>();
    let unknown = negated;
    while (source[i] !== ']') {
      if (i >= source.length) throw new Unsupported();
      const member = classMember();
      if (member === 'unknown') {
        unknown = true;
        continue;
      }
      if ('symbols' in member) {
        for (const s of member.symbols) symbols.add(s);
        continue;
      }
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        i++;
        const upper = classMember();
        if (upper === 'unknown' || !('char' in upper)) throw new Unsupported();
        const from = member.char.codePointAt(0)!;
        const to = upper.char.codePointAt(0)!;
        if (to - from > 256) unknown = true;
        else for (let code = from; code <= to; code++) symbols.add(symbolOf(String.fromCodePoint(code)));
      } else symbols.add(symbolOf(member.char));
    }
    i++;
    if (unknown || symbols.size > MAX_CLASS_SYMBOLS) return UNKNOWN;
    return { exact: [...symbols], clauses: [] };
  }

  function group(): Summary {
    // i past the "(".
    let kind: 'group' | 'ahead' | 'not-ahead' | 'behind' | 'not-behind' = 'group';
    if (source[i] === '?') {
      const next = source[i + 1];
      if (next === ':') i += 2;
      else if (next === '=') [kind, i] = ['ahead', i + 2];
      else if (next === '!') [kind, i] = ['not-ahead', i + 2];
      else if (next === '<' && source[i + 2] === '=') [kind, i] = ['behind', i + 3];
      else if (next === '<' && source[i + 2] === '!') [kind, i] = ['not-behind', i + 3];
      else if (next === '<') {
        i = source.indexOf('>', i) + 1;
        if (i === 0) throw new Unsupported();
      } else throw new Unsupported();
    }
    const inner = disjunction();
    if (source[i] !== ')') throw new Unsupported();
    i++;
    if (kind === 'group') return inner;
    // A lookaround reads no characters of the match; a positive one still tells what the text holds.
    return kind === 'ahead' || kind === 'behind' ? { exact: [''], clauses: factsOf(inner) } : EMPTY;
  }

  function atom(): Summary {
    const ch = source[i++]!;
    switch (ch) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        return UNKNOWN;
      case '^':
      case '$':
        // The text's edges read as separators.
        return one(SEPARATOR);
      case '*':
      case '+':
      case '?':
        throw new Unsupported();
      default:
        if (ch === '{' && QUANTIFIER.test(source.slice(i - 1))) throw new Unsupported();
        return one(symbolOf(ch));
    }
  }

  function quantified(item: Summary): Summary {
    let min: number;
    let max: number;
    const ch = source[i];
    if (ch === '*') [min, max, i] = [0, Infinity, i + 1];
    else if (ch === '+') [min, max, i] = [1, Infinity, i + 1];
    else if (ch === '?') [min, max, i] = [0, 1, i + 1];
    else {
      const braces = ch === '{' ? QUANTIFIER.exec(source.slice(i)) : null;
      if (!braces) return item;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
      i += braces[0].length;
    }
    if (source[i] === '?') i++;
    return repeat(item, min, max);
  }

  function alternative(): Summary {
    const items: Summary[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom()));
    return sequence(items);
  }

  function disjunction(): Summary {
    const alternatives = [alternative()];
    while (source[i] === '|') {
      i++;
      alternatives.push(alternative());
    }
    return alternatives.length === 1 ? alternatives[0]! : union(alternatives);
  }

  const summary = disjunction();
  if (i !== source.length) throw new Unsupported();
  return summary;
}

/**
 * What a text must hold for the pattern to match anywhere in it, as symbol strings: every fact (a list of strings)
 * must hold, a fact holding when the text holds one of its strings. Null when nothing is known: the pattern always runs.
 */
export function requiredStrings(pattern: string): string[][] | null {
  let summary: Summary;
  try {
    summary = summarize(pattern);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const facts = factsOf(summary).filter(usable).sort(better).slice(0, MAX_CLAUSES);
  return facts.length > 0 ? facts.map((fact) => [...fact]) : null;
}
