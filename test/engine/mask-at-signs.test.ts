import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskForeignText } from '../../src/engine/text/mask.js';

// mask.ts blanks addresses and handles from each "@" instead of scanning the text with the pattern: it must blank
// exactly what the pattern's global replace blanks.
const AT_SIGNS = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.-]+/g;
const byPattern = (text: string) => text.replace(AT_SIGNS, (m) => ' '.repeat(m.length));
// Characters the pattern reads, and a few it stops on; none is another masking marker ("<", "://", "www.", "`", ">").
const piece = fc.constantFrom('@', '@', '.', '+', '-', '_', 'a', 'b', 'Z', '9', ' ', ',', '\n', 'x.com', '@ab', 'a@b.c', '..', '@@');

describe('masking addresses and handles', () => {
  it('blanks what the pattern blanks, on texts made of what the pattern reads', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(!/^--[ \t]?$/m.test(text)); // a signature delimiter: masked from there on, not the question here
        expect(maskForeignText(text, { quotedSpeech: false })).toBe(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('blanks tweets\u2019 handles and addresses as the pattern does', () => {
    for (const text of ['@AppleSupport my phone died', 'mail ana.b+x@mail.example.co.uk or @ana_b.', 'a@b @c@d.e x@y', '.@handle', 'x-@y.z @-'])
      expect(maskForeignText(text, { quotedSpeech: false })).toBe(byPattern(text));
  });
});
