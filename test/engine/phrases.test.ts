import { describe, expect, it } from 'vitest';
import { ROW_IDS } from '../../src/engine/types.js';
import {
  BUILT_IN_PHRASES,
  defaultRegister,
  fillPhrase,
  findPhraseByAbbreviation,
  isKnownPlaceholder,
  phraseById,
  placeholdersIn,
  PLACEHOLDER_NAMES,
  suggestPhrases,
  type CustomerSituation,
  type Phrase,
  type PhraseContext,
  type Register,
} from '../../src/engine/phrases/index.js';

const REGISTERS: readonly Register[] = ['warm', 'formal', 'brief'];

const FULL_CONTEXT: PhraseContext = {
  customer: { firstName: 'Dana' },
  agent: { firstName: 'Sam' },
  company: { name: 'Acme Outdoor' },
  ticket: { id: '48213' },
};
const FULL_VALUES: Record<string, string> = {
  'customer.firstName': 'Dana',
  'agent.firstName': 'Sam',
  'company.name': 'Acme Outdoor',
  'ticket.id': '48213',
};
// Values that sanitize to nothing must behave exactly like absent ones.
const BLANK_CONTEXT: PhraseContext = {
  customer: { firstName: '   ' },
  agent: { firstName: null },
  company: { name: '\u0007\u200E' },
  ticket: { id: '' },
};

const situation = (shown: Partial<CustomerSituation>): CustomerSituation => ({
  complaint: false,
  negativeEmotion: false,
  abusive: false,
  customerProvided: true,
  ...shown,
});
const calm = situation({});
const complaining = situation({ complaint: true, negativeEmotion: true });
const abusive = situation({ complaint: true, negativeEmotion: true, abusive: true });
const noMessage = situation({ customerProvided: false });

/** Blemishes a repaired sentence must never show. */
function blemishes(text: string): string[] {
  const found: string[] = [];
  if (text.includes('{{') || text.includes('}}')) found.push('braces');
  if (text.includes('  ')) found.push('double space');
  if (/ [,.;:!?]/.test(text)) found.push('space before punctuation');
  if (/^\s*[,;:.]/.test(text)) found.push('leading punctuation');
  if (/,\s*[,.;:!?]/.test(text)) found.push('orphaned comma');
  if (/\b(?:Hi|Hello|Dear)\s*,/.test(text)) found.push('greeting without a name');
  if (/[\uE000-\uE00F]/.test(text)) found.push('internal marker');
  if (text !== text.trim()) found.push('outer whitespace');
  if (!/^[\p{Lu}\d"“]/u.test(text)) found.push('does not start with a capital');
  return found;
}

describe('built-in phrase library', () => {
  it.each(ROW_IDS)('row %s has at least 4 phrases covering every register', (row) => {
    const phrases = BUILT_IN_PHRASES.filter((phrase) => phrase.row === row);
    expect(phrases.length).toBeGreaterThanOrEqual(4);
    expect(new Set(phrases.map((phrase) => phrase.register))).toEqual(new Set(REGISTERS));
  });

  it('has only rows and registers the engine knows', () => {
    for (const phrase of BUILT_IN_PHRASES) {
      expect(ROW_IDS, phrase.id).toContain(phrase.row);
      expect(REGISTERS, phrase.id).toContain(phrase.register);
    }
  });

  it('has unique, readable ids that start with their row and register', () => {
    const ids = BUILT_IN_PHRASES.map((phrase) => phrase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const phrase of BUILT_IN_PHRASES) {
      expect(phrase.id).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
      expect(phrase.id.startsWith(`${phrase.row}.${phrase.register}.`), phrase.id).toBe(true);
    }
  });

  it('gives every phrase a unique lowercase ;word abbreviation', () => {
    const abbreviations = BUILT_IN_PHRASES.map((phrase) => phrase.abbreviation);
    for (const [index, abbreviation] of abbreviations.entries()) {
      expect(abbreviation, BUILT_IN_PHRASES[index]?.id).toMatch(/^;[a-z][a-z0-9]*$/);
    }
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });

  it('marks every phrase as built in, and is frozen', () => {
    expect(BUILT_IN_PHRASES.every((phrase) => phrase.builtIn === true)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_PHRASES)).toBe(true);
    expect(BUILT_IN_PHRASES.every((phrase) => Object.isFrozen(phrase))).toBe(true);
  });

  it('writes whole sentences, with no greeting or sign-off', () => {
    for (const phrase of BUILT_IN_PHRASES) {
      expect(phrase.text, phrase.id).toMatch(/^[A-Z]/);
      expect(phrase.text, phrase.id).toMatch(/[.!?]$/);
      expect(phrase.text, phrase.id).not.toMatch(/^(?:Hi|Hello|Hey|Dear)\b|\b(?:regards|cheers)\b|—/i);
    }
  });

  it('uses only placeholders fillPhrase knows, and uses each of them somewhere', () => {
    const used = new Set(BUILT_IN_PHRASES.flatMap((phrase) => placeholdersIn(phrase.text)));
    for (const name of used) expect(isKnownPlaceholder(name), name).toBe(true);
    // Exact spelling too: the library is the example agents copy.
    for (const name of used) expect(PLACEHOLDER_NAMES).toContain(name);
    for (const name of ['customer.firstName', 'agent.firstName', 'company.name']) expect(used).toContain(name);
  });

  it('keeps the practice: no non-apologies, no apology undone by "but", no orders to calm down', () => {
    for (const phrase of BUILT_IN_PHRASES) {
      const text = phrase.text.toLowerCase();
      expect(text, phrase.id).not.toMatch(/\bany inconvenience\b|\bsorry if\b|\bif you feel\b|you feel that way/);
      expect(text, phrase.id).not.toMatch(/\b(?:sorry|apologi[sz]e|apologies)\b[^.;]*\bbut\b/);
      expect(text, phrase.id).not.toMatch(/\bcalm down\b|\bas i (?:already )?said\b|\bour policy\b/);
      expect(text, phrase.id).not.toMatch(/\byou should have\b/);
    }
  });

  it('writes boundaries about conduct, and has one saying the chat will end', () => {
    const boundaries = BUILT_IN_PHRASES.filter((phrase) => phrase.row === 'boundary');
    for (const phrase of boundaries) {
      expect(phrase.text, phrase.id).toMatch(/respect|civil|insult|abusive/i);
      expect(phrase.situations, phrase.id).toContain('abusive');
    }
    expect(boundaries.some((phrase) => /\bend (?:this|the) (?:chat|conversation)\b/i.test(phrase.text))).toBe(true);
  });

  it('has ownership phrases that commit personally and ones that ask for the customer input', () => {
    const ownership = BUILT_IN_PHRASES.filter((phrase) => phrase.row === 'ownership').map((phrase) => phrase.text);
    expect(ownership.some((text) => /\bI'll personally\b/.test(text))).toBe(true);
    expect(ownership.some((text) => /\bLet me (?:look into|check)\b/.test(text))).toBe(true);
    expect(ownership.filter((text) => text.includes('?')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('fillPhrase on every built-in phrase', () => {
  it.each(BUILT_IN_PHRASES.map((phrase) => [phrase.id, phrase] as const))('%s', (_, phrase) => {
    const full = fillPhrase(phrase.text, FULL_CONTEXT);
    expect(blemishes(full), full).toEqual([]);
    for (const name of placeholdersIn(phrase.text)) expect(full).toContain(FULL_VALUES[name]);

    const empty = fillPhrase(phrase.text, {});
    expect(blemishes(empty), empty).toEqual([]);
    expect(fillPhrase(phrase.text, BLANK_CONTEXT)).toBe(empty);
    // A phrase without placeholders comes back as written.
    if (placeholdersIn(phrase.text).length === 0) expect(empty).toBe(phrase.text);
  });
});

describe('fillPhrase', () => {
  it.each([
    ['Thanks, {{customer.firstName}}, for your patience.', {}, 'Thanks for your patience.'],
    ['Thanks, {{customer.firstName}}, for your patience.', FULL_CONTEXT, 'Thanks, Dana, for your patience.'],
    ['Honestly, {{customer.firstName}}, I understand.', {}, 'Honestly, I understand.'],
    ['Thank you, {{customer.firstName}}.', {}, 'Thank you.'],
    ['Thank you so much, {{customer.firstName}}; it means a lot.', {}, 'Thank you so much; it means a lot.'],
    ['{{customer.firstName}}, thank you for waiting.', {}, 'Thank you for waiting.'],
    ['I hear you. {{customer.firstName}}, let me fix this.', {}, 'I hear you. Let me fix this.'],
    ['Hi {{customer.firstName}},', {}, 'Hi there,'],
    ['Hi {{customer.firstName}},', FULL_CONTEXT, 'Hi Dana,'],
    ['Hello {{customer.firstName}}!', {}, 'Hello there!'],
    ['Dear {{customer.firstName}},', {}, 'Hi there,'],
    ['hi {{customer.firstName}}, quick update.', {}, 'hi there, quick update.'],
    ['Thanks again — {{agent.firstName}}', {}, 'Thanks again'],
    ['Thanks again — {{agent.firstName}}', FULL_CONTEXT, 'Thanks again — Sam'],
    ['Talk soon - {{agent.firstName}}', {}, 'Talk soon'],
    ["I'm {{agent.firstName}}, and I'll look after this.", {}, "I'll look after this."],
    ["I'm {{agent.firstName}} and we'll sort it out.", {}, "We'll sort it out."],
    ['{{company.name}} is looking into this.', {}, 'Our team is looking into this.'],
    ['{{company.name}} is looking into this.', { company: { name: 'eBay' } }, 'eBay is looking into this.'],
    ['Everyone at {{company.name}} is grateful.', {}, 'Everyone here is grateful.'],
    ['Thanks for sharing this with {{company.name}}.', {}, 'Thanks for sharing this with us.'],
    ['On behalf of {{company.name}}, I apologize.', {}, 'On behalf of our team, I apologize.'],
    ["{{company.name}}'s support team is here.", {}, 'Our support team is here.'],
    ['The {{company.name}} team is on it.', {}, 'Our team is on it.'],
    ['I have updated ticket #{{ticket.id}} for you.', {}, 'I have updated your ticket for you.'],
    ['Case {{ticket.id}} is open.', {}, 'Your case is open.'],
    ['I have updated ticket #{{ticket.id}} for you.', FULL_CONTEXT, 'I have updated ticket #48213 for you.'],
    ['Thanks, {{ customer.firstName }}, for writing.', FULL_CONTEXT, 'Thanks, Dana, for writing.'],
    ['Thanks, {{Customer.FirstName}}, for writing.', FULL_CONTEXT, 'Thanks, Dana, for writing.'],
    // A placeholder fillPhrase does not know is a value it does not have.
    ['Thanks, {{order.total}}, for writing.', FULL_CONTEXT, 'Thanks for writing.'],
    ['Your order ({{order.number}}) has shipped.', {}, 'Your order has shipped.'],
    ['We are {{company.name}}.', { company: { name: 'Acme Inc.' } }, 'We are Acme Inc.'],
    ['No placeholders , here .', {}, 'No placeholders, here.'],
  ] as const)('%j with %j', (text, context, expected) => {
    expect(fillPhrase(text, context)).toBe(expected);
  });

  it('inserts values as plain text: control characters stripped, whitespace collapsed, trimmed', () => {
    const fill = (firstName: string) =>
      fillPhrase('Thanks, {{customer.firstName}}, for writing.', { customer: { firstName } });
    expect(fill('  Da\u0000na ')).toBe('Thanks, Dana, for writing.');
    expect(fill('Dana\n\tLee')).toBe('Thanks, Dana Lee, for writing.');
    expect(fill('\u202EDana')).toBe('Thanks, Dana, for writing.');
    // replace() patterns in a value must stay literal.
    expect(fill("$&$1$'")).toBe("Thanks, $&$1$', for writing.");
  });

  it('never reads a value as a placeholder', () => {
    const context: PhraseContext = { customer: { firstName: '{{agent.firstName}}' }, agent: { firstName: 'Sam' } };
    expect(fillPhrase('Hi {{customer.firstName}},', context)).toBe('Hi {{agent.firstName}},');
  });

  it('caps a value at 60 characters without splitting a character', () => {
    const long = fillPhrase('{{company.name}}', { company: { name: 'x'.repeat(100) } });
    expect(long).toBe('x'.repeat(60));
    const emoji = fillPhrase('{{company.name}}', { company: { name: '😀'.repeat(70) } });
    expect(Array.from(emoji)).toHaveLength(60);
    expect(emoji).toBe('😀'.repeat(60));
  });

  it('treats values of the wrong type as missing', () => {
    const context = { customer: { firstName: 42 } } as unknown as PhraseContext;
    expect(fillPhrase('Thank you, {{customer.firstName}}.', context)).toBe('Thank you.');
  });
});

describe('suggestPhrases', () => {
  const ids = (phrases: readonly Phrase[]) => phrases.map((phrase) => phrase.id);

  it('picks the default register from the situation', () => {
    expect(defaultRegister(abusive)).toBe('formal');
    expect(defaultRegister(complaining)).toBe('warm');
    expect(defaultRegister({ ...calm, negativeEmotion: true })).toBe('warm');
    expect(defaultRegister(calm)).toBe('brief');
    expect(defaultRegister(noMessage)).toBe('brief');
  });

  it.each(ROW_IDS)('returns every %s phrase and nothing else', (row) => {
    const suggested = suggestPhrases(row, complaining);
    expect(suggested.every((phrase) => phrase.row === row)).toBe(true);
    expect(new Set(ids(suggested))).toEqual(new Set(ids(BUILT_IN_PHRASES.filter((phrase) => phrase.row === row))));
  });

  it('offers a formal boundary first to an abusive customer, the calm limit before the warning', () => {
    const suggested = suggestPhrases('boundary', abusive);
    expect(suggested[0]?.register).toBe('formal');
    expect(suggested[0]?.id).toBe('boundary.formal.respectful');
    const firstOther = suggested.findIndex((phrase) => phrase.register !== 'formal');
    expect(suggested.slice(firstOther).every((phrase) => phrase.register !== 'formal')).toBe(true);
  });

  it('offers phrases written for the situation first', () => {
    const forComplaint = suggestPhrases('gratitude', complaining);
    expect(forComplaint[0]?.situations).toContain('complaint');
    // Thanking an upset customer for "kind words" reads as sarcasm: praise-only phrases go last.
    const praiseOnly = forComplaint.filter((phrase) => phrase.situations?.every((s) => s === 'praise'));
    expect(praiseOnly.length).toBeGreaterThan(0);
    expect(ids(forComplaint.slice(-praiseOnly.length))).toEqual(ids(praiseOnly));

    const forQuestion = suggestPhrases('gratitude', calm);
    expect(forQuestion[0]?.register).toBe('brief');
    expect(forQuestion[0]?.situations ?? []).toEqual([]);
  });

  it('ranks by situation, then register, then library order', () => {
    const phrase = (id: string, register: Register, situations?: Phrase['situations']): Phrase => ({
      id,
      row: 'apology',
      register,
      text: 'Sorry.',
      ...(situations ? { situations } : {}),
    });
    const library: Phrase[] = [
      phrase('apology.brief.any', 'brief'),
      phrase('apology.formal.praise', 'formal', ['praise']),
      phrase('apology.warm.any', 'warm'),
      phrase('apology.formal.complaint', 'formal', ['complaint']),
      phrase('apology.warm.complaint', 'warm', ['complaint']),
      phrase('apology.warm.question', 'warm', ['question']),
      phrase('apology.warm.any-second', 'warm'),
      { ...phrase('empathy.warm.complaint', 'warm', ['complaint']), row: 'empathy' },
    ];
    expect(ids(suggestPhrases('apology', complaining, library))).toEqual([
      'apology.warm.complaint',
      'apology.formal.complaint',
      'apology.warm.any',
      'apology.warm.any-second',
      'apology.brief.any',
      'apology.warm.question',
      'apology.formal.praise',
    ]);
    expect(ids(suggestPhrases('apology', complaining, library, 'formal'))).toEqual([
      'apology.formal.complaint',
      'apology.warm.complaint',
      'apology.warm.any',
      'apology.warm.any-second',
      'apology.brief.any',
      'apology.warm.question',
      'apology.formal.praise',
    ]);
    // No customer message: phrases for any situation first, then the ones written for some situation.
    expect(ids(suggestPhrases('apology', noMessage, library))).toEqual([
      'apology.brief.any',
      'apology.warm.any',
      'apology.warm.any-second',
      'apology.warm.complaint',
      'apology.warm.question',
      'apology.formal.praise',
      'apology.formal.complaint',
    ]);
  });

  it('is deterministic and leaves the library alone', () => {
    const library = [...BUILT_IN_PHRASES];
    for (const row of ROW_IDS) {
      for (const situation of [calm, complaining, abusive, noMessage]) {
        expect(ids(suggestPhrases(row, situation, library))).toEqual(ids(suggestPhrases(row, situation)));
      }
    }
    expect(library).toEqual(BUILT_IN_PHRASES);
  });

  it('breaks ties by library order, not by id', () => {
    const reversed = [...BUILT_IN_PHRASES].reverse();
    const briefForAny = (p: Phrase) => p.register === 'brief' && !p.situations;
    const forward = suggestPhrases('apology', noMessage).filter(briefForAny);
    const backward = suggestPhrases('apology', noMessage, reversed).filter(briefForAny);
    expect(forward.length).toBeGreaterThan(0);
    expect(ids(backward)).toEqual(ids(forward).reverse());
  });
});

describe('lookups', () => {
  it('finds a phrase by abbreviation, ignoring case and spaces', () => {
    expect(findPhraseByAbbreviation(';sorry')?.id).toBe('apology.warm.sorry-for-trouble');
    expect(findPhraseByAbbreviation(' ;RESPECT ')?.row).toBe('boundary');
    expect(findPhraseByAbbreviation(';nosuchphrase')).toBeUndefined();
    expect(findPhraseByAbbreviation('')).toBeUndefined();
    for (const phrase of BUILT_IN_PHRASES) expect(findPhraseByAbbreviation(phrase.abbreviation ?? '')).toBe(phrase);
  });

  it('finds a phrase by id, in the built-in library or a given one', () => {
    expect(phraseById('boundary.formal.end-chat')?.row).toBe('boundary');
    expect(phraseById('nope')).toBeUndefined();
    const mine: Phrase = {
      id: 'gratitude.warm.mine',
      row: 'gratitude',
      register: 'warm',
      text: 'Thanks!',
      abbreviation: ';ty',
    };
    expect(phraseById('gratitude.warm.mine', [mine])).toBe(mine);
    expect(findPhraseByAbbreviation(';ty', [mine])).toBe(mine);
    expect(phraseById('gratitude.warm.mine')).toBeUndefined();
  });
});
