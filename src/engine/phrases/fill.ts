import type { PhraseContext } from './types.js';

// fillPhrase works on the phrase text with markers from the Unicode private use area standing in for what is not
// plain template text yet: the wording around a missing value is repaired, the result tidied, and only then are the
// known values put in. So a value is inserted exactly as given (sanitized), is never re-read as a placeholder, and is
// never "tidied" or re-capitalized ("eBay" stays "eBay").
const VALUE_OPEN = '\uE000';
const VALUE_CLOSE = '\uE001';
/** Capitalize the next letter: a repair left a sentence starting where the template had a placeholder. */
const CAPITALIZE = '\uE002';
const MISSING_OPEN = '\uE003';
const MISSING_CLOSE = '\uE004';
const MARKER_CHARS = /[\uE000-\uE00F]/g;

/** Stands in for a placeholder whose name fillPhrase does not know; it is treated like a missing value. */
const UNKNOWN_NAME = '?';

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

const READERS = {
  'customer.firstName': (context: PhraseContext) => context.customer?.firstName,
  'agent.firstName': (context: PhraseContext) => context.agent?.firstName,
  'company.name': (context: PhraseContext) => context.company?.name,
  'ticket.id': (context: PhraseContext) => context.ticket?.id,
} as const;

type PlaceholderName = keyof typeof READERS;

/** The placeholder names fillPhrase fills, written in a phrase as {{name}}. */
export const PLACEHOLDER_NAMES = Object.freeze(Object.keys(READERS) as PlaceholderName[]);

// Agents type placeholders by hand in their own phrases; {{Customer.FirstName}} means the same thing.
const BY_LOWER_NAME = new Map(PLACEHOLDER_NAMES.map((name) => [name.toLowerCase(), name]));

function knownName(written: string): PlaceholderName | undefined {
  return BY_LOWER_NAME.get(written.toLowerCase());
}

/** The placeholder names a phrase uses, as written (without braces or inner spaces), in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/** Whether fillPhrase knows a placeholder name (case-insensitive, like fillPhrase itself). */
export function isKnownPlaceholder(name: string): boolean {
  return knownName(name) !== undefined;
}

const MAX_VALUE_CHARS = 60;
// Bidirectional controls could reorder the agent's own words around a value; they have no place in a name.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A value as plain text: no control characters, one line, trimmed, at most 60 characters. Empty when unusable. */
function sanitizeValue(value: unknown): string {
  // Context comes from page scraping and stored settings: do not trust the declared type.
  if (typeof value !== 'string') return '';
  // Line breaks and tabs separate words, so they become spaces; other control characters just go.
  const clean = value
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '')
    .replace(MARKER_CHARS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  // Cut by code points so an emoji or accented name is not split into a lone surrogate.
  return Array.from(clean).slice(0, MAX_VALUE_CHARS).join('').trim();
}

/** Text that reads as a placeholder with no value: MISSING_OPEN name MISSING_CLOSE, with an optional leading '#'. */
const ANY_MISSING = `#?${MISSING_OPEN}[^${MISSING_CLOSE}]*${MISSING_CLOSE}`;

function missing(name: string): string {
  return `#?${MISSING_OPEN}${name.replace(/\./g, '\\.')}${MISSING_CLOSE}`;
}

/** True when `offset` is where a sentence (or the text, or a line) starts, ignoring opening quotes and brackets. */
function atSentenceStart(whole: string, offset: number): boolean {
  return /(?:^|[.!?]["'”’)\]]*[ \t]+|\n)[ \t"'“‘(\uE002]*$/u.test(whole.slice(0, offset));
}

/** `word` written with the case of `model`'s first letter, so "Dear" becomes "Hi" and "dear" becomes "hi". */
function withCaseOf(model: string, word: string): string {
  const first = model.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

type Repair = (match: string, ...groups: string[]) => string;

/**
 * Replaces every match of `pattern` (case-insensitive: agents write "hi" too) in `text`. When the match starts a
 * sentence and its first word goes, the first letter after it is capitalized later: the sentence no longer starts
 * as the template did.
 */
function repair(text: string, pattern: string, replacement: Repair): string {
  return text.replace(new RegExp(pattern, 'giu'), (match: string, ...rest: unknown[]) => {
    // replace() passes the groups, then the offset, then the whole string.
    const offsetIndex = rest.findIndex((item) => typeof item === 'number');
    const offset = rest[offsetIndex] as number;
    const groups = rest.slice(0, offsetIndex).map((group) => (typeof group === 'string' ? group : ''));
    const out = replacement(match, ...groups);
    // A repair that keeps the sentence's first word keeps its case too ("hi there" stays as the agent wrote it).
    const firstWordRemoved = match.startsWith(MISSING_OPEN) || match.startsWith('#') || out === '';
    return firstWordRemoved && atSentenceStart(text, offset) ? CAPITALIZE + out : out;
  });
}

/**
 * Wording that only makes sense with a value, and what to say instead. Tried in order, before the generic removal
 * below, for each placeholder left without a value.
 */
const FALLBACKS: Record<PlaceholderName, readonly { pattern: string; replace: Repair }[]> = {
  'customer.firstName': [
    // "Hi {{customer.firstName}}," -> "Hi there,". "Dear there" is not English, so Dear falls back to Hi.
    {
      pattern: String.raw`\b(Hi|Hello|Hey|Dear)[ \t]*,?[ \t]*` + missing('customer.firstName'),
      replace: (_, greeting = '') => `${/^dear$/i.test(greeting) ? withCaseOf(greeting, 'hi') : greeting} there`,
    },
  ],
  'company.name': [
    // "The {{company.name}} team" -> "Our team"; "{{company.name}}'s" -> "our".
    {
      pattern: String.raw`\b(the)[ \t]+` + missing('company.name') + String.raw`[ \t]+(team|staff|crew)\b`,
      replace: (_, the = '', team = '') => `${withCaseOf(the, 'our')} ${team}`,
    },
    { pattern: missing('company.name') + String.raw`['’]s\b`, replace: () => 'our' },
    // "Everyone at {{company.name}}" -> "Everyone here"; "with {{company.name}}" -> "with us".
    { pattern: String.raw`\b(at)[ \t]+` + missing('company.name'), replace: (_, at = '') => withCaseOf(at, 'here') },
    {
      pattern: String.raw`\b(with|to|for|from)[ \t]+` + missing('company.name'),
      replace: (_, preposition = '') => `${preposition} us`,
    },
    { pattern: missing('company.name'), replace: () => 'our team' },
  ],
  'agent.firstName': [
    // "I'm {{agent.firstName}}, and I'll ..." -> "I'll ...": the introduction goes, the commitment stays.
    {
      pattern:
        String.raw`\b(?:I['’]m|I am|my name is|this is)[ \t]+` +
        missing('agent.firstName') +
        String.raw`(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)?`,
      replace: () => '',
    },
  ],
  'ticket.id': [
    // "on ticket #{{ticket.id}}" -> "on your ticket"; "Case {{ticket.id}} is open" -> "Your case is open".
    {
      pattern:
        String.raw`\b(?:(the|this|your|my)[ \t]+)?(ticket|case|request|reference|order)` +
        String.raw`(?:[ \t]+(?:number|no\.?|id))?[ \t]*` +
        missing('ticket.id'),
      replace: (_, determiner = '', noun = '') => withCaseOf(determiner || noun, `your ${noun.toLowerCase()}`),
    },
  ],
};

// After "Thanks, {{customer.firstName}}, for ..." loses the name, "for" continues the sentence: both commas go.
// After "Honestly, {{customer.firstName}}, I'm sorry", a new clause starts: one comma stays.
const CLAUSE_STARTS = new Set([
  'i', "i'm", "i've", "i'll", "i'd", 'we', "we're", "we've", "we'll", "we'd", 'you', "you're", "you've", "you'll",
  'it', "it's", 'this', "that's", 'there', 'here', 'let', "let's", 'please', 'our', 'my', 'your',
]);

/** Removes a placeholder that has no value and no fallback wording, with the punctuation that only served it. */
function removeMissing(text: string): string {
  let out = repair(
    text,
    String.raw`,[ \t]*${ANY_MISSING}[ \t]*,[ \t]*(?=([\p{L}'’]+))`,
    (_, nextWord = '') => (CLAUSE_STARTS.has(nextWord.toLowerCase().replace(/’/g, "'")) ? ', ' : ' '),
  );
  // "Thank you, {{customer.firstName}}." -> "Thank you."
  out = repair(out, String.raw`,[ \t]*${ANY_MISSING}(?=[ \t]*(?:[.!?;:…\n]|$))`, () => '');
  // "{{customer.firstName}}, I understand." -> "I understand." (capitalized through the marker).
  out = out.replace(new RegExp(`${ANY_MISSING}[ \\t]*,[ \\t]*`, 'gu'), (match, offset: number, whole: string) =>
    atSentenceStart(whole, offset) ? CAPITALIZE : match,
  );
  // A sign-off: "— {{agent.firstName}}".
  out = repair(out, String.raw`(?:[ \t]*[—–]|[ \t]+--?)[ \t]*${ANY_MISSING}`, () => '');
  return out.replace(new RegExp(ANY_MISSING, 'gu'), (_, offset: number, whole: string) =>
    atSentenceStart(whole, offset) ? CAPITALIZE : '',
  );
}

/** Spacing and punctuation left behind by removed words. */
function tidy(text: string): string {
  return text
    .replace(/\([ \t]*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+(?=[,.;:!?…)])/g, '')
    .replace(/,[ \t]*,/g, ',')
    .replace(/[,;:](?=[ \t]*[.!?])/g, '')
    .replace(/([.!?])[ \t]*[,;:]+/g, '$1')
    .replace(/^(\uE002?)[ \t]*[,;:][ \t,;:]*/gm, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/^[ \t]+/, '');
}

/**
 * The phrase with {{customer.firstName}}, {{agent.firstName}}, {{company.name}} and {{ticket.id}} filled in from
 * `context`. A missing, blank or unknown value never shows as braces or a gap: "Hi {{customer.firstName}}," reads
 * "Hi there,", {{company.name}} reads "our team" (or "us", "here"), and a lone name is removed with its commas.
 */
export function fillPhrase(text: string, context: PhraseContext): string {
  const values: string[] = [];
  let work = text.replace(MARKER_CHARS, '').replace(PLACEHOLDER, (_, written: string) => {
    const name = knownName(written);
    const value = name ? sanitizeValue(READERS[name](context)) : '';
    if (value === '') return MISSING_OPEN + (name ?? UNKNOWN_NAME) + MISSING_CLOSE;
    values.push(value);
    return VALUE_OPEN + String(values.length - 1) + VALUE_CLOSE;
  });

  if (work.includes(MISSING_OPEN)) {
    for (const name of PLACEHOLDER_NAMES) {
      for (const fallback of FALLBACKS[name]) work = repair(work, fallback.pattern, fallback.replace);
    }
    work = removeMissing(work);
  }

  // The marker capitalizes the next letter of template text; a value (VALUE_OPEN) keeps the case it was given.
  work = tidy(work)
    .replace(/\uE002([^\p{L}\p{N}\uE000]*)(\p{Ll})/gu, (_, before: string, letter: string) =>
      before + letter.toUpperCase(),
    )
    .replace(/\uE002/g, '');

  const valuePattern = new RegExp(`${VALUE_OPEN}(\\d+)${VALUE_CLOSE}`, 'g');
  return work.replace(valuePattern, (match, index: string, offset: number, whole: string) => {
    const value = values[Number(index)] ?? '';
    // "Acme Inc." before the template's own full stop would read "Acme Inc..".
    return value.endsWith('.') && whole.charAt(offset + match.length) === '.' ? value.slice(0, -1) : value;
  });
}
