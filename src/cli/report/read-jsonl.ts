// JSON Lines in the `check --jsonl` input form, with the optional report fields `ticket`, `agent`, `created_at`
// (and `customer_name`, for --redact).
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseJsonlLine } from '../jsonl.js';
import type { ReadEvent } from './reply-item.js';

function optionalString(record: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export async function* readJsonl(input: Readable): AsyncGenerator<ReadEvent> {
  let lineNumber = 0;
  for await (const rawLine of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    const parsed = parseJsonlLine(line, lineNumber);
    if (!parsed.ok) {
      yield { kind: 'problem', problem: { line: lineNumber, message: parsed.problem } };
      continue;
    }
    const { record } = parsed;
    const customerName = optionalString(record, 'customer_name');
    yield {
      kind: 'reply',
      item: {
        id: String(parsed.id),
        ticket: optionalString(record, 'ticket') ?? String(parsed.id),
        agent: optionalString(record, 'agent') ?? '(no agent)',
        createdAt: optionalString(record, 'created_at'),
        reply: parsed.reply,
        customer: parsed.customer,
        customerNames: customerName ? [customerName] : [],
      },
    };
  }
}
