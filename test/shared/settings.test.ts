// The settings model: validation with precise messages, repair without throwing, migrations, the stored form and the
// sync-or-local decision. Pure: plain Node.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PHRASES, type Phrase } from '../../src/engine/phrases/index.js';
import {
  applyChange,
  builtInPhrases,
  checkPhrases,
  decodeSettings,
  defaultSettings,
  DEFAULT_SETTINGS,
  encodeSettings,
  isStoredElsewhere,
  migrate,
  newPhraseId,
  normalizePhrases,
  parseOrigin,
  phraseProblems,
  planStorage,
  repairSettings,
  restoreBuiltIns,
  SETTINGS_VERSION,
  SYNC_QUOTA_BYTES_PER_ITEM,
  syncItemBytes,
  type ReplyCoachSettings,
} from '../../src/shared/settings.js';

const phrase = (over: Partial<Phrase> & Record<string, unknown> = {}): Phrase =>
  ({ id: 'custom.apology.a', row: 'apology', register: 'warm', text: 'I am sorry the export failed.', ...over }) as Phrase;

describe('phrase validation', () => {
  it('accepts every built-in phrase', () => {
    for (const [i, p] of BUILT_IN_PHRASES.entries()) expect(phraseProblems(p, `phrases[${i}]`)).toEqual([]);
    expect(checkPhrases('phrases', BUILT_IN_PHRASES).problems).toEqual([]);
  });

  it('names the path, the bad value and what is allowed', () => {
    expect(phraseProblems(phrase({ row: 'apologies' as never }), 'phrases[3]')).toEqual([
      "phrases[3].row: 'apologies' is not one of empathy, apology, ownership, boundary, gratitude",
    ]);
    expect(phraseProblems(phrase({ register: 'casual' as never }), 'p')).toEqual(["p.register: 'casual' is not one of warm, formal, brief"]);
  });

  it('checks id, text length and emptiness, placeholders, abbreviation form, situations, unknown fields', () => {
    expect(phraseProblems(phrase({ id: '' }), 'p')).toEqual(['p.id: expected a non-empty text, got a string']);
    expect(phraseProblems(phrase({ text: '   ' }), 'p')).toEqual(['p.text: is empty']);
    expect(phraseProblems(phrase({ text: 'x'.repeat(501) }), 'p')).toEqual(['p.text: is 501 characters long; the limit is 500']);
    expect(phraseProblems(phrase({ text: 'x'.repeat(500) }), 'p')).toEqual([]);
    expect(phraseProblems(phrase({ text: 'Hi {{customer.name}}, sorry.' }), 'p')[0]).toMatch(
      /^p\.text: unknown placeholder \{\{customer\.name\}\}; known: \{\{customer\.firstName\}\}/,
    );
    expect(phraseProblems(phrase({ text: 'Hi {{Customer.FirstName}}, sorry.' }), 'p')).toEqual([]);
    expect(phraseProblems(phrase({ abbreviation: ';Sorry' }), 'p')[0]).toMatch(/^p\.abbreviation: ';Sorry' must be ';' followed by/);
    expect(phraseProblems(phrase({ abbreviation: 'sorry' }), 'p')).toHaveLength(1);
    expect(phraseProblems(phrase({ abbreviation: ';so rry' }), 'p')).toHaveLength(1);
    expect(phraseProblems(phrase({ abbreviation: ';sorry-2' }), 'p')).toEqual([]);
    expect(phraseProblems(phrase({ situations: ['angry'] as never }), 'p')).toEqual([
      "p.situations[0]: 'angry' is not one of abusive, complaint, upset, praise, question",
    ]);
    expect(phraseProblems(phrase({ colour: 'red' }), 'p')).toEqual(['p.colour: unknown field']);
    expect(phraseProblems('hello', 'phrases[0]')).toEqual(['phrases[0]: expected a phrase object, got a string']);
    const { row: _row, ...noRow } = phrase();
    expect(phraseProblems(noRow, 'p')).toEqual(['p.row: missing; expected one of empathy, apology, ownership, boundary, gratitude']);
  });

  it('requires unique ids and abbreviations within a library', () => {
    const checked = checkPhrases('phrases', [
      phrase({ abbreviation: ';sorry' }),
      phrase({ id: 'b', abbreviation: ';sorry' }),
      phrase({ id: 'custom.apology.a', text: 'Again.' }),
    ]);
    expect(checked.problems).toEqual([
      "phrases[1].abbreviation: ';sorry' is already used by phrases[0]",
      "phrases[2].id: 'custom.apology.a' is already used by phrases[0]",
    ]);
    // Repair keeps the second phrase without the abbreviation and drops the repeated id.
    expect(checked.value.map((p) => [p.id, p.abbreviation])).toEqual([
      ['custom.apology.a', ';sorry'],
      ['b', undefined],
    ]);
  });
});

describe('origins', () => {
  it('takes http and https origins, with a path dropped', () => {
    expect(parseOrigin(' https://support.example.com/ ')).toEqual({ ok: true, origin: 'https://support.example.com' });
    expect(parseOrigin('http://helpdesk.local:8080/agent/tickets/1')).toEqual({ ok: true, origin: 'http://helpdesk.local:8080' });
    expect(parseOrigin('HTTPS://Support.Example.com')).toEqual({ ok: true, origin: 'https://support.example.com' });
  });
  it('refuses the rest with a reason', () => {
    expect(parseOrigin('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseOrigin('support.example.com')).toEqual({ ok: false, reason: 'scheme' });
    expect(parseOrigin('ftp://example.com')).toEqual({ ok: false, reason: 'scheme' });
    expect(parseOrigin('https://*.example.com')).toEqual({ ok: false, reason: 'wildcard' });
    expect(parseOrigin('https://user:pw@example.com')).toEqual({ ok: false, reason: 'credentials' });
    expect(parseOrigin('https://exa mple.com')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('repair of stored data', () => {
  it('nothing stored: the defaults, no problems', () => {
    expect(decodeSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [], from: SETTINGS_VERSION });
  });

  it('garbage of any kind never throws and falls back to defaults', () => {
    for (const raw of [null, 42, 'settings', [], true, { version: 'x' }, { version: 1, phrases: 'lots' }]) {
      const { settings } = decodeSettings(raw);
      // The defaults: the helpdesks behind a switch are off.
      expect(settings.disabledSites).toEqual(defaultSettings().disabledSites);
      expect(settings.phrases).toBeNull();
    }
    expect(decodeSettings('settings').problems).toEqual(['settings: expected an object, got a string; all reset to the defaults']);
  });

  it('repairs field by field: good fields are kept, bad ones reset and reported', () => {
    const { settings, problems } = decodeSettings({
      version: 1,
      disabledSites: 'gmail',
      enabledOrigins: ['https://help.example.com', 'not a url', 7, 'https://help.example.com/'],
      disabledRules: ['calm-down', 'no-such-rule'],
      policy: { apology: 'never', boundary: 'sometimes', tone: 'auto' },
      agentFirstName: 'Sam',
      expansion: 'yes',
      phrases: [phrase({ abbreviation: ';exp' }), phrase({ id: 'bad', row: 'nope' as never }), 'empathy.brief.see-why'],
    });
    expect(settings).toEqual<ReplyCoachSettings>({
      version: SETTINGS_VERSION,
      disabledSites: defaultSettings().disabledSites,
      enabledOrigins: ['https://help.example.com'],
      disabledRules: ['calm-down'],
      policy: { apology: 'never' },
      agentFirstName: 'Sam',
      expansion: true,
      phrases: [phrase({ abbreviation: ';exp' }), { ...BUILT_IN_PHRASES.find((p) => p.id === 'empathy.brief.see-why')!, builtIn: true }],
    });
    expect(problems).toEqual([
      'disabledSites: expected a list, got a string',
      "enabledOrigins[1]: 'not a url' is not an http or https origin such as 'https://support.example.com'",
      'enabledOrigins[2]: expected a text, got a number',
      "disabledRules[1]: 'no-such-rule' is not a rule id",
      "policy.boundary: 'sometimes' is not one of auto, always, never",
      "policy: 'tone' is not one of empathy, apology, ownership, boundary, gratitude",
      'expansion: expected true or false, got a string',
      "phrases[1].row: 'nope' is not one of empathy, apology, ownership, boundary, gratitude",
    ]);
  });

  it('cuts an overlong name and drops unknown phrase fields, reporting both', () => {
    const { settings, problems } = decodeSettings({ version: 1, agentFirstName: 'A'.repeat(80), phrases: [phrase({ extra: 1 })] });
    expect(settings.agentFirstName).toHaveLength(60);
    expect(settings.phrases).toEqual([phrase()]);
    expect(problems).toEqual(['agentFirstName: is 80 characters long; the limit is 60', 'phrases[0].extra: unknown field']);
  });

  it('a library whose every phrase is broken falls back to the built-ins', () => {
    expect(decodeSettings({ version: 1, phrases: [{}, 3] }).settings.phrases).toBeNull();
  });

  it('data from a newer version: fields known here are kept, the version is reported', () => {
    const decoded = decodeSettings({ version: 7, agentFirstName: 'Kim', hologram: true });
    expect(decoded.from).toBe(7);
    expect(decoded.settings.agentFirstName).toBe('Kim');
    expect(decoded.problems).toEqual([]);
  });

  it('repairSettings is what a save writes: nothing invalid survives', () => {
    const bad = { ...defaultSettings(), enabledOrigins: ['javascript:alert(1)'] };
    expect(repairSettings(bad).settings.enabledOrigins).toEqual([]);
  });
});

describe('migration from version 0 (the unversioned preview shape)', () => {
  const v0 = {
    sites: { zendesk: true, gmail: false, custom: ['https://desk.example.org/'] },
    disabledRules: { 'calm-down': true, 'as-i-said': false, shouting: true },
    policy: { apology: 'off', gratitude: 'on', empathy: 'auto' },
    agentName: 'Robin',
    customPhrases: [{ row: 'apology', text: 'So sorry about the double charge.', shortcut: 'dbl' }, { row: 'gratitude', text: 'Thanks!' }],
    hiddenPhrases: ['empathy.brief.see-why'],
    expansion: false,
  };

  it('maps every old field to the new shape', () => {
    const { settings, problems, from } = decodeSettings(v0);
    expect(from).toBe(0);
    expect(problems).toEqual([]);
    expect(settings.disabledSites).toEqual(['gmail']);
    expect(settings.enabledOrigins).toEqual(['https://desk.example.org']);
    expect(settings.disabledRules).toEqual(['calm-down', 'shouting']);
    expect(settings.policy).toEqual({ apology: 'never', gratitude: 'always', empathy: 'auto' });
    expect(settings.agentFirstName).toBe('Robin');
    expect(settings.expansion).toBe(false);
    const ids = settings.phrases!.map((p) => p.id);
    expect(ids).not.toContain('empathy.brief.see-why');
    expect(ids.slice(-2)).toEqual(['custom.apology.1', 'custom.gratitude.2']);
    expect(settings.phrases!.at(-2)).toEqual({
      id: 'custom.apology.1',
      row: 'apology',
      register: 'warm',
      text: 'So sorry about the double charge.',
      abbreviation: ';dbl',
    });
    expect(settings.phrases).toHaveLength(BUILT_IN_PHRASES.length - 1 + 2);
  });

  it('a broken old phrase is repaired away like any other', () => {
    const { settings, problems } = decodeSettings({ customPhrases: [{ row: 'sorry', text: 'x' }] });
    expect(problems).toEqual(["phrases[42].row: 'sorry' is not one of empathy, apology, ownership, boundary, gratitude"]);
    expect(settings.phrases).toBeNull();
  });

  it('an unversioned object already in the new shape passes through', () => {
    expect(migrate({ disabledRules: ['calm-down'], disabledSites: ['zendesk'] })).toEqual({
      data: { disabledRules: ['calm-down'], disabledSites: ['zendesk'] },
      from: 0,
    });
  });

  it('current data is not migrated', () => {
    const raw = { version: 1, disabledRules: ['calm-down'] };
    expect(migrate(raw)).toEqual({ data: raw, from: 1 });
  });
});

describe('the stored form', () => {
  it('the built-in library is stored as null, and an unedited built-in as its id', () => {
    expect(encodeSettings({ ...defaultSettings(), phrases: builtInPhrases() }).phrases).toBeNull();
    const mine = [...builtInPhrases(), phrase()];
    const stored = encodeSettings({ ...defaultSettings(), phrases: mine });
    expect(stored.phrases!.slice(0, 2)).toEqual([BUILT_IN_PHRASES[0]!.id, BUILT_IN_PHRASES[1]!.id]);
    expect(stored.phrases!.at(-1)).toEqual(phrase());
    expect(decodeSettings(stored)).toEqual({ settings: { ...defaultSettings(), phrases: mine }, problems: [], from: 1 });
  });

  it('an edited built-in is stored in full and keeps its edit', () => {
    const edited = builtInPhrases().map((p, i) => (i === 0 ? { ...p, text: 'I hear you.' } : p));
    const stored = encodeSettings({ ...defaultSettings(), phrases: edited });
    expect(stored.phrases![0]).toEqual(edited[0]);
    expect(decodeSettings(stored).settings.phrases![0]!.text).toBe('I hear you.');
  });

  it('a stored built-in id no longer shipped is dropped quietly', () => {
    const decoded = decodeSettings({ version: 1, phrases: ['gone.phrase', phrase()] });
    expect(decoded.settings.phrases).toEqual([phrase()]);
    expect(decoded.problems).toEqual([]);
  });
});

describe('sync or local', () => {
  it('counts the key and the JSON in UTF-8 bytes', () => {
    expect(syncItemBytes('settings', { a: 'é' })).toBe('settings'.length + '{"a":"é"}'.length + 1);
  });

  it('default settings and a built-in library with a few phrases of the user fit in sync', () => {
    const plan = planStorage('settings', encodeSettings({ ...defaultSettings(), phrases: [...builtInPhrases(), phrase()] }));
    expect(plan.area).toBe('sync');
    expect(plan.bytes).toBeLessThan(3000);
  });

  it('over 8,192 bytes goes to local, with a marker for sync', () => {
    const many = Array.from({ length: 20 }, (_, i) => phrase({ id: `custom.apology.${i}`, text: `${'Sorry. '.repeat(60)}${i}` }));
    const stored = encodeSettings({ ...defaultSettings(), phrases: many });
    const plan = planStorage('settings', stored);
    expect(plan.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(plan).toEqual({ area: 'local', sync: { version: 1, area: 'local', bytes: plan.bytes }, local: stored, bytes: plan.bytes });
    expect(isStoredElsewhere(plan.sync)).toBe(true);
  });

  it('the boundary is inclusive', () => {
    const base = encodeSettings(defaultSettings());
    const room = SYNC_QUOTA_BYTES_PER_ITEM - syncItemBytes('settings', { ...base, agentFirstName: '' });
    // agentFirstName is checked elsewhere; here only the size decision matters.
    expect(planStorage('settings', { ...base, agentFirstName: 'x'.repeat(room) }).area).toBe('sync');
    expect(planStorage('settings', { ...base, agentFirstName: 'x'.repeat(room + 1) }).area).toBe('local');
  });
});

describe('library helpers', () => {
  it('restoreBuiltIns brings back every built-in as shipped, keeps the user phrases after them', () => {
    const mine = phrase({ abbreviation: ';sorry' });
    const lib = [{ ...builtInPhrases()[0]!, text: 'Edited.' }, mine];
    const restored = restoreBuiltIns(lib)!;
    expect(restored).toHaveLength(BUILT_IN_PHRASES.length + 1);
    expect(restored[0]!.text).toBe(BUILT_IN_PHRASES[0]!.text);
    expect(restored.at(-1)).toEqual(mine);
    // The user's phrase keeps ';sorry'; the built-in that had it goes without, so the library stays valid.
    expect(checkPhrases('phrases', restored).problems).toEqual([]);
    expect(restoreBuiltIns(builtInPhrases().slice(3))).toBeNull();
  });

  it('normalizePhrases keeps a reordered built-in library', () => {
    const reordered = builtInPhrases().reverse();
    expect(normalizePhrases(reordered)).toEqual(reordered);
  });

  it('newPhraseId is unique', () => {
    const lib = [phrase({ id: newPhraseId('apology', [], 1000, () => 0) })];
    const next = newPhraseId('apology', lib, 1000, () => 0);
    expect(next).not.toBe(lib[0]!.id);
    expect(next).toMatch(/^custom\.apology\./);
  });

  it('applyChange takes a patch or a function and always sets the version', () => {
    const current = { ...defaultSettings(), version: 0 };
    expect(applyChange(current, { agentFirstName: 'Sam' })).toEqual({ ...DEFAULT_SETTINGS, agentFirstName: 'Sam', policy: {}, version: 1 });
    expect(applyChange(current, (s) => ({ ...s, expansion: false })).expansion).toBe(false);
  });
});
