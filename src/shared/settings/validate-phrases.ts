// A phrase and a phrase library, checked: each phrase on its own, then ids and abbreviations unique in the library.
import { isKnownPlaceholder, placeholdersIn, type Phrase } from '../../engine/phrases/index.js';
import { ROW_IDS } from '../../engine/types.js';
import { ABBREVIATION, MAX_PHRASE_CHARS, MAX_PHRASE_ID_CHARS, MAX_PHRASES, REGISTERS, SITUATIONS } from './shape.js';
import { oneOf, VALIDATION_MESSAGES, type Checked } from './validation.js';

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

