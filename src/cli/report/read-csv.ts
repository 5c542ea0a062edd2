// CSV with the header `ticket_id,created_at,author_role,author_name,body` (author_role: customer or agent), one
// message a row. A ticket's rows must be together (exports write them so); they are paired when the next ticket
// starts, so memory holds one ticket at a time whatever the file's size.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { textOfBody } from './body-text.js';
import { pairTicket, parseTime, type TicketMessage } from './pair-messages.js';
import type { ReadEvent } from './reply-item.js';

const CSV_COLUMNS = ['ticket_id', 'created_at', 'author_role', 'author_name', 'body'] as const;
type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Whether a first line is the report's CSV header (columns in any order, extra columns allowed). */
export function isCsvHeader(firstLine: string): boolean {
  const columns = firstLine.replace(/^\uFEFF/, '').trim().toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return CSV_COLUMNS.every((name) => columns.includes(name));
}

const problemLine = (event: ReadEvent): number => (event.kind === 'problem' ? event.problem.line : 0);

export async function* readCsv(input: Readable): AsyncGenerator<ReadEvent> {
  const skipped: ReadEvent[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      info: true,
      raw: true,
      relax_quotes: false,
      skip_empty_lines: true,
      // A row with the wrong number of cells or a broken quote is reported and skipped, not fatal.
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ kind: 'problem', problem: { line: error.lines ?? 0, message: error.message.replace(/^Invalid Record Length: /, '') } });
  });

  function* takeSkippedBefore(line: number): Generator<ReadEvent> {
    skipped.sort((a, b) => problemLine(a) - problemLine(b));
    while (skipped.length > 0 && problemLine(skipped[0]!) < line) yield skipped.shift()!;
  }

  let ticket: string | null = null;
  let messages: TicketMessage[] = [];
  const seen = new Set<string>();
  function* flush(): Generator<ReadEvent> {
    if (ticket !== null) for (const item of pairTicket(ticket, messages)) yield { kind: 'reply', item };
    messages = [];
  }

  // csv-parse counts the line a record ends on; a body with line breaks starts earlier, on the line a person looks
  // for: the record's own text (raw) says how many breaks it spans.
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: Row; info: { lines: number }; raw: string }>) {
    const own = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    const line = info.lines - (own.match(/\r\n|\r|\n/g)?.length ?? 0);
    // The parser reads ahead, so a broken row further down may already be reported: keep the problems in line order.
    yield* takeSkippedBefore(line);
    const role = record.author_role.trim().toLowerCase();
    if (role !== 'customer' && role !== 'agent') {
      yield { kind: 'problem', problem: { line, message: `author_role must be "customer" or "agent", got "${record.author_role}"` } };
      continue;
    }
    const id = record.ticket_id.trim();
    if (id === '') {
      yield { kind: 'problem', problem: { line, message: 'ticket_id is empty' } };
      continue;
    }
    if (id !== ticket) {
      yield* flush();
      if (seen.has(id))
        yield { kind: 'problem', problem: { line, message: `ticket ${id} appears again after other tickets: its rows should be together (sort the file by ticket_id); paired with its rows from here on` } };
      seen.add(id);
      ticket = id;
    }
    const createdAt = record.created_at.trim();
    messages.push({
      id: `line ${line}`,
      role,
      author: record.author_name.trim(),
      time: parseTime(createdAt),
      createdAt: createdAt === '' ? null : createdAt,
      text: textOfBody(record.body),
    });
  }
  yield* takeSkippedBefore(Number.POSITIVE_INFINITY);
  yield* flush();
}
