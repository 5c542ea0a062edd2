// --redact: the page quotes real replies, and a team lead may share it. E-mail addresses, phone numbers, order-like
// numbers and the ticket's customer names are replaced before a reply is quoted. The marked words keep their marks:
// each stretch between marks is redacted on its own, so offsets are recomputed, never guessed.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Seven or more digits with the separators phones are written with: +44 20 7946 0958, (555) 010-9999, 0612345678.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d ().-]{5,}\d(?![\p{L}\p{N}])/gu;
// Order, ticket and tracking numbers: a # and digits, or a run of 5+ digits, or letters and digits mixed (AB123456).
const ORDER_LIKE = /#\s?\d{3,}|(?<![\p{L}\p{N}])(?:[A-Z]{1,4}-?)?\d{5,}(?:-\d+)*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}-?[A-Z0-9]{3,}(?![\p{L}\p{N}])/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a customer's name worth hiding: "Anna Smith" hides "Anna" and "Smith"; one-letter initials stay. */
function nameWords(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => name.split(/[\s,]+/)).filter((word) => word.length > 1))].sort((a, b) => b.length - a.length);
}

function redactText(text: string, customerNames: readonly string[]): string {
  let out = text.replace(EMAIL, '[email]').replace(PHONE, '[phone]').replace(ORDER_LIKE, '[number]');
  const words = nameWords(customerNames);
  if (words.length > 0)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu'), '[name]');
  return out;
}

export interface Marked {
  text: string;
  marks: { start: number; end: number }[];
}

export function redactMarked(example: Marked, customerNames: readonly string[]): Marked {
  let text = '';
  const marks: Marked['marks'] = [];
  let at = 0;
  for (const mark of example.marks) {
    text += redactText(example.text.slice(at, mark.start), customerNames);
    const start = text.length;
    text += redactText(example.text.slice(mark.start, mark.end), customerNames);
    marks.push({ start, end: text.length });
    at = mark.end;
  }
  text += redactText(example.text.slice(at), customerNames);
  return { text, marks };
}
