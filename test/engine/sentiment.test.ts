import { describe, expect, it } from 'vitest';
import { linearFeatures, linearSentimentFeatures } from '../../src/engine/checks/linear.js';
import { prepareText } from '../../src/engine/text/prepared.js';

const features = (text: string) => {
  const prepared = prepareText(text, { quotedSpeech: false });
  return linearSentimentFeatures(prepared).map((f) => `${f.name}=${text.slice(f.start, f.end)}`);
};

describe('sentiment features (AFINN-165 valence and negation)', () => {
  it('rate words by the list, magnitudes above 4 folded into 4, each spanning its word', () => {
    const got = features('The app is useless and awful');
    expect(got).toContain('v:neg2=useless');
    expect(got).toContain('v:neg3=awful');
    expect(features('This is fucking shit')).toContain('v:neg4=fucking');
  });

  it('flip a word negated by one of the two words before it', () => {
    expect(features('I am not happy')).toContain('v:neg3=happy');
    expect(features("It's not bad at all")).toContain('v:pos3=bad');
    expect(features('happy, not that it matters')).toContain('v:pos3=happy');
  });

  it('sum the message: any, 3 and 6 of negative valence, and which side outweighs', () => {
    const angry = features('Awful, useless, terrible service');
    expect(angry.filter((f) => f.startsWith('v:neg6+='))).toEqual(['v:neg6+=Awful', 'v:neg6+=useless', 'v:neg6+=terrible']);
    expect(angry).toContain('v:negdom=terrible');
    expect(angry.some((f) => f.startsWith('v:posdom'))).toBe(false);
    const pleased = features('Great help, thank you, one small problem');
    expect(pleased).toContain('v:posdom=Great');
    expect(pleased).toContain('v:anyneg=problem');
    expect(pleased.some((f) => f.startsWith('v:neg3+'))).toBe(false);
  });

  it('mark a negation with the word it negates, by that word\'s ending', () => {
    const got = features("Still not working, never arrived, can't login");
    expect(got).toContain('<neg+ing>=not working');
    expect(got).toContain('<neg+ed>=never arrived');
    expect(got).toContain("<neg+w>=can't login");
    expect(got).toContain('<neg>=not');
  });

  it('read nothing from a message without rated words or negations', () => {
    expect(features('Order 12345 for Tuesday')).toEqual([]);
    expect(features('')).toEqual([]);
  });

  it('read only the words of the word features (no bigrams, marks or emoji)', () => {
    const prepared = prepareText('bad bad!! 😡', { quotedSpeech: false });
    const words = linearFeatures(prepared).filter((f) => /^[a-z0-9']+$/.test(f.name));
    for (const f of linearSentimentFeatures(prepared)) expect(words.some((w) => w.start === f.start && w.end === f.end)).toBe(true);
  });
});
