// The validators' common parts: the problem messages, in one table, and the list and choice checks. Problems are
// English and technical: they name the field path, like a compiler.
import { PLACEHOLDER_NAMES } from '../../engine/phrases/index.js';
import { SETTINGS_VERSION } from './shape.js';

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

export function checkList<T>(
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

export function oneOf<T extends string>(allowed: readonly T[], what = 'a text') {
  return (value: unknown): { ok: true; value: T } | { ok: false; problem: string } => {
    if (typeof value !== 'string') return { ok: false, problem: VALIDATION_MESSAGES.expected(what, value) };
    return (allowed as readonly string[]).includes(value)
      ? { ok: true, value: value as T }
      : { ok: false, problem: VALIDATION_MESSAGES.notOneOf(value, allowed) };
  };
}

