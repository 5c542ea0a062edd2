import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cannotShout } from '../../src/engine/checks/shouting.js';

// The shouting check skips its Unicode word loop when cannotShout says no run or lone word in capitals can be there.
// That must never hide one: whenever it says "cannot", the text's words (as the loop reads them) hold fewer than
// minWords words in capitals and none of the lone words.
const WORD = /[\p{L}\p{N}']+/gu;
const UPPER_WORD = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}']+$/u;
const ALONE = new Set(['NOW', 'AGAIN', 'ASAP']);

const piece = fc.constantFrom(
  'NOW', 'AGAIN', 'ASAP', 'WHY', 'DM', 'KC', 'I', 'A', 'ok', 'Thanks', 'ÉTÉ', 'CAFÉ', 'Ünited', '𝐍𝐎𝐖', '😡', '🎉', "DON'T", 'X2', '42', 'a1B2C',
  ' ', ', ', '! ', '\n', '^', '-', "'", '\u00a0', '\u2014', '…',
);
const text = fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

describe('cannotShout', () => {
  it('never says "cannot" for a text that holds enough words in capitals or a lone word', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (t, minWords) => {
        if (!cannotShout(t, minWords, ALONE)) return;
        const upper = (t.match(WORD) ?? []).filter((w) => UPPER_WORD.test(w));
        expect(upper.length).toBeLessThan(minWords);
        expect(upper.some((w) => ALONE.has(w))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips the common case: a signature or an acronym in capitals', () => {
    expect(cannotShout('Please DM us your order number. ^KC', 3, ALONE)).toBe(true);
    expect(cannotShout('WHY IS THIS STILL BROKEN', 3, ALONE)).toBe(false);
    expect(cannotShout('Fix it NOW', 3, ALONE)).toBe(false);
    expect(cannotShout('Ça ne marche PAS', 3, ALONE)).toBe(false);
  });
});
