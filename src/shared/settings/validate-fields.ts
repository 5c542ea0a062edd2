// Validation of the settings fields, one validator per field, serving two callers: loading repairs (a bad field or
// list item is dropped or reset to the default, and the problem is reported, never thrown: a content script must come
// up even when storage holds garbage), and importing refuses (the same problems become the error list, and nothing
// is changed).
import { ROW_IDS, type RowId, type RowPolicy } from '../../engine/types.js';
import { BUILT_IN_SITES } from '../helpdesks.js';
import { parseOrigin } from './origin.js';
import { RULE_IDS } from './rule-ids.js';
import { DEFAULT_SETTINGS, MAX_NAME_CHARS, ROW_POLICIES, type ReplyCoachSettings } from './shape.js';
import { checkPhrases } from './validate-phrases.js';
import { checkList, oneOf, VALIDATION_MESSAGES, type Checked } from './validation.js';

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
  if ('disabledSites' in raw) take('disabledSites', checkList(`${prefix}disabledSites`, raw.disabledSites, [...DEFAULT_SETTINGS.disabledSites], oneOf(BUILT_IN_SITES)));
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


