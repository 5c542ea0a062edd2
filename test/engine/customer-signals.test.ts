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
    // No complaint phrasing matches this one: only the model finds it.
    const { customer } = analyze('Thanks for writing.', { customer: 'I reported it and they said to report it to the website instead' });
    expect(customer.complaint.present).toBe(true);
    const learned = customer.complaint.evidence.filter((e) => e.ruleId === 'complaint-model');
    expect(learned.length).toBe(customer.complaint.evidence.length);
    expect(learned.length).toBeGreaterThan(0);
    for (const e of learned) expect(e.text).toMatch(/\w/);
  });

  it('asks the model only where no phrasing found the signal', () => {
    // The model alone flags this message too (its rule file's example), but the phrasings already show the complaint.
    const { customer } = analyze('Thanks for writing.', { customer: 'My internet has been down all day and no one is helping.' });
    expect(customer.complaint.present).toBe(true);
    expect(customer.complaint.evidence.map((e) => e.ruleId)).not.toContain('complaint-model');
    expect(customer.complaint.evidence.length).toBeGreaterThan(0);
    // With those phrasings turned off, the model is asked and names its words.
    const alone = analyze('Thanks for writing.', { customer: 'My internet has been down all day and no one is helping.', settings: { disabledRules: ['complaint'] } });
    expect(alone.customer.complaint.evidence.some((e) => e.ruleId === 'complaint-model')).toBe(true);
  });

  it('leaves a plain question alone', () => {
    const { customer } = analyze('Thanks for writing.', { customer: 'Do you ship to Canada?' });
    expect(customer.complaint.present).toBe(false);
    expect(customer.negativeEmotion.present).toBe(false);
  });
});
