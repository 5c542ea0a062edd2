// Parts of a message that are not the writer's own words: quoted earlier mail, signatures, URLs, handles, quoted
// speech. They are blanked out (replaced by spaces, newlines kept) rather than cut, so every offset in the masked text
// is the same offset in the original and spans need no mapping back.

/** Where quoted history starts: everything from here to the end is earlier mail, not the writer's. */
// Each with a marker the text must contain (lower-cased) for the pattern to be worth running: most texts have none.
const HISTORY_STARTS: ReadonlyArray<readonly [marker: string, pattern: RegExp]> = [
  // Gmail / Apple Mail: "On Mon, 3 Jun 2024 at 10:02, Ana <ana@x.com> wrote:" (Gmail may wrap it over two lines).
  ['wrote:', /^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,120})?\bwrote:[ \t]*$/im],
  // Outlook: "-----Original Message-----" and "From: ... Sent: ..." header blocks.
  ['original message', /^[ \t]*-{2,}[ \t]*Original Message[ \t]*-{2,}/im],
  ['from:', /^[ \t]*From:[^\n]*\n[ \t]*(?:Sent|Date):/im],
  // Zendesk's reply separator.
  ['##-', /^[ \t]*##-+[ \t]*Please type your reply above this line/im],
];

/** A signature delimiter ("-- " alone on a line, RFC 3676) starts the signature. */
const SIGNATURE_START = /^--[ \t]?$/m;

/**
 * Inline things whose words are not sentences: links, addresses, @handles, code. Each runs only when its marker
 * character is in the text at all (most replies have none). The address pattern starts only where a local part can
 * start: without the lookbehind, a long run of word characters backtracks quadratically.
 */
// An address's local part, "@" and domain (the lookbehind: it starts only where a local part can), or a handle.
const ADDRESS_SOURCE = String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const HANDLE_SOURCE = String.raw`(?<![\w@])@[\w.-]+`;
const INLINE_NOISE: ReadonlyArray<readonly [marker: string, pattern: RegExp]> = [
  // Markup pasted into a reply or kept in an export ("<img src=x onerror=...>", "</p>"): tags are not words. A tag
  // starts with a letter, "/" or "!" right after "<", so "<3" and "a < b" stay.
  ['<', /<[a-z!/][^<>\n]{0,500}>/gi],
  ['://', /\bhttps?:\/\/[^\s<>"]+/gi],
  ['www.', /\bwww\.[^\s<>"]+/gi],
  ['@', new RegExp(`${ADDRESS_SOURCE}|${HANDLE_SOURCE}`, 'g')],
  ['`', /`[^`\n]*`/g],
];
/** The addresses-and-handles pattern above, whose matches blankAtSigns finds without scanning the whole text. */
const AT_SIGNS = INLINE_NOISE.find(([marker]) => marker === '@')?.[1];
// Its two branches, each run from one place (sticky).
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'y');
const HANDLE = new RegExp(HANDLE_SOURCE, 'y');
/** [\w.+-]: what an address's local part is made of. */
const isLocalPartCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f ||
  code === 0x2e ||
  code === 0x2b ||
  code === 0x2d;

/**
 * text.replace(AT_SIGNS, spaces), found from each "@" instead of trying the pattern at every offset: a tweet has a
 * handle in almost every message, and the global scan tried the address branch at the start of every word. A match
 * of the address branch starts where the run of local-part characters before an "@" starts (the lookbehind says a
 * run starts there; "@" ends the run); one of the handle branch starts on the "@". So, "@" by "@" from where the last
 * match ended, the address is tried at its run's start (unless the run began inside the last match, where the
 * lookbehind fails at every offset), then the handle at the "@": the first match the global scan finds, and the next.
 * No match holds a line break, so spaces() is the match's length of spaces.
 */
function blankAtSigns(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let runStart = at;
    while (runStart > 0 && isLocalPartCode(text.charCodeAt(runStart - 1))) runStart--;
    let start = -1;
    let end = -1;
    if (runStart < at && runStart >= from) {
      ADDRESS.lastIndex = runStart;
      if (ADDRESS.test(text)) [start, end] = [runStart, ADDRESS.lastIndex];
    }
    if (start < 0) {
      HANDLE.lastIndex = at;
      if (HANDLE.test(text)) [start, end] = [at, HANDLE.lastIndex];
    }
    if (start < 0) continue;
    out += text.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
    from = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Lines quoted with ">" (email quoting). */
const QUOTED_LINE = /^[ \t]*>[^\n]*$/gm;

/** Speech the writer quotes ("you wrote \"...\""): not their words. Straight quotes only, after normalisation. */
const QUOTED_SPEECH = /"[^"\n]{1,300}"/g;

/** Typographic quotes and apostrophes become ASCII ones of the same length, so rules match either. */
// The acute accent (\u00b4) stands in for an apostrophe on some keyboards ("I\u00b4ll").
const TYPOGRAPHIC = /[\u2018\u2019\u02bc\u2032\uff07\u00b4\u201c\u201d\u201e\u2033\uff02]/g;
/** The same characters, tested for first: a global replace costs more than a test even when it finds nothing (most texts). */
const HAS_TYPOGRAPHIC = new RegExp(TYPOGRAPHIC.source);
const ASCII_FOR: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'", '\uff07': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\uff02': '"',
};

/** The same length of spaces, line breaks kept (most matches, a handle or a link, have none). */
const spaces = (m: string) => (m.includes('\n') ? m.replace(/[^\n]/g, ' ') : ' '.repeat(m.length));

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** The offset where the writer's own text ends (quoted history or a signature begins), or text.length. */
function ownTextEnd(text: string): number {
  let end = text.length;
  const lower = text.includes(':') || text.includes('#') || text.includes('-') ? text.toLowerCase() : '';
  for (const [marker, pattern] of HISTORY_STARTS) {
    if (!lower.includes(marker)) continue;
    const match = pattern.exec(text);
    if (match && match.index < end) end = match.index;
  }
  const signature = text.includes('--') ? SIGNATURE_START.exec(text) : null;
  if (signature && signature.index < end) end = signature.index;
  return end;
}

export interface MaskOptions {
  /** Blank "quoted speech" too. True for replies (the agent quoting the customer), false for customer messages. */
  quotedSpeech: boolean;
}

/** The text with everything that is not the writer's own words blanked; same length as the input. */
export function maskForeignText(text: string, options: MaskOptions): string {
  let masked = HAS_TYPOGRAPHIC.test(text) ? text.replace(TYPOGRAPHIC, (ch) => ASCII_FOR[ch] ?? ch) : text;
  const end = ownTextEnd(masked);
  if (end < masked.length) masked = blank(masked, end, masked.length);
  const blankMatches = (pattern: RegExp) => {
    masked = masked.replace(pattern, spaces);
  };
  if (masked.includes('>')) blankMatches(QUOTED_LINE);
  for (const [marker, pattern] of INLINE_NOISE) {
    if (!masked.includes(marker)) continue;
    if (pattern === AT_SIGNS) masked = blankAtSigns(masked);
    else blankMatches(pattern);
  }
  if (options.quotedSpeech && masked.includes('"')) blankMatches(QUOTED_SPEECH);
  return masked;
}
