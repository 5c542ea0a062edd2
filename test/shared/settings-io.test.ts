// Settings files: export shape, import with precise errors and nothing changed on error, merge and replace.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PHRASES, type Phrase } from '../../src/engine/phrases/index.js';
import { exportFileName, exportSettings, importSettings, MAX_IMPORT_BYTES } from '../../src/shared/settings-io.js';
import { builtInPhrases, defaultSettings, type ReplyCoachSettings } from '../../src/shared/settings.js';

const mine = (over: Partial<Phrase> = {}): Phrase => ({
  id: 'custom.apology.x1',
  row: 'apology',
  register: 'warm',
  text: 'Sorry the invoice was wrong, {{customer.firstName}}.',
  abbreviation: ';invoice',
  ...over,
});

const current = (): ReplyCoachSettings => ({
  ...defaultSettings(),
  disabledSites: ['gmail'],
  enabledOrigins: ['https://a.example.com'],
  disabledRules: ['calm-down'],
  policy: { boundary: 'never' },
  agentFirstName: 'Sam',
  phrases: [...builtInPhrases(), mine()],
});

const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'reply-coach-settings', version: 1, settings: {}, phrases: [], ...over });

describe('export', () => {
  it('writes the documented shape, phrases in full', () => {
    const text = exportSettings(current(), new Date('2025-03-14T10:00:00Z'));
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'settings', 'phrases']);
    expect(parsed.format).toBe('reply-coach-settings');
    expect(parsed.version).toBe(1);
    expect(parsed.settings).toEqual({
      disabledSites: ['gmail'],
      enabledOrigins: ['https://a.example.com'],
      disabledRules: ['calm-down'],
      policy: { boundary: 'never' },
      agentFirstName: 'Sam',
      expansion: true,
    });
    expect(parsed.phrases).toHaveLength(BUILT_IN_PHRASES.length + 1);
    expect(exportFileName(new Date(2025, 2, 4))).toBe('reply-coach-settings-2025-03-04.json');
  });

  it('round-trips through replace', () => {
    const result = importSettings(exportSettings(current()), defaultSettings(), 'replace');
    expect(result).toMatchObject({ ok: true, settings: current() });
  });

  it('default settings export the built-ins and import back as null (the built-ins)', () => {
    const result = importSettings(exportSettings(defaultSettings()), current(), 'replace');
    expect(result.ok && result.settings).toEqual(defaultSettings());
  });
});

describe('import errors', () => {
  const errors = (text: string, mode: 'merge' | 'replace' = 'merge') => {
    const result = importSettings(text, current(), mode);
    if (result.ok) throw new Error('expected the import to fail');
    return result.errors;
  };

  it('gives the path, the value and what is allowed', () => {
    const phrases = [mine({ id: 'a' }), mine({ id: 'b', abbreviation: ';b' }), mine({ id: 'c', abbreviation: ';c' }), mine({ id: 'd', abbreviation: ';d', row: 'apologies' as never })];
    expect(errors(file({ phrases }))).toEqual(["phrases[3].row: 'apologies' is not one of empathy, apology, ownership, boundary, gratitude"]);
  });

  it('lists every problem of the file at once', () => {
    expect(
      errors(
        file({
          extra: 1,
          settings: { disabledRules: ['nope'], policy: { apology: 'maybe' }, agentFirstName: 3, colour: 'blue' },
          phrases: [mine({ text: '' }), mine({ id: 'y', abbreviation: ';invoice' })],
        }),
      ),
    ).toEqual([
      'extra: unknown field',
      'settings.colour: unknown field',
      "settings.disabledRules[0]: 'nope' is not a rule id",
      "settings.policy.apology: 'maybe' is not one of auto, always, never",
      'settings.agentFirstName: expected a text, got a number',
      'phrases[0].text: is empty',
    ]);
  });

  it('repeated abbreviations in the file, and against a phrase the merge keeps', () => {
    expect(errors(file({ phrases: [mine({ id: 'p' }), mine({ id: 'q' })] }))).toEqual([
      "phrases[1].abbreviation: ';invoice' is already used by phrases[0]",
    ]);
    expect(errors(file({ phrases: [mine({ id: 'other' })] }))).toEqual([
      "phrases[0].abbreviation: ';invoice' is already used by your phrase 'custom.apology.x1'",
    ]);
    // Replacing the library: no clash with the current one.
    expect(importSettings(file({ phrases: [mine({ id: 'other' })] }), current(), 'replace').ok).toBe(true);
  });

  it('not JSON, not an object, not our format, a newer or a bad version', () => {
    expect(errors('{ "format": ')[0]).toMatch(/^The file is not valid JSON \(/);
    expect(errors('[1,2]')).toEqual(['The file does not hold a Reply Coach settings object.']);
    expect(errors(JSON.stringify({ name: 'x' }))).toEqual([
      "format: expected 'reply-coach-settings', got nothing: this is not a Reply Coach settings file.",
    ]);
    expect(errors(file({ version: 2 }))[0]).toMatch(/^version: saved by a newer version of Reply Coach \(settings version 2; this one knows up to 1\)/);
    expect(errors(file({ version: '1' }))).toEqual(['version: expected a whole number, got "1".']);
    expect(errors(file({ settings: [] }))).toEqual(['settings: expected an object, got a list']);
    expect(errors(file({ phrases: {} }))).toEqual(['phrases: expected a list of phrases, got an object']);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const big = file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(errors(big)).toEqual(['The file is 1.0 MB; a settings file can be at most 1 MB. Is it the right file?']);
  });

  it('caps a flood of errors', () => {
    const phrases = Array.from({ length: 80 }, (_, i) => ({ id: `p${i}`, row: 'x', register: 'warm', text: 't' }));
    const list = errors(file({ phrases }));
    expect(list).toHaveLength(51);
    expect(list.at(-1)).toBe('…and 30 more.');
  });

  it('changes nothing on error: the current settings object is untouched', () => {
    const before = current();
    const snapshot = JSON.stringify(before);
    importSettings(file({ phrases: [{ id: 1 }] }), before, 'merge');
    importSettings(file({ phrases: [{ id: 1 }] }), before, 'replace');
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe('merge', () => {
  it('unions lists, overrides policy entries, keeps what the file leaves out', () => {
    const result = importSettings(
      file({
        settings: { disabledSites: ['zendesk', 'gmail'], enabledOrigins: ['https://b.example.com/'], policy: { apology: 'always' } },
      }),
      current(),
      'merge',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.disabledSites).toEqual(['gmail', 'zendesk']);
    expect(result.settings.enabledOrigins).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect(result.settings.disabledRules).toEqual(['calm-down']);
    expect(result.settings.policy).toEqual({ boundary: 'never', apology: 'always' });
    expect(result.settings.agentFirstName).toBe('Sam');
    // The file's empty phrase list adds nothing and removes nothing.
    expect(result.settings.phrases).toEqual(current().phrases);
  });

  it('phrases by id: same id replaced in place, new ones added after, the rest kept', () => {
    const firstBuiltIn = BUILT_IN_PHRASES[0]!;
    const result = importSettings(
      file({
        settings: { agentFirstName: 'Alex' },
        phrases: [
          { ...firstBuiltIn, text: 'I hear you, and I understand.', builtIn: true },
          mine({ text: 'Sorry about the invoice.' }),
          mine({ id: 'team.gratitude.1', row: 'gratitude', text: 'Thanks for bearing with us.', abbreviation: ';bear' }),
        ],
      }),
      current(),
      'merge',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const phrases = result.settings.phrases!;
    expect(phrases).toHaveLength(BUILT_IN_PHRASES.length + 2);
    expect(phrases[0]!.text).toBe('I hear you, and I understand.');
    expect(phrases[BUILT_IN_PHRASES.length]!.text).toBe('Sorry about the invoice.');
    expect(phrases.at(-1)!.id).toBe('team.gratitude.1');
    expect(result.summary).toEqual({ added: 1, replaced: 2, phrases: 3 });
    expect(result.settings.agentFirstName).toBe('Alex');
  });

  it('a file without phrases keeps the library in either mode only when merging', () => {
    const text = JSON.stringify({ format: 'reply-coach-settings', version: 1, settings: { expansion: false } });
    const merged = importSettings(text, current(), 'merge');
    const replaced = importSettings(text, current(), 'replace');
    expect(merged.ok && merged.settings.phrases).toEqual(current().phrases);
    expect(replaced.ok && replaced.settings).toEqual({ ...defaultSettings(), expansion: false });
  });
});

describe('replace', () => {
  it('takes the file, defaults for what it leaves out', () => {
    const result = importSettings(file({ settings: { disabledRules: ['shouting'] }, phrases: [mine()] }), current(), 'replace');
    expect(result.ok && result.settings).toEqual({ ...defaultSettings(), disabledRules: ['shouting'], phrases: [mine()] });
  });

  it('reads a version 0 file through the migration', () => {
    const text = JSON.stringify({ format: 'reply-coach-settings', version: 0, settings: { agentName: 'Jo', disabledRules: { shouting: true } } });
    const result = importSettings(text, current(), 'replace');
    expect(result.ok && result.settings).toEqual({ ...defaultSettings(), agentFirstName: 'Jo', disabledRules: ['shouting'] });
  });
});
