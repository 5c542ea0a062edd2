// Which export a file is, read from its first bytes, never from its name: team leads rename exports.
import { open } from 'node:fs/promises';
import { isCsvHeader } from './read-csv.js';

export type DetectedFormat =
  | { kind: 'zendesk-json'; form: 'document' | 'lines'; description: string }
  | { kind: 'csv'; description: string }
  | { kind: 'jsonl'; description: string }
  | { kind: 'empty' }
  | { kind: 'foreign'; reason: string };

const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await file.close();
  }
}

function parsedObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The format of a file's text, from its head (the first 64 KB are plenty: each format shows itself on line one). */
function detectFromHead(head: string): DetectedFormat {
  const text = head.trimStart();
  if (text === '') return { kind: 'empty' };
  const firstLine = text.split(/\r?\n/, 1)[0]!;
  if (isCsvHeader(firstLine)) return { kind: 'csv', description: 'CSV (ticket_id,created_at,author_role,author_name,body)' };
  if (text.startsWith('{')) {
    const first = parsedObject(firstLine);
    if (first && 'reply' in first) return { kind: 'jsonl', description: 'JSON Lines (check --jsonl input)' };
    if (first && Array.isArray(first.comments))
      return { kind: 'zendesk-json', form: 'lines', description: 'Zendesk JSON export, one ticket a line' };
    if (first && Array.isArray(first.tickets))
      return { kind: 'zendesk-json', form: 'document', description: 'Zendesk JSON export (tickets with comments)' };
    // A pretty-printed document: its first line is only "{". Look for the tickets array's key near the top.
    if (!first && /"tickets"\s*:\s*\[/.test(text))
      return { kind: 'zendesk-json', form: 'document', description: 'Zendesk JSON export (tickets with comments)' };
  }
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
  return {
    kind: 'foreign',
    reason: `not an export the report reads (a Zendesk JSON export with tickets and comments, a CSV with the header ${'ticket_id,created_at,author_role,author_name,body'}, or JSON Lines with "reply"); it starts with ${JSON.stringify(shown)}`,
  };
}

export async function detectFormat(path: string): Promise<DetectedFormat> {
  return detectFromHead(await readHead(path));
}
