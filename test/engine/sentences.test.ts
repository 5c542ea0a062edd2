import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../src/engine/text/sentences.js';

const sentenceOf = (text: string, word: string) => {
  const at = text.indexOf(word);
  const { start, end } = sentenceAt(splitSentences(text), at);
  return text.slice(start, end).trim();
};

describe('sentenceAt', () => {
  it('ends sentences at terminal punctuation before a capital, and at line breaks', () => {
    const text = 'I am sorry. Could you send it? Thanks!\nBest, Ana';
    expect(sentenceOf(text, 'sorry')).toBe('I am sorry.');
    expect(sentenceOf(text, 'send')).toBe('Could you send it?');
    expect(sentenceOf(text, 'Thanks')).toBe('Thanks!');
    expect(sentenceOf(text, 'Best')).toBe('Best, Ana');
  });

  it('does not end a sentence at abbreviations, decimals or domains', () => {
    expect(sentenceOf('Mr. Smith paid 2.5 GBP on example.com today. Next one.', 'paid')).toBe(
      'Mr. Smith paid 2.5 GBP on example.com today.',
    );
    expect(sentenceOf('Try a browser, e.g. Firefox, then reload. Done.', 'reload')).toBe(
      'Try a browser, e.g. Firefox, then reload.',
    );
  });

  it('keeps closing quotes with the sentence and handles "?!"', () => {
    expect(sentenceOf('He said "stop." Then what?! Fine.', 'what')).toBe('Then what?!');
  });

  it('reads a bounded window of a huge text with no punctuation (so many lookups stay linear)', () => {
    const text = 'word '.repeat(200_000);
    const { start, end } = sentenceAt(splitSentences(text), 500_000);
    expect(start).toBeGreaterThanOrEqual(499_000);
    expect(end).toBeLessThanOrEqual(501_000);
    expect(end).toBeGreaterThan(500_000);
  });
});
