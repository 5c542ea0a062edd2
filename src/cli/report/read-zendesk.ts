// Zendesk's JSON ticket export: tickets with their comments, as the API's ticket and comment endpoints and the
// incremental export return them. Two forms:
//   - one JSON document `{"tickets": [{..., "comments": [...]}], "users": [...]}` (users optional), streamed with
//     stream-json, so a file of any size is read a ticket at a time (users first, in a pass of their own: they may
//     come after the tickets, and a name is needed before the first reply is written);
//   - JSON Lines, one ticket with its `comments` a line (the admin centre's JSON export).
// Public comments by anyone but the requester (or an end-user) are replies, each paired with the requester's latest
// public comment before it; internal notes (`public: false`) are skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline, type Readable } from 'node:stream';
import StreamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { textOfBody } from './body-text.js';
import { pairTicket, parseTime, type TicketMessage } from './pair-messages.js';
import type { ReadEvent } from './reply-item.js';

interface ZendeskUser {
  name: string;
  /** Zendesk's roles: end-user, agent, admin. */
  endUser: boolean;
}
type Users = ReadonlyMap<string, ZendeskUser>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | null => (typeof value === 'number' || typeof value === 'string' ? String(value) : null);

function streamArrayOf(path: string, key: string, onBytes?: (n: number) => void): Readable {
  const file = createReadStream(path);
  if (onBytes) file.on('data', (chunk) => onBytes(chunk.length));
  return pipeline(file, StreamJson.parser(), Pick.pick({ filter: key }), StreamArray.streamArray(), () => {
    // Errors surface in the for-await over the last stream.
  });
}

async function readUsers(path: string): Promise<Users> {
  const users = new Map<string, ZendeskUser>();
  for await (const { value } of streamArrayOf(path, 'users') as AsyncIterable<{ value: unknown }>) {
    if (!isObject(value)) continue;
    const id = idOf(value.id);
    if (id === null) continue;
    users.set(id, { name: typeof value.name === 'string' ? value.name : '', endUser: value.role === 'end-user' });
  }
  return users;
}

/** A ticket's replies, or what is wrong with it. */
function repliesOfTicket(ticket: unknown, users: Users): ReadEvent[] | string {
  if (!isObject(ticket)) return 'a ticket must be a JSON object';
  const ticketId = idOf(ticket.id);
  if (ticketId === null) return 'a ticket needs an "id"';
  if (!Array.isArray(ticket.comments)) return `ticket ${ticketId} has no "comments" array`;
  const requester = idOf(ticket.requester_id);
  const messages: TicketMessage[] = [];
  for (const comment of ticket.comments) {
    if (!isObject(comment) || comment.public === false) continue;
    const author = idOf(comment.author_id);
    const user = author === null ? undefined : users.get(author);
    const isCustomer = author !== null && (author === requester || user?.endUser === true);
    const body =
      typeof comment.plain_body === 'string'
        ? comment.plain_body
        : typeof comment.body === 'string'
          ? comment.body
          : typeof comment.html_body === 'string'
            ? comment.html_body
            : '';
    const createdAt = typeof comment.created_at === 'string' ? comment.created_at : null;
    messages.push({
      id: `comment ${idOf(comment.id) ?? messages.length + 1}`,
      role: isCustomer ? 'customer' : 'agent',
      author: user?.name || (author === null ? '' : `user ${author}`),
      time: createdAt === null ? null : parseTime(createdAt),
      createdAt,
      text: textOfBody(body),
    });
  }
  return pairTicket(ticketId, messages).map((item) => ({ kind: 'reply', item }));
}

/** The one-document form. A syntax error ends the file there: it is reported with what was read before it kept. */
export async function* readZendeskDocument(path: string, onBytes?: (n: number) => void): AsyncGenerator<ReadEvent> {
  let users: Users;
  try {
    users = await readUsers(path);
  } catch {
    users = new Map(); // The same error comes again, with its place, from the tickets pass below.
  }
  let index = 0;
  try {
    for await (const { value } of streamArrayOf(path, 'tickets', onBytes) as AsyncIterable<{ value: unknown }>) {
      index++;
      const replies = repliesOfTicket(value, users);
      if (typeof replies === 'string') yield { kind: 'problem', problem: { line: 0, message: `tickets[${index - 1}]: ${replies}` } };
      else yield* replies;
    }
  } catch (error) {
    yield {
      kind: 'problem',
      problem: { line: 0, message: `not valid JSON after ticket ${index} (${error instanceof Error ? error.message : String(error)}); the rest of the file is skipped` },
    };
  }
}

/** The one-ticket-a-line form. */
export async function* readZendeskLines(input: Readable): AsyncGenerator<ReadEvent> {
  let lineNumber = 0;
  const noUsers: Users = new Map();
  for await (const rawLine of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    let ticket: unknown;
    try {
      ticket = JSON.parse(line);
    } catch (error) {
      yield { kind: 'problem', problem: { line: lineNumber, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` } };
      continue;
    }
    const replies = repliesOfTicket(ticket, noUsers);
    if (typeof replies === 'string') yield { kind: 'problem', problem: { line: lineNumber, message: replies } };
    else yield* replies;
  }
}
