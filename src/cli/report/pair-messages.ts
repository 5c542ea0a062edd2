// Exports list a ticket's messages; the report needs each agent reply with the customer message it answers: the
// customer's latest public message before the reply, by time. Both the CSV and the Zendesk readers pair this way.
import type { ReplyItem } from './reply-item.js';

export interface TicketMessage {
  /** Where the message came from, for the reply's id ("row 12", "comment 3456"). */
  id: string;
  role: 'customer' | 'agent';
  author: string;
  /** Milliseconds since the epoch, or null when the export gave no usable time (kept in export order). */
  time: number | null;
  createdAt: string | null;
  text: string;
}

/** The ticket's replies, each paired with the latest customer message before it. Messages in export order. */
export function pairTicket(ticket: string, messages: readonly TicketMessage[]): ReplyItem[] {
  // A stable sort by time: messages with the same time, or without one, keep their export order.
  const ordered = messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => (a.message.time ?? 0) - (b.message.time ?? 0) || a.index - b.index)
    .map(({ message }) => message);
  const customerNames = [...new Set(ordered.filter((m) => m.role === 'customer').map((m) => m.author).filter((name) => name !== ''))];
  const replies: ReplyItem[] = [];
  let latestCustomer: string | undefined;
  for (const message of ordered) {
    if (message.role === 'customer') {
      latestCustomer = message.text;
      continue;
    }
    if (message.text.trim() === '') continue;
    replies.push({
      id: `${ticket}/${message.id}`,
      ticket,
      agent: message.author || '(no agent)',
      createdAt: message.createdAt,
      reply: message.text,
      customer: latestCustomer,
      customerNames,
    });
  }
  return replies;
}

/** A time from an export: ISO 8601 or anything Date.parse reads; null when it reads nothing. */
export function parseTime(value: string): number | null {
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : null;
}
