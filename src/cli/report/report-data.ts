// What `reply-coach report` gathers over a set of replies, in the shape every output is written from: summary.json
// is `summary`; report.html renders the whole of it. Pure data: no Node APIs, so the page renderer is tested alone.
import type { RowId } from '../../engine/types.js';

/** A checklist row over many replies: needed when its status was met, missing or weak; met when it was met. */
export interface RowTally {
  needed: number;
  met: number;
}

export type RowTallies = Record<RowId, RowTally>;

export interface AgentSummary {
  name: string;
  replies: number;
  rows: RowTallies;
}

/** summary.json, exactly. */
export interface Summary {
  replies: number;
  agents: AgentSummary[];
  /** Per finding rule id: how many replies it was found in, and how many times in all. */
  findings: Record<string, { replies: number; count: number }>;
  /** Replies whose language was not English: their rows are not-checked, so they count in no row. */
  notChecked: number;
  /** Lines or rows of the input that could not be read, each reported on stderr with its file and line. */
  skipped: number;
  /** Each input file and the format detected in it. */
  inputs: { file: string; format: InputFormatName; replies: number; skipped: number }[];
}

export type InputFormatName = 'zendesk-json' | 'csv' | 'jsonl';

/** One agent's rows in one week (ISO week, named by its Monday, YYYY-MM-DD). Replies without a time have no week. */
export interface WeekTally {
  week: string;
  agent: string;
  replies: number;
  rows: RowTallies;
}

/** A reply quoted in the page as an example of a finding: plain text (never HTML), with the finding's words marked. */
export interface ExampleReply {
  ticket: string;
  agent: string;
  createdAt: string | null;
  text: string;
  /** Character offsets into `text` of the words the finding is about, sorted, not overlapping. */
  marks: { start: number; end: number }[];
}

export interface FindingDetail {
  ruleId: string;
  /** The finding's message, as the checklist and the CLI word it. */
  message: string;
  replies: number;
  count: number;
  examples: ExampleReply[];
}

/** Everything report.html shows. */
export interface ReportData {
  summary: Summary;
  weeks: WeekTally[];
  /** Most frequent first. */
  findings: FindingDetail[];
  /** The rows' display names, from the engine (ROW_LABELS). */
  rowLabels: Record<RowId, string>;
  /** ISO time the report was made, and whether --redact was on. */
  generatedAt: string;
  redacted: boolean;
  /**
   * The earliest and the latest reply's createdAt (ISO), for the page's date range; null or left out when no reply had
   * a time. Optional: without it the page names the range of weeks instead.
   */
  period?: { first: string; last: string } | null;
}
