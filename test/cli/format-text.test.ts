import { describe, expect, it } from 'vitest';
import { createLocator, formatText, printable } from '../../src/cli/format-text.js';
import { analyze } from '../../src/engine/index.js';

describe('printable', () => {
  it('keeps terminal control out of quoted reply text', () => {
    expect(printable('calm\x1b[2J down\u202Eevil')).toBe('calm\uFFFD[2J down\uFFFDevil');
    expect(printable('line one\r\nline two\ttab')).toBe('line one line two tab');
  });

  it('cuts long quotes by characters, never inside an emoji', () => {
    const quote = printable('😀'.repeat(100), 10);
    expect(Array.from(quote)).toHaveLength(10);
    expect(quote.endsWith('😀…')).toBe(true);
  });
});

describe('createLocator', () => {
  it('gives 1-based line and column, counting an emoji as one character', () => {
    const text = 'ab\n😀 calm down\n\nx';
    const locate = createLocator(text);
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(text.indexOf('calm'))).toEqual({ line: 2, column: 3 });
    expect(locate(text.indexOf('x'))).toEqual({ line: 4, column: 1 });
    // Asking for an earlier offset starts over rather than giving a wrong answer.
    expect(locate(1)).toEqual({ line: 1, column: 2 });
  });
});

describe('formatText', () => {
  it('says how much of a long reply was analysed', () => {
    const reply = `I'm sorry for the delay. ${'We will look into it. '.repeat(20)}`;
    const analysis = analyze(reply, { settings: { maxChars: 50 } });
    expect(formatText(analysis, reply, { colour: false })).toContain(
      `Long reply: analysed the first 50 of ${reply.length} characters.`,
    );
  });
});
