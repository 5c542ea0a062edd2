// The features' decisions in plain Node: which phrase a command inserts, which an abbreviation expands to, how the
// names fill it, where a finding is once the agent typed on.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PHRASES } from '../../src/engine/phrases/index.js';
import { phraseText, suggestedPhraseId } from '../../src/content/features/insert-phrase.js';
import { FilledPhrases, libraryOf, phraseContext, phraseForAbbreviation } from '../../src/content/features/phrases.js';
import { locateFinding } from '../../src/content/features/replace-finding.js';
import { pickerItems } from '../../src/content/features/phrase-picker.js';
import type { ChecklistRow } from '../../src/engine/types.js';

const withAbbreviation = BUILT_IN_PHRASES.find((p) => p.abbreviation)!;

describe('replace: locating the finding in the draft as it is now', () => {
  const draft = 'Please calm down and wait. I checked your order. Please calm down.';
  const second = draft.lastIndexOf('calm down');

  it('takes the span itself while its words are there', () => {
    expect(locateFinding(draft, { start: second, end: second + 9, text: 'calm down' })).toEqual({ start: second, end: second + 9 });
  });

  it('follows the words when the agent typed before them, to the nearest occurrence, not the first', () => {
    const typed = `Hi! ${draft}`;
    expect(locateFinding(typed, { start: second, end: second + 9, text: 'calm down' })).toEqual({ start: second + 4, end: second + 13 });
  });

  it('gives null when the words are gone', () => {
    expect(locateFinding('All sorted now.', { start: 3, end: 12, text: 'calm down' })).toBeNull();
    expect(locateFinding(draft, { start: 0, end: 0, text: '' })).toBeNull();
  });
});

describe('insert suggestion', () => {
  const row = (status: ChecklistRow['status'], phraseIds: string[]) => ({ status, phraseIds }) as unknown as ChecklistRow;

  it('takes the first phrase of the first row missing or weak', () => {
    expect(suggestedPhraseId({ checklist: [row('met', ['a']), row('weak', []), row('missing', ['b', 'c'])] })).toEqual({ ok: true, phraseId: 'b' });
  });

  it('says so when every move is there', () => {
    expect(suggestedPhraseId({ checklist: [row('met', ['a'])] }).ok).toBe(false);
  });

  it('fills the phrase with the names; an unknown id is refused', () => {
    const phrase = BUILT_IN_PHRASES.find((p) => p.text.includes('{{customer.firstName}}'))!;
    const filled = phraseText(phrase.id, BUILT_IN_PHRASES, { customer: { firstName: 'Dana' }, agent: { firstName: 'Sam' } });
    expect(filled.ok && filled.text).toContain('Dana');
    expect(phraseText('no-such-phrase', BUILT_IN_PHRASES, { customer: { firstName: null }, agent: { firstName: null } }).ok).toBe(false);
  });
});

describe('phrases', () => {
  it('the agent name from the settings wins over the page', () => {
    const context = { customerMessage: null, customerFirstName: 'Dana', agentFirstName: 'Page' };
    expect(phraseContext({ agentFirstName: 'Sam' }, context)).toEqual({ customer: { firstName: 'Dana' }, agent: { firstName: 'Sam' } });
    expect(phraseContext({ agentFirstName: '' }, context).agent?.firstName).toBe('Page');
    expect(phraseContext({ agentFirstName: '' }, null)).toEqual({ customer: { firstName: null }, agent: { firstName: null } });
  });

  it('the user library replaces the built-in one', () => {
    expect(libraryOf({ phrases: null } as never)).toBe(BUILT_IN_PHRASES);
    const own = [withAbbreviation];
    expect(libraryOf({ phrases: own } as never)).toBe(own);
  });

  it('an abbreviation finds its phrase whatever its case', () => {
    expect(phraseForAbbreviation(BUILT_IN_PHRASES, withAbbreviation.abbreviation!.toUpperCase())?.id).toBe(withAbbreviation.id);
    expect(phraseForAbbreviation(BUILT_IN_PHRASES, ';no-such-abbreviation')).toBeUndefined();
  });

  it('filled texts are cached per library and names, and refilled when the names change', () => {
    const filled = new FilledPhrases();
    const phrase = BUILT_IN_PHRASES.find((p) => p.text.includes('{{customer.firstName}}'))!;
    const dana = { customer: { firstName: 'Dana' }, agent: { firstName: null } };
    const lee = { customer: { firstName: 'Lee' }, agent: { firstName: null } };
    expect(filled.fill(phrase.id, BUILT_IN_PHRASES, dana)).toContain('Dana');
    expect(filled.fill(phrase.id, BUILT_IN_PHRASES, lee)).toContain('Lee');
    expect(filled.fill('no-such-phrase', BUILT_IN_PHRASES, lee)).toBeNull();
  });

  it('the picker lists every phrase, filled, with its abbreviation', () => {
    const items = pickerItems(BUILT_IN_PHRASES, { customer: { firstName: 'Dana' }, agent: { firstName: null } });
    expect(items).toHaveLength(BUILT_IN_PHRASES.length);
    expect(items.find((i) => i.id === withAbbreviation.id)?.abbreviation).toBe(withAbbreviation.abbreviation);
    expect(items.some((i) => i.text.includes('{'))).toBe(false);
  });
});
