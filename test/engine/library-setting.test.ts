import { describe, expect, it } from 'vitest';
import { analyze, type Phrase } from '../../src/engine/index.js';

describe('a user phrase library', () => {
  it('is where the checklist takes its suggestions from', () => {
    const library: Phrase[] = [
      { id: 'team.sorry', row: 'apology', register: 'warm', text: 'We are truly sorry, this is on us.' },
      { id: 'team.thanks', row: 'gratitude', register: 'brief', text: 'Thanks for flagging it.' },
    ];
    const result = analyze('Your order shipped.', { customer: 'My order is late!!', settings: { library } });
    expect(result.checklist.find((r) => r.id === 'apology')?.phraseIds).toEqual(['team.sorry']);
    expect(result.checklist.find((r) => r.id === 'gratitude')?.phraseIds).toEqual(['team.thanks']);
    expect(result.checklist.find((r) => r.id === 'empathy')?.phraseIds).toEqual([]);
  });
});
