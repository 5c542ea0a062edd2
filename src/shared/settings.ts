// The user's settings: their shape, defaults, validation, repair, migrations from older stored shapes, and the form
// they take in storage. Pure (no extension APIs, no DOM), so the content script, the popup, the options page, the
// service worker and Node tests share one definition; settings-store.ts is the thin storage glue around it.
//
// One validator per field serves two callers: loading repairs (a bad field or list item is dropped or reset to the
// default, and the problem is reported, never thrown: a content script must come up even when storage holds
// garbage), and importing refuses (the same problems become the error list, and nothing is changed).
import { BUILT_IN_PHRASES, isKnownPlaceholder, placeholdersIn, PLACEHOLDER_NAMES } from '../engine/phrases/index.js';
import type { Phrase, Register, Situation } from '../engine/phrases/index.js';
import { RULES } from '../engine/rules/index.js';
import { ROW_IDS, type RowId, type RowPolicy } from '../engine/types.js';

/** The version of the stored settings shape. Version 0 is the unversioned shape of the early preview (see migrateV0). */
export const SETTINGS_VERSION = 1;

export interface ReplyCoachSettings {
  version: number;
  /** Built-in helpdesks the user switched off ('zendesk', 'gmail'). */
  disabledSites: string[];
  /** Extra origins the user switched on for the generic adapter, e.g. 'https://support.example.com'. */
  enabledOrigins: string[];
  disabledRules: string[];
  policy: Partial<Record<RowId, RowPolicy>>;
  agentFirstName: string;
  /** The phrase library; null means the built-ins. */
  phrases: Phrase[] | null;
  /** Whether abbreviations typed in the composer (";sorry") expand to phrases. */
  expansion: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReplyCoachSettings> = Object.freeze({
  version: SETTINGS_VERSION,
  disabledSites: [],
  enabledOrigins: [],
  disabledRules: [],
  policy: {},
  agentFirstName: '',
  phrases: null,
  expansion: true,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): ReplyCoachSettings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], enabledOrigins: [], disabledRules: [], policy: {}, phrases: null };
}

// --- the vocabulary ---

/** The helpdesks with their own adapter, which the user can switch off. */
export const BUILT_IN_SITES = ['zendesk', 'gmail'] as const;
export type BuiltInSite = (typeof BUILT_IN_SITES)[number];
export const ROW_POLICIES: readonly RowPolicy[] = ['auto', 'always', 'never'];
export const REGISTERS: readonly Register[] = ['warm', 'formal', 'brief'];
export const SITUATIONS: readonly Situation[] = ['abusive', 'complaint', 'upset', 'praise', 'question'];
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export const MAX_NAME_CHARS = 60;
export const MAX_PHRASE_CHARS = 500;
export const MAX_PHRASE_ID_CHARS = 100;
export const MAX_PHRASES = 500;
export const ABBREVIATION = /^;[a-z0-9-]+$/;

// The validation messages, in one table (English and technical: they name the field path, like a compiler).
const quote = (value: unknown): string => {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return JSON.stringify(value) ?? String(value);
};
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

export const VALIDATION_MESSAGES = {
  notOneOf: (value: unknown, allowed: readonly string[]) => `${quote(value)} is not one of ${allowed.join(', ')}`,
  expected: (what: string, value: unknown) => `expected ${what}, got ${kindOf(value)}`,
  missing: (what: string) => `missing; expected ${what}`,
  unknownField: 'unknown field',
  notRule: (value: unknown) => `${quote(value)} is not a rule id`,
  notOrigin: (value: unknown) => `${quote(value)} is not an http or https origin such as 'https://support.example.com'`,
  tooLong: (length: number, max: number) => `is ${length} characters long; the limit is ${max}`,
  emptyText: 'is empty',
  unknownPlaceholder: (name: string) =>
    `unknown placeholder {{${name}}}; known: ${PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(', ')}`,
  badAbbreviation: (value: unknown) =>
    `${quote(value)} must be ';' followed by lower-case letters, digits or '-' (like ';sorry')`,
  duplicateAbbreviation: (value: string, other: string) => `${quote(value)} is already used by ${other}`,
  duplicateId: (value: string, other: string) => `${quote(value)} is already used by ${other}`,
  tooMany: (count: number, max: number) => `has ${count} phrases; the limit is ${max}`,
  newerVersion: (version: number) =>
    `saved by a newer version of Reply Coach (settings version ${version}; this one knows up to ${SETTINGS_VERSION})`,
} as const;

// --- field validators: each returns the repaired value and the problems found, by path ---

export interface Checked<T> {
  value: T;
  problems: string[];
}

function checkList<T>(
  path: string,
  raw: unknown,
  fallback: T[],
  item: (value: unknown, at: string) => { ok: true; value: T } | { ok: false; problem: string },
): Checked<T[]> {
  if (!Array.isArray(raw)) return { value: fallback, problems: [`${path}: ${VALIDATION_MESSAGES.expected('a list', raw)}`] };
  const problems: string[] = [];
  const out: T[] = [];
  raw.forEach((value, index) => {
    const at = `${path}[${index}]`;
    const result = item(value, at);
    if (!result.ok) problems.push(`${at}: ${result.problem}`);
    else if (!out.includes(result.value)) out.push(result.value);
  });
  return { value: out, problems };
}

function oneOf<T extends string>(allowed: readonly T[], what = 'a text') {
  return (value: unknown): { ok: true; value: T } | { ok: false; problem: string } => {
    if (typeof value !== 'string') return { ok: false, problem: VALIDATION_MESSAGES.expected(what, value) };
    return (allowed as readonly string[]).includes(value)
      ? { ok: true, value: value as T }
      : { ok: false, problem: VALIDATION_MESSAGES.notOneOf(value, allowed) };
  };
}

export type OriginCheck =
  | { ok: true; origin: string }
  | { ok: false; reason: 'empty' | 'scheme' | 'invalid' | 'credentials' | 'wildcard' };

/**
 * The origin a user means by `input`: 'https://support.example.com', with or without a trailing slash or a path
 * (which is dropped). Only http and https; no wildcards, no user:password@.
 */
export function parseOrigin(input: string): OriginCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.includes('*')) return { ok: false, reason: 'wildcard' };
  if (!/^https?:\/\//i.test(text)) return { ok: false, reason: 'scheme' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  if (!url.hostname || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { ok: false, reason: 'invalid' };
  return { ok: true, origin: url.origin };
}

const checkOriginItem = (value: unknown) => {
  if (typeof value !== 'string') return { ok: false as const, problem: VALIDATION_MESSAGES.expected('a text', value) };
  const parsed = parseOrigin(value);
  return parsed.ok ? { ok: true as const, value: parsed.origin } : { ok: false as const, problem: VALIDATION_MESSAGES.notOrigin(value) };
};

const checkRuleItem = (value: unknown) => {
  if (typeof value !== 'string') return { ok: false as const, problem: VALIDATION_MESSAGES.expected('a rule id', value) };
  return RULE_IDS.includes(value) ? { ok: true as const, value } : { ok: false as const, problem: VALIDATION_MESSAGES.notRule(value) };
};

function checkPolicy(path: string, raw: unknown): Checked<Partial<Record<RowId, RowPolicy>>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { value: {}, problems: [`${path}: ${VALIDATION_MESSAGES.expected('an object of row: policy', raw)}`] };
  const problems: string[] = [];
  const value: Partial<Record<RowId, RowPolicy>> = {};
  for (const [row, policy] of Object.entries(raw)) {
    if (!(ROW_IDS as readonly string[]).includes(row)) {
      problems.push(`${path}: ${VALIDATION_MESSAGES.notOneOf(row, ROW_IDS)}`);
      continue;
    }
    const checked = oneOf(ROW_POLICIES)(policy);
    if (checked.ok) value[row as RowId] = checked.value;
    else problems.push(`${path}.${row}: ${checked.problem}`);
  }
  return { value, problems };
}

function checkName(path: string, raw: unknown): Checked<string> {
  if (typeof raw !== 'string') return { value: '', problems: [`${path}: ${VALIDATION_MESSAGES.expected('a text', raw)}`] };
  if (raw.length > MAX_NAME_CHARS)
    return { value: raw.slice(0, MAX_NAME_CHARS), problems: [`${path}: ${VALIDATION_MESSAGES.tooLong(raw.length, MAX_NAME_CHARS)}`] };
  return { value: raw, problems: [] };
}

function checkBoolean(path: string, raw: unknown, fallback: boolean): Checked<boolean> {
  return typeof raw === 'boolean'
    ? { value: raw, problems: [] }
    : { value: fallback, problems: [`${path}: ${VALIDATION_MESSAGES.expected('true or false', raw)}`] };
}

const PHRASE_FIELDS = new Set(['id', 'row', 'register', 'text', 'abbreviation', 'situations', 'builtIn']);

/**
 * The problems of one phrase on its own (not its uniqueness within a library), each prefixed with `path`.
 * Empty when the phrase is valid.
 */
export function phraseProblems(raw: unknown, path: string): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return [`${path}: ${VALIDATION_MESSAGES.expected('a phrase object', raw)}`];
  const p = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(p)) if (!PHRASE_FIELDS.has(key)) problems.push(`${path}.${key}: ${VALIDATION_MESSAGES.unknownField}`);

  if (p.id === undefined) problems.push(`${path}.id: ${VALIDATION_MESSAGES.missing('a text')}`);
  else if (typeof p.id !== 'string' || p.id.trim() === '') problems.push(`${path}.id: ${VALIDATION_MESSAGES.expected('a non-empty text', p.id)}`);
  else if (p.id.length > MAX_PHRASE_ID_CHARS) problems.push(`${path}.id: ${VALIDATION_MESSAGES.tooLong(p.id.length, MAX_PHRASE_ID_CHARS)}`);

  if (p.row === undefined) problems.push(`${path}.row: ${VALIDATION_MESSAGES.missing(`one of ${ROW_IDS.join(', ')}`)}`);
  else {
    const row = oneOf(ROW_IDS)(p.row);
    if (!row.ok) problems.push(`${path}.row: ${row.problem}`);
  }

  if (p.register === undefined) problems.push(`${path}.register: ${VALIDATION_MESSAGES.missing(`one of ${REGISTERS.join(', ')}`)}`);
  else {
    const register = oneOf(REGISTERS)(p.register);
    if (!register.ok) problems.push(`${path}.register: ${register.problem}`);
  }

  if (p.text === undefined) problems.push(`${path}.text: ${VALIDATION_MESSAGES.missing('a text')}`);
  else if (typeof p.text !== 'string') problems.push(`${path}.text: ${VALIDATION_MESSAGES.expected('a text', p.text)}`);
  else if (p.text.trim() === '') problems.push(`${path}.text: ${VALIDATION_MESSAGES.emptyText}`);
  else if (p.text.length > MAX_PHRASE_CHARS) problems.push(`${path}.text: ${VALIDATION_MESSAGES.tooLong(p.text.length, MAX_PHRASE_CHARS)}`);
  else
    for (const name of placeholdersIn(p.text))
      if (!isKnownPlaceholder(name)) problems.push(`${path}.text: ${VALIDATION_MESSAGES.unknownPlaceholder(name)}`);

  if (p.abbreviation !== undefined) {
    if (typeof p.abbreviation !== 'string') problems.push(`${path}.abbreviation: ${VALIDATION_MESSAGES.expected('a text', p.abbreviation)}`);
    else if (!ABBREVIATION.test(p.abbreviation)) problems.push(`${path}.abbreviation: ${VALIDATION_MESSAGES.badAbbreviation(p.abbreviation)}`);
  }
  if (p.situations !== undefined) {
    if (!Array.isArray(p.situations)) problems.push(`${path}.situations: ${VALIDATION_MESSAGES.expected('a list', p.situations)}`);
    else
      p.situations.forEach((situation, index) => {
        const checked = oneOf(SITUATIONS)(situation);
        if (!checked.ok) problems.push(`${path}.situations[${index}]: ${checked.problem}`);
      });
  }
  if (p.builtIn !== undefined && typeof p.builtIn !== 'boolean')
    problems.push(`${path}.builtIn: ${VALIDATION_MESSAGES.expected('true or false', p.builtIn)}`);
  return problems;
}

/** A valid phrase object with only the known fields, in a stable order. */
function cleanPhrase(p: Phrase): Phrase {
  return {
    id: p.id,
    row: p.row,
    register: p.register,
    text: p.text,
    ...(p.abbreviation !== undefined ? { abbreviation: p.abbreviation } : {}),
    ...(p.situations !== undefined ? { situations: [...p.situations] } : {}),
    ...(p.builtIn !== undefined ? { builtIn: p.builtIn } : {}),
  };
}

/**
 * A phrase library: every phrase valid, ids and abbreviations unique. Repair drops an invalid phrase, a repeated id,
 * and a repeated abbreviation (the phrase stays, without it); each is reported. `label` names an item in messages.
 */
export function checkPhrases(path: string, raw: unknown, label = (index: number) => `${path}[${index}]`): Checked<Phrase[]> {
  if (!Array.isArray(raw)) return { value: [], problems: [`${path}: ${VALIDATION_MESSAGES.expected('a list of phrases', raw)}`] };
  const problems: string[] = [];
  if (raw.length > MAX_PHRASES) problems.push(`${path}: ${VALIDATION_MESSAGES.tooMany(raw.length, MAX_PHRASES)}`);
  const out: Phrase[] = [];
  const ids = new Map<string, number>();
  const abbreviations = new Map<string, number>();
  raw.slice(0, MAX_PHRASES).forEach((item, index) => {
    const at = label(index);
    const own = phraseProblems(item, at);
    // Unknown fields alone do not lose the phrase: they are dropped with it cleaned.
    const fatal = own.filter((problem) => !problem.endsWith(`: ${VALIDATION_MESSAGES.unknownField}`));
    problems.push(...own);
    if (fatal.length > 0) return;
    const phrase = cleanPhrase(item as Phrase);
    const sameId = ids.get(phrase.id);
    if (sameId !== undefined) {
      problems.push(`${at}.id: ${VALIDATION_MESSAGES.duplicateId(phrase.id, label(sameId))}`);
      return;
    }
    ids.set(phrase.id, index);
    if (phrase.abbreviation !== undefined) {
      const sameAbbreviation = abbreviations.get(phrase.abbreviation);
      if (sameAbbreviation !== undefined) {
        problems.push(`${at}.abbreviation: ${VALIDATION_MESSAGES.duplicateAbbreviation(phrase.abbreviation, label(sameAbbreviation))}`);
        delete phrase.abbreviation;
      } else abbreviations.set(phrase.abbreviation, index);
    }
    out.push(phrase);
  });
  return { value: out, problems };
}

/** The settings fields (all but version), for messages and unknown-field checks. */
export const SETTINGS_FIELDS = [
  'disabledSites',
  'enabledOrigins',
  'disabledRules',
  'policy',
  'agentFirstName',
  'phrases',
  'expansion',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/**
 * Checks the fields present in `raw` (an object of settings in the current shape, phrases as full objects or null).
 * Absent fields are not problems; they are left out of `value`. `prefix` starts every path ('settings.' in a file).
 */
export function checkSettingsFields(
  raw: Record<string, unknown>,
  prefix = '',
  phrasesPath = `${prefix}phrases`,
): Checked<Partial<ReplyCoachSettings>> {
  const value: Partial<ReplyCoachSettings> = {};
  const problems: string[] = [];
  const take = <K extends keyof ReplyCoachSettings>(key: K, checked: Checked<ReplyCoachSettings[K]>) => {
    value[key] = checked.value;
    problems.push(...checked.problems);
  };
  if ('disabledSites' in raw) take('disabledSites', checkList(`${prefix}disabledSites`, raw.disabledSites, [], oneOf(BUILT_IN_SITES)));
  if ('enabledOrigins' in raw) take('enabledOrigins', checkList(`${prefix}enabledOrigins`, raw.enabledOrigins, [], checkOriginItem));
  if ('disabledRules' in raw) take('disabledRules', checkList(`${prefix}disabledRules`, raw.disabledRules, [], checkRuleItem));
  if ('policy' in raw) take('policy', checkPolicy(`${prefix}policy`, raw.policy));
  if ('agentFirstName' in raw) take('agentFirstName', checkName(`${prefix}agentFirstName`, raw.agentFirstName));
  if ('expansion' in raw) take('expansion', checkBoolean(`${prefix}expansion`, raw.expansion, DEFAULT_SETTINGS.expansion));
  if ('phrases' in raw) {
    if (raw.phrases === null) value.phrases = null;
    else {
      const checked = checkPhrases(phrasesPath, raw.phrases);
      // A library that lost every phrase to repair is no library: fall back to the built-ins.
      value.phrases = checked.value.length === 0 && checked.problems.length > 0 ? null : checked.value;
      problems.push(...checked.problems);
    }
  }
  return { value, problems };
}

// --- the library relative to the built-ins ---

const BUILT_IN_BY_ID = new Map(BUILT_IN_PHRASES.map((phrase) => [phrase.id, phrase]));
const phraseKey = (phrase: Phrase) => JSON.stringify(cleanPhrase({ ...phrase, builtIn: true }));

/** A fresh copy of the built-in library, flagged builtIn. */
export function builtInPhrases(): Phrase[] {
  return BUILT_IN_PHRASES.map((phrase) => cleanPhrase({ ...phrase, builtIn: true }));
}

/** The built-in phrase as shipped, if `phrase` is one and has not been edited. */
export function isPristineBuiltIn(phrase: Phrase): boolean {
  const original = BUILT_IN_BY_ID.get(phrase.id);
  return original !== undefined && phrase.builtIn === true && phraseKey(phrase) === phraseKey(original);
}

/** The built-in phrase with this id as shipped, if any. */
export function originalBuiltIn(id: string): Phrase | undefined {
  const original = BUILT_IN_BY_ID.get(id);
  return original ? cleanPhrase({ ...original, builtIn: true }) : undefined;
}

/** The library the settings stand for: the built-ins when `phrases` is null. */
export function effectivePhrases(settings: Pick<ReplyCoachSettings, 'phrases'>): Phrase[] {
  return settings.phrases ? settings.phrases.map(cleanPhrase) : builtInPhrases();
}

/** null when `phrases` is exactly the built-in library, so later built-in updates reach the user; else the list. */
export function normalizePhrases(phrases: readonly Phrase[] | null): Phrase[] | null {
  if (phrases === null) return null;
  if (phrases.length === BUILT_IN_PHRASES.length && phrases.every((p, i) => p.id === BUILT_IN_PHRASES[i]!.id && isPristineBuiltIn(p)))
    return null;
  return phrases.map(cleanPhrase);
}

/**
 * "Restore built-ins": every built-in phrase back, as shipped and in its order, followed by the user's own phrases.
 * A user phrase keeps its abbreviation; a restored built-in whose abbreviation it took goes without.
 */
export function restoreBuiltIns(phrases: readonly Phrase[] | null): Phrase[] | null {
  const own = (phrases ?? []).filter((phrase) => !BUILT_IN_BY_ID.has(phrase.id)).map(cleanPhrase);
  const taken = new Set(own.map((phrase) => phrase.abbreviation).filter(Boolean));
  const restored = builtInPhrases().map((phrase) => {
    if (phrase.abbreviation && taken.has(phrase.abbreviation)) {
      const copy = { ...phrase };
      delete copy.abbreviation;
      return copy;
    }
    return phrase;
  });
  return normalizePhrases([...restored, ...own]);
}

/** An id for a new phrase of the user's, unique in `library`. */
export function newPhraseId(row: RowId, library: readonly Phrase[], now = Date.now(), random = Math.random): string {
  for (;;) {
    const id = `custom.${row}.${now.toString(36)}${Math.floor(random() * 36 ** 3).toString(36)}`;
    if (!library.some((phrase) => phrase.id === id)) return id;
    now += 1;
  }
}

// --- migrations ---

/**
 * The unversioned shape of the early preview (version 0):
 *   { sites: { zendesk?: boolean, gmail?: boolean, custom?: string[] },   false = switched off; custom = origins
 *     disabledRules: { [ruleId]: true },                                  a map, not a list
 *     policy: { [row]: 'auto' | 'on' | 'off' },
 *     agentName: string,
 *     customPhrases: [{ row, text, shortcut?, register? }],               added after the built-ins, no ids
 *     hiddenPhrases: [builtInId],                                          built-ins the user removed
 *     expansion: boolean }
 * Fields already in the current shape are kept as they are (a partial write by a newer build).
 */
export function migrateV0(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const sites = typeof raw.sites === 'object' && raw.sites !== null ? (raw.sites as Record<string, unknown>) : null;

  if (Array.isArray(raw.disabledSites)) out.disabledSites = raw.disabledSites;
  else if (sites) out.disabledSites = BUILT_IN_SITES.filter((site) => sites[site] === false);

  if (Array.isArray(raw.enabledOrigins)) out.enabledOrigins = raw.enabledOrigins;
  else if (sites && 'custom' in sites) out.enabledOrigins = sites.custom;

  if (Array.isArray(raw.disabledRules)) out.disabledRules = raw.disabledRules;
  else if (typeof raw.disabledRules === 'object' && raw.disabledRules !== null)
    out.disabledRules = Object.entries(raw.disabledRules).filter(([, off]) => off === true).map(([id]) => id);
  else if ('disabledRules' in raw) out.disabledRules = raw.disabledRules;

  if (typeof raw.policy === 'object' && raw.policy !== null && !Array.isArray(raw.policy)) {
    const renamed: Record<string, unknown> = { on: 'always', off: 'never' };
    out.policy = Object.fromEntries(Object.entries(raw.policy).map(([row, p]) => [row, typeof p === 'string' ? (renamed[p] ?? p) : p]));
  } else if ('policy' in raw) out.policy = raw.policy;

  if ('agentFirstName' in raw) out.agentFirstName = raw.agentFirstName;
  else if ('agentName' in raw) out.agentFirstName = raw.agentName;

  if ('expansion' in raw) out.expansion = raw.expansion;

  if ('phrases' in raw) out.phrases = raw.phrases;
  else if ('customPhrases' in raw || 'hiddenPhrases' in raw) {
    const hidden = new Set(Array.isArray(raw.hiddenPhrases) ? raw.hiddenPhrases : []);
    const custom = Array.isArray(raw.customPhrases) ? raw.customPhrases : [];
    const kept: unknown[] = builtInPhrases().filter((phrase) => !hidden.has(phrase.id));
    custom.forEach((item: unknown, index: number) => {
      if (typeof item !== 'object' || item === null) {
        kept.push(item); // reported by the validator
        return;
      }
      const c = item as Record<string, unknown>;
      const shortcut = typeof c.shortcut === 'string' && c.shortcut.trim() !== '' ? c.shortcut.trim().toLowerCase() : undefined;
      kept.push({
        id: `custom.${typeof c.row === 'string' ? c.row : 'phrase'}.${index + 1}`,
        row: c.row,
        register: c.register ?? 'warm',
        text: c.text,
        ...(shortcut ? { abbreviation: shortcut.startsWith(';') ? shortcut : `;${shortcut}` } : {}),
      });
    });
    out.phrases = kept;
  }
  return out;
}

/** Migrations by the version they migrate from; each returns the next version's shape (phrases as full objects). */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: migrateV0,
};

/** The stored version of `raw`: its `version` when a whole number ≥ 0, else 0 (the unversioned preview shape). */
export function storedVersion(raw: Record<string, unknown>): number {
  return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 ? raw.version : 0;
}

/** `raw` brought to the current version's shape (fields not yet checked), and the version it came from. */
export function migrate(raw: Record<string, unknown>): { data: Record<string, unknown>; from: number } {
  const from = storedVersion(raw);
  let data = raw;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    data = step ? step(data) : data;
  }
  return { data, from };
}

// --- the stored form ---

/**
 * How settings sit in storage: the settings object with `version`, where an unedited built-in phrase is written as
 * its id alone. The whole built-in library is about 9 KB as JSON, more than storage.sync allows one item (8 KB), so
 * writing it out would push anyone who adds one phrase out of sync; by id it is about 1.3 KB.
 */
export interface StoredSettings extends Omit<ReplyCoachSettings, 'phrases'> {
  phrases: (string | Phrase)[] | null;
}

export function encodeSettings(settings: ReplyCoachSettings): StoredSettings {
  const phrases = normalizePhrases(settings.phrases);
  return {
    version: SETTINGS_VERSION,
    disabledSites: [...settings.disabledSites],
    enabledOrigins: [...settings.enabledOrigins],
    disabledRules: [...settings.disabledRules],
    policy: { ...settings.policy },
    agentFirstName: settings.agentFirstName,
    phrases: phrases ? phrases.map((phrase) => (isPristineBuiltIn(phrase) ? phrase.id : phrase)) : null,
    expansion: settings.expansion,
  };
}

export interface DecodedSettings {
  settings: ReplyCoachSettings;
  /** What was wrong and has been repaired; empty when the data was sound. */
  problems: string[];
  /** The version the data was stored in (before migration); above SETTINGS_VERSION when a newer build wrote it. */
  from: number;
}

/**
 * Settings from whatever storage holds: migrated from an older version, every field checked, each bad one reset to
 * its default (or bad list items dropped) and reported. Never throws. Nothing stored (undefined) is not a problem.
 */
export function decodeSettings(raw: unknown): DecodedSettings {
  const settings = defaultSettings();
  if (raw === undefined) return { settings, problems: [], from: SETTINGS_VERSION };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { settings, problems: [`settings: ${VALIDATION_MESSAGES.expected('an object', raw)}; all reset to the defaults`], from: 0 };
  const { data, from } = migrate(raw as Record<string, unknown>);
  const problems: string[] = [];
  // Built-in phrases stored by id come back as the current built-in; ids no longer shipped are dropped quietly.
  let phrases = data.phrases;
  if (Array.isArray(phrases))
    phrases = phrases.flatMap((item: unknown) => {
      if (typeof item !== 'string') return [item];
      const original = originalBuiltIn(item);
      return original ? [original] : [];
    });
  const checked = checkSettingsFields({ ...pick(data), ...('phrases' in data ? { phrases } : {}) });
  problems.push(...checked.problems);
  const merged = { ...settings, ...checked.value, version: SETTINGS_VERSION };
  merged.phrases = normalizePhrases(merged.phrases);
  return { settings: merged, problems, from };
}

function pick(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) if (field in data) out[field] = data[field];
  return out;
}

/** Settings checked and repaired (for a save: nothing invalid is ever written). */
export function repairSettings(settings: ReplyCoachSettings): DecodedSettings {
  return decodeSettings({ ...settings, version: SETTINGS_VERSION });
}

// --- where they are stored ---

/** storage.sync's limit for one item: its key plus its value as JSON, in bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** The record left in storage.sync when the settings are too big for it and live in storage.local. */
export interface StoredElsewhere {
  version: number;
  area: 'local';
  /** Their size, for the notice. */
  bytes: number;
}

export function isStoredElsewhere(value: unknown): value is StoredElsewhere {
  return typeof value === 'object' && value !== null && (value as { area?: unknown }).area === 'local';
}

/** An item's size as storage.sync counts it: the key plus the value's JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export type StoragePlan =
  | { area: 'sync'; sync: StoredSettings; bytes: number }
  | { area: 'local'; sync: StoredElsewhere; local: StoredSettings; bytes: number };

/** Where these settings go: storage.sync when they fit one item, else storage.local with a marker left in sync. */
export function planStorage(key: string, stored: StoredSettings): StoragePlan {
  const bytes = syncItemBytes(key, stored);
  if (bytes <= SYNC_QUOTA_BYTES_PER_ITEM) return { area: 'sync', sync: stored, bytes };
  return { area: 'local', sync: { version: SETTINGS_VERSION, area: 'local', bytes }, local: stored, bytes };
}

// --- changes ---

export type SettingsPatch = Partial<Omit<ReplyCoachSettings, 'version'>>;
export type SettingsChange = SettingsPatch | ((current: ReplyCoachSettings) => SettingsPatch | ReplyCoachSettings);

/** `current` with `change` applied (a patch, or a function of the current settings returning a patch or a whole). */
export function applyChange(current: ReplyCoachSettings, change: SettingsChange): ReplyCoachSettings {
  const patch = typeof change === 'function' ? change(current) : change;
  return { ...current, ...patch, version: SETTINGS_VERSION };
}
