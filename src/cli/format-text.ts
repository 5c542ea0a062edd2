import {
  fillPhrase,
  phraseById,
  type Analysis,
  type ChecklistRow,
  type Finding,
  type RowStatus,
  type Truncation,
} from '../engine/index.js';

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

// Plain ANSI rather than util.styleText: newer Node versions make styleText check the real process.stdout, and the
// decision to colour belongs to main() (a TTY, no NO_COLOR), which tests fake.
const ANSI: Record<Style, readonly [string, string]> = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  red: ['\x1b[31m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
};

type Paint = (style: Style, text: string) => string;

const STATUS: Record<RowStatus, { symbol: string; word: string; style: Style }> = {
  met: { symbol: '✓', word: 'met', style: 'green' },
  missing: { symbol: '✗', word: 'missing', style: 'red' },
  weak: { symbol: '!', word: 'weak', style: 'yellow' },
  'not-needed': { symbol: '·', word: 'not needed', style: 'dim' },
  'not-checked': { symbol: '?', word: 'not checked', style: 'dim' },
};

/** How many filled-in phrases to offer under an unmet row: enough to choose from, few enough to read. */
const SUGGESTIONS_PER_ROW = 2;
const MAX_QUOTE_CHARS = 80;

/**
 * Reply text made safe to print on one terminal line: line breaks and tabs become spaces, and control characters
 * (an ESC could restyle or move the cursor) and bidirectional overrides (they reorder the rest of the line) become
 * U+FFFD. Long quotes are cut with an ellipsis.
 */
export function printable(text: string, maxChars = MAX_QUOTE_CHARS): string {
  const clean = text
    .replace(/[\t\n\v\f\r]+/g, ' ')
    .replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '\uFFFD');
  const chars = Array.from(clean);
  return chars.length <= maxChars ? clean : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/**
 * 1-based line and column of UTF-16 offsets into `text`, the column counted in characters (code points) the way a
 * person counts them. Offsets are usually asked for in increasing order (findings are sorted), so it walks forward
 * from the last answer instead of rescanning a long reply for each finding.
 */
export function createLocator(text: string): (offset: number) => { line: number; column: number } {
  let at = 0;
  let line = 1;
  let column = 1;
  return (offset) => {
    if (offset < at) [at, line, column] = [0, 1, 1];
    while (at < offset && at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x0a) {
        line++;
        column = 1;
        at++;
        continue;
      }
      // A surrogate pair is one character.
      at += code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
      column++;
    }
    return { line, column };
  };
}

const NUMBER = new Intl.NumberFormat('en-US');

export function truncationNote(what: string, t: Truncation): string {
  return `Long ${what}: analysed the first ${NUMBER.format(t.analyzedChars)} of ${NUMBER.format(t.totalChars)} characters.`;
}

function suggestionsFor(row: ChecklistRow): string[] {
  const texts: string[] = [];
  for (const id of row.phraseIds) {
    const phrase = phraseById(id);
    // No conversation context on the command line: fillPhrase words around the missing names ("Hi there,").
    if (phrase) texts.push(fillPhrase(phrase.text, {}));
    if (texts.length === SUGGESTIONS_PER_ROW) break;
  }
  return texts;
}

function formatChecklist(rows: readonly ChecklistRow[], paint: Paint): string[] {
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const statusWidth = Math.max(...rows.map((r) => STATUS[r.status].word.length));
  const lines: string[] = [];
  for (const row of rows) {
    const status = STATUS[row.status];
    const shown = row.status === 'met' && row.evidence[0] ? `${row.reason} ${paint('dim', `“${printable(row.evidence[0].text)}”`)}` : row.reason;
    lines.push(
      `  ${paint(status.style, status.symbol)} ${row.label.padEnd(labelWidth)}  ${paint(status.style, status.word.padEnd(statusWidth))}  ${shown}`,
    );
    suggestionsFor(row).forEach((text, index) => {
      lines.push(`      ${paint('dim', index === 0 ? 'try:' : 'or: ')} ${paint('cyan', printable(text, 200))}`);
    });
  }
  return lines;
}

function formatFindings(findings: readonly Finding[], reply: string, paint: Paint): string[] {
  if (findings.length === 0) return [`  ${paint('dim', 'none')}`];
  const locate = createLocator(reply);
  const places = findings.map((f) => {
    const { line, column } = locate(f.start);
    return `${line}:${column}`;
  });
  const placeWidth = Math.max(...places.map((p) => p.length));
  const indent = ' '.repeat(2 + placeWidth + 2);
  const lines: string[] = [];
  findings.forEach((finding, index) => {
    const severity = paint(finding.severity === 'warning' ? 'yellow' : 'cyan', finding.severity);
    lines.push(`  ${(places[index] ?? '').padEnd(placeWidth)}  ${severity}  ${paint('bold', `“${printable(finding.text)}”`)}`);
    lines.push(`${indent}${finding.message}`);
    const [first, ...others] = finding.replacements;
    if (first !== undefined) {
      const alternatives = [first, ...others].map((r) => `“${printable(r)}”`).join(' or ');
      lines.push(`${indent}${paint('dim', 'instead:')} ${paint('green', alternatives)}`);
    }
  });
  return lines;
}

function summary(analysis: Analysis): string {
  const { checked, met, needed } = analysis.verdict;
  if (!checked) return 'Not checked.';
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
  const suggestions = analysis.findings.length - warnings;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${met} of ${needed} needed moves made; ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')}.`;
}

/** The checklist and findings for a person at a terminal. `reply` is the text analysed (for line:column). */
export function formatText(analysis: Analysis, reply: string, options: { colour: boolean }): string {
  const paint: Paint = options.colour ? (style, text) => `${ANSI[style][0]}${text}${ANSI[style][1]}` : (_style, text) => text;
  const notes: string[] = [];
  if (!analysis.customer.provided) notes.push('No customer message given (--customer FILE): assumed a customer with a problem.');
  if (analysis.truncated?.reply) notes.push(truncationNote('reply', analysis.truncated.reply));
  if (analysis.truncated?.customer) notes.push(truncationNote('customer message', analysis.truncated.customer));
  if (!analysis.language.checked) notes.push('Not checked: the reply does not read as English, so no advice is given.');

  const lines = [
    ...notes.map((n) => paint('dim', n)),
    ...(notes.length > 0 ? [''] : []),
    paint('bold', 'Checklist'),
    ...formatChecklist(analysis.checklist, paint),
    '',
    paint('bold', `Findings (${analysis.findings.length})`),
    ...formatFindings(analysis.findings, reply, paint),
    '',
    summary(analysis),
  ];
  return `${lines.join('\n')}\n`;
}
