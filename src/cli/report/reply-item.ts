// One agent reply to analyse, as every input reader yields it, whatever the export it came from.
export interface ReplyItem {
  /** The reply's id in results.jsonl: the ticket and the comment or row it came from. */
  id: string;
  ticket: string;
  agent: string;
  /** ISO 8601 as the export gave it, or null when the export has no time for it. */
  createdAt: string | null;
  reply: string;
  /** The customer's latest message before the reply in the same ticket, if there was one. */
  customer: string | undefined;
  /** Names of the ticket's customers, for --redact. */
  customerNames: readonly string[];
}

/** A line or row that could not be read: reported with its place, skipped, counted. */
interface InputProblem {
  line: number;
  message: string;
}

export type ReadEvent = { kind: 'reply'; item: ReplyItem } | { kind: 'problem'; problem: InputProblem };

