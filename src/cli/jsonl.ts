import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { analyze, type Analysis, type ChecklistRow, type Finding } from '../engine/index.js';
import { truncationNote } from './format-text.js';
import { write, type OutputStream } from './io.js';

// The --jsonl output is a public contract that QA scripts parse: these keys, in this order. They are spelled out
// here rather than taken from the engine's lists so that a new engine signal cannot change the contract silently.
const JSONL_SIGNAL_KEYS = [
  'apology',
  'nonApology',
  'empathy',
  'gratitude',
  'boundary',
  'ownership',
  'askInput',
  'blame',
] as const;
const JSONL_CUSTOMER_KEYS = ['complaint', 'negativeEmotion', 'abusive'] as const;

export interface JsonlRecord {
  id: string | number;
  signals: Record<(typeof JSONL_SIGNAL_KEYS)[number], boolean>;
  customer: Record<(typeof JSONL_CUSTOMER_KEYS)[number], boolean>;
  checklist: ChecklistRow[];
  findings: Finding[];
  /** Only on a line whose reply or customer message was too long to analyse whole: what was cut, as in `check --json`. */
  truncated?: NonNullable<Analysis['truncated']>;
}

export function toJsonlRecord(id: string | number, analysis: Analysis): JsonlRecord {
  const signals = {} as JsonlRecord['signals'];
  for (const key of JSONL_SIGNAL_KEYS) signals[key] = analysis.signals[key].present;
  const customer = {} as JsonlRecord['customer'];
  for (const key of JSONL_CUSTOMER_KEYS) customer[key] = analysis.customer[key].present;
  const record: JsonlRecord = { id, signals, customer, checklist: analysis.checklist, findings: analysis.findings };
  if (analysis.truncated) record.truncated = analysis.truncated;
  return record;
}

type ParsedLine =
  | { ok: true; id: string | number; reply: string; customer: string | undefined; record: Readonly<Record<string, unknown>> }
  | { ok: false; problem: string };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * One input line: `{"id": ..., "reply": "...", "customer": "..."}`. "reply" is required; "customer" is optional;
 * "id" defaults to the 1-based line number as a string. A null id or customer counts as absent, since JSON writers
 * often emit null for a missing value. Other keys are ignored.
 */
export function parseJsonlLine(line: string, lineNumber: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: `expected a JSON object, got ${typeName(value)}` };
  const record = value as Record<string, unknown>;
  const { id, reply, customer } = record;
  if (!('reply' in record)) return { ok: false, problem: 'missing "reply"' };
  if (typeof reply !== 'string') return { ok: false, problem: `"reply" must be a string, got ${typeName(reply)}` };
  if (customer !== undefined && customer !== null && typeof customer !== 'string')
    return { ok: false, problem: `"customer" must be a string, got ${typeName(customer)}` };
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number')
    return { ok: false, problem: `"id" must be a string or a number, got ${typeName(id)}` };
  return { ok: true, id: id ?? String(lineNumber), reply, customer: customer ?? undefined, record };
}

interface JsonlOutcome {
  checked: number;
  malformed: number;
}

/**
 * Checks each line of `input` and writes one output line per good input line, in input order, as it goes: a
 * batch of any size runs in the memory of one line. Blank lines are skipped; malformed ones are reported on
 * `errors` as `reply-coach: line N: ...` and produce no output line.
 */
export async function runJsonl(input: Readable, output: OutputStream, errors: OutputStream): Promise<JsonlOutcome> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  const outcome: JsonlOutcome = { checked: 0, malformed: 0 };
  for await (const rawLine of lines) {
    lineNumber++;
    // A file saved with a byte-order mark starts its first line with one; it is not part of the JSON.
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    const parsed = parseJsonlLine(line, lineNumber);
    if (!parsed.ok) {
      outcome.malformed++;
      await write(errors, `reply-coach: line ${lineNumber}: ${parsed.problem}\n`);
      continue;
    }
    const analysis = analyze(parsed.reply, parsed.customer === undefined ? {} : { customer: parsed.customer });
    await write(output, `${JSON.stringify(toJsonlRecord(parsed.id, analysis))}\n`);
    // Said on stderr too, as text mode says it: a QA script reading only the fields it knows would miss it.
    if (analysis.truncated?.reply) await write(errors, `reply-coach: line ${lineNumber}: ${truncationNote('reply', analysis.truncated.reply)}\n`);
    if (analysis.truncated?.customer)
      await write(errors, `reply-coach: line ${lineNumber}: ${truncationNote('customer message', analysis.truncated.customer)}\n`);
    outcome.checked++;
  }
  return outcome;
}
