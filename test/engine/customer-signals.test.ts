import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';

describe('customer signals', () => {
  it('counts anger at the company as a complaint too (alsoShows), with the same evidence', () => {
    const { customer } = analyze('Thanks for writing.', { customer: 'Honestly I am pissed at you guys right now.' });
    expect(customer.negativeEmotion.present).toBe(true);
    expect(customer.complaint.present).toBe(true);
    // The learned complaint model may name words of its own beside it.
    expect(customer.complaint.evidence.map((e) => [e.ruleId, e.text])).toContainEqual(['negative-emotion', 'pissed']);
  });

  it('names the words behind a learned positive', () => {
    const { customer } = analyze('Thanks for writing.', { customer: 'My internet has been down all day and no one is helping.' });
    const learned = customer.complaint.evidence.filter((e) => e.ruleId === 'complaint-model');
    expect(learned.length).toBeGreaterThan(0);
    for (const e of learned) expect(e.text).toMatch(/\w/);
  });

  it('leaves a plain question alone', () => {
    const { customer } = analyze('Thanks for writing.', { customer: 'Do you ship to Canada?' });
    expect(customer.complaint.present).toBe(false);
    expect(customer.negativeEmotion.present).toBe(false);
  });
});
