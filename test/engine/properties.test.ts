import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  BUILT_IN_PHRASES,
  ROW_IDS,
  RULES,
  type Analysis,
  type RowStatus,
  type Span,
  type Truncation,
} from '../../src/engine/index.js';

// Properties the engine keeps for any input, checked on generated text. Run counts stay modest so the suite is fast;
// a failure prints the shrunk counterexample and the seed to replay it.
const RUNS = 250;
// About a second each on an idle machine; the margin is for a loaded one.
const TIMEOUT_MS = 60_000;

// --- Generators -------------------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included: what a browser's textarea or a damaged file can hand over. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);

/** Sentences the rules are about: every rule's own examples and every built-in phrase. */
const realPhrases = [
  ...RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]),
  ...BUILT_IN_PHRASES.map((phrase) => phrase.text),
];
const html = ['<p>', '</p>', '<br/>', '<b>sorry</b>', '&nbsp;', '&amp;', '<a href="https://example.com/x?y=1">link</a>', '<!-- note -->'];
const emoji = ['😀', '😡', '👍🏽', '👨‍👩‍👧', '🇫🇷', '❤️', '🙏'];
const rightToLeft = ['مرحبا، نأسف للتأخير', 'שלום, אנחנו מצטערים', '\u202Eesrever\u202C', '\u200F', '\u2067عربي\u2069'];
const control = ['\u0000', '\u0007', '\u001b[31m', '\t', '\r', '\r\n', '\u200B', '\uFEFF', '\u00AD', '\uD800', '\uDC00', '\u2028'];
const quotedHistory = [
  '\n> I want a refund NOW, you idiots!!!\n> This is the worst service ever.\n',
  '\nOn Mon, 3 Jun 2024 at 09:12, Sam Lee <sam@example.com> wrote:\n> Where is my order?\n>> Sorry for the delay.\n',
  '\n-----Original Message-----\nFrom: Sam\nSent: Monday\nI am furious.\n',
  '\n> \n>\n> > nested\n',
];
const separators = [' ', '', '\n', '\n\n', '. ', '! ', '!!! ', '? ', ', ', ' -- ', '...', '"', "'"];

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...realPhrases) },
  { weight: 1, arbitrary: fc.constantFrom(...html) },
  { weight: 1, arbitrary: fc.constantFrom(...emoji) },
  { weight: 1, arbitrary: fc.constantFrom(...rightToLeft) },
  { weight: 1, arbitrary: fc.constantFrom(...control) },
  { weight: 1, arbitrary: fc.constantFrom(...quotedHistory) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  // Real phrases shouted or lower-cased, as agents and customers type them.
  { weight: 1, arbitrary: fc.constantFrom(...realPhrases).map((p) => p.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom(...realPhrases).map((p) => p.toLowerCase()) },
);
const mixedText = fc
  .array(fc.tuple(fragment, fc.constantFrom(...separators)), { maxLength: 25 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''));

const someText = fc.oneof({ weight: 1, arbitrary: anyText }, { weight: 3, arbitrary: mixedText });
const optionalCustomer = fc.option(someText, { nil: undefined });

// --- Checks -----------------------------------------------------------------------------------------------------

/** Letters, digits, punctuation, or symbols (an emoji is evidence of emotion): a span must show something. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

function expectSpanInside(span: Span, text: string, limit: number, where: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
  expect(span.start, where).toBeGreaterThanOrEqual(0);
  expect(span.end, where).toBeGreaterThan(span.start);
  expect(span.end, where).toBeLessThanOrEqual(limit);
  expect(text.slice(span.start, span.end), where).toBe(span.text);
  expect(span.text, `${where}: ${JSON.stringify(span.text)} shows nothing`).toMatch(VISIBLE);
}

/** Every span in `analysis` lies inside the text it points into, within the analysed prefix. */
function expectSpansInside(analysis: Analysis, reply: string, customer: string | undefined): void {
  const replyLimit = analysis.truncated?.reply?.analyzedChars ?? reply.length;
  for (const [signal, result] of Object.entries(analysis.signals)) {
    expect(result.present, `signals.${signal}.present`).toBe(result.evidence.length > 0);
    for (const span of result.evidence) expectSpanInside(span, reply, replyLimit, `signals.${signal}`);
  }
  for (const finding of analysis.findings) {
    expectSpanInside(finding, reply, replyLimit, `finding ${finding.ruleId}`);
    for (const replacement of finding.replacements) expect(typeof replacement).toBe('string');
  }
  for (const row of analysis.checklist)
    for (const span of row.evidence) expectSpanInside(span, reply, replyLimit, `checklist.${row.id}`);

  const customerText = customer ?? '';
  const customerLimit = analysis.truncated?.customer?.analyzedChars ?? customerText.length;
  for (const signal of ['complaint', 'negativeEmotion', 'abusive'] as const) {
    const result = analysis.customer[signal];
    expect(result.present, `customer.${signal}.present`).toBe(result.evidence.length > 0);
    for (const span of result.evidence) expectSpanInside(span, customerText, customerLimit, `customer.${signal}`);
  }
}

const STATUSES: readonly RowStatus[] = ['met', 'missing', 'weak', 'not-needed', 'not-checked'];

function expectWellFormedChecklist(analysis: Analysis): void {
  expect(analysis.checklist.map((row) => row.id)).toEqual([...ROW_IDS]);
  for (const row of analysis.checklist) {
    expect(STATUSES).toContain(row.status);
    expect(row.label.trim()).not.toBe('');
    expect(row.reason.trim()).not.toBe('');
    // A reply the engine cannot read gets no advice at all, and a readable one always gets a verdict.
    expect(row.status === 'not-checked').toBe(!analysis.language.checked);
  }
}

/** What analyze() returned, as plain data, so later calls cannot change it through shared objects. */
const snapshot = (analysis: Analysis): unknown => structuredClone(analysis);

// --- Properties -------------------------------------------------------------------------------------------------

describe('analyze, on any input', { timeout: TIMEOUT_MS }, () => {
  it('never throws, and keeps every span inside its text', () => {
    fc.assert(
      fc.property(someText, optionalCustomer, (reply, customer) => {
        const analysis = analyze(reply, customer === undefined ? {} : { customer });
        expectSpansInside(analysis, reply, customer);
        expectWellFormedChecklist(analysis);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same result for the same input, also after other inputs in between', () => {
    fc.assert(
      fc.property(someText, optionalCustomer, someText, someText, (reply, customer, otherReply, otherCustomer) => {
        const options = customer === undefined ? {} : { customer };
        const first = snapshot(analyze(reply, options));
        expect(snapshot(analyze(reply, options))).toEqual(first);
        // The engine remembers the last customer message: another one in between must not leak into the result.
        analyze(otherReply, { customer: otherCustomer });
        expect(snapshot(analyze(reply, options))).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('cuts long text at maxChars, says so, and keeps every span in the prefix', () => {
    fc.assert(
      fc.property(mixedText, optionalCustomer, fc.integer({ min: 1, max: 120 }), (reply, customer, maxChars) => {
        const analysis = analyze(reply, { ...(customer === undefined ? {} : { customer }), settings: { maxChars } });
        expectSpansInside(analysis, reply, customer);
        expectWellFormedChecklist(analysis);
        const expectCut = (text: string | undefined, truncation: Truncation | undefined, analysed: boolean) => {
          const cut = analysed && text !== undefined && text.length > maxChars;
          expect(truncation !== undefined, `truncated for ${JSON.stringify(text?.slice(0, 40))}`).toBe(cut);
          if (!truncation || text === undefined) return;
          expect(truncation.totalChars).toBe(text.length);
          // One less when the cut would fall between the two halves of a surrogate pair.
          expect(truncation.analyzedChars).toBeLessThanOrEqual(maxChars);
          expect(truncation.analyzedChars).toBeGreaterThanOrEqual(maxChars - 1);
        };
        expectCut(reply, analysis.truncated?.reply, true);
        // A blank customer message counts as none, so it is not analysed and not cut.
        expectCut(customer, analysis.truncated?.customer, customer !== undefined && customer.trim() !== '');
        expect(analysis.truncated === null).toBe(!analysis.truncated?.reply && !analysis.truncated?.customer);
      }),
      { numRuns: RUNS },
    );
  });
});
