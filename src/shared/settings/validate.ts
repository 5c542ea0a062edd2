// Validation, one validator per field, serving two callers: loading repairs (a bad field or list item is dropped or
// reset to the default, and the problem is reported, never thrown: a content script must come up even when storage
// holds garbage), and importing refuses (the same problems become the error list, and nothing is changed).
// Problems are English and technical: they name the field path, like a compiler.
import { isKnownPlaceholder, placeholdersIn, PLACEHOLDER_NAMES, type Phrase } from '../../engine/phrases/index.js';
import { ROW_IDS, type RowId, type RowPolicy } from '../../engine/types.js';
import { BUILT_IN_SITES } from '../helpdesks.js';
import { RULE_IDS } from './rule-ids.js';
import {
  ABBREVIATION,
  DEFAULT_SETTINGS,
  MAX_NAME_CHARS,
  MAX_PHRASE_CHARS,
  MAX_PHRASE_ID_CHARS,
  MAX_PHRASES,
  REGISTERS,
  ROW_POLICIES,
  SETTINGS_VERSION,
  SITUATIONS,
  type ReplyCoachSettings,
} from './shape.js';

// The messages, in one table.
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

// Field validators: each returns the repaired value and the problems found, by path.

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
export function cleanPhrase(p: Phrase): Phrase {
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

