// The engine's public contract. Everything here is plain data so results cross the extension's message channel and
// the command line's JSON output unchanged.

/** What the reply does, whatever the situation (definitions: docs in README, from ../shared/notes/practice.md). */
export const REPLY_SIGNALS = [
  'apology',
  'nonApology',
  'empathy',
  'gratitude',
  'boundary',
  'ownership',
  'askInput',
  'blame',
] as const;
export type ReplySignal = (typeof REPLY_SIGNALS)[number];

/** What the customer's message shows; decides what the reply needs. */
export const CUSTOMER_SIGNALS = ['complaint', 'negativeEmotion', 'abusive'] as const;
export type CustomerSignal = (typeof CUSTOMER_SIGNALS)[number];

/** The moves a reply should make, in the order an agent reads them. */
export const ROW_IDS = ['empathy', 'apology', 'ownership', 'boundary', 'gratitude'] as const;
export type RowId = (typeof ROW_IDS)[number];

/**
 * met: the reply makes the move. missing: it should and does not. weak: it tries, but only in a form that hurts
 * (a non-apology, an apology undone by "but"). not-needed: this situation does not call for it.
 * not-checked: the engine cannot judge this reply (not English), so it gives no advice rather than wrong advice.
 */
export type RowStatus = 'met' | 'missing' | 'weak' | 'not-needed' | 'not-checked';

/** A stretch of the analysed text, in UTF-16 code units (what String.prototype.slice and the DOM use). */
export interface Span {
  start: number;
  end: number;
  /** The exact text at [start, end), so a consumer can check the span still points at the same words. */
  text: string;
}

/** A span that shows a signal, and the rule that found it. */
export interface Evidence extends Span {
  ruleId: string;
}

export interface SignalResult {
  present: boolean;
  evidence: Evidence[];
}

export type Severity = 'warning' | 'suggestion';

/** A harmful or weak phrase in the reply. */
export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  /** Why it hurts, in one sentence an agent reads in a second. */
  message: string;
  /** Text that could stand in place of [start, end); empty when no drop-in replacement fits. */
  replacements: string[];
}

export interface ChecklistRow {
  id: RowId;
  label: string;
  status: RowStatus;
  /** One line: why this status, in this situation. */
  reason: string;
  /** Ids of built-in or user phrases that would make the move, best first; empty when met or not needed. */
  phraseIds: string[];
  evidence: Evidence[];
}

export interface LanguageVerdict {
  /** 'en' when the reply reads as English; 'other' when it clearly does not; 'unknown' when too short to tell. */
  code: 'en' | 'other' | 'unknown';
  /** Whether the English rules were applied. */
  checked: boolean;
}

export interface Truncation {
  analyzedChars: number;
  totalChars: number;
}

export interface Analysis {
  signals: Record<ReplySignal, SignalResult>;
  customer: Record<CustomerSignal, SignalResult> & { provided: boolean };
  checklist: ChecklistRow[];
  findings: Finding[];
  language: LanguageVerdict;
  /** Set when the reply (or customer message) was longer than the engine analyses; spans stay in the prefix. */
  truncated: { reply?: Truncation; customer?: Truncation } | null;
  /** The one summary of the checklist that every view (badge, popup, command line) shows; see verdictOf. */
  verdict: Verdict;
}

/** What the reply's checklist comes to, computed once so the badge and the popup cannot disagree. */
export interface Verdict {
  /** Needed rows the reply makes. */
  met: number;
  /** Rows the reply needs: every row but 'not-needed' and 'not-checked'. */
  needed: number;
  /** false when the reply was not checked (not English): views show no counts, and the tone is neutral. */
  checked: boolean;
  /** A finding of severity 'warning' is in the reply. */
  harmful: boolean;
  /** neutral: not checked; harm: a warning finding; todo: a needed move is not made; done: all are. */
  tone: 'neutral' | 'done' | 'todo' | 'harm';
}

/** When a row is required. 'auto' follows the customer's message (see checklist.ts). */
export type RowPolicy = 'auto' | 'always' | 'never';

export interface Settings {
  /** Rule ids switched off. */
  disabledRules?: readonly string[];
  policy?: Partial<Record<RowId, RowPolicy>>;
  /** Longest text analysed, in characters; longer input is cut there and the result says so. */
  maxChars?: number;
  /** Phrase ids to offer per row, best first, overriding the ranking. */
  phraseIdsByRow?: Partial<Record<RowId, readonly string[]>>;
  /** The user's phrase library; suggestions are ranked from it instead of the built-ins. */
  library?: readonly Phrase[];
}

export interface AnalyzeOptions {
  customer?: string;
  settings?: Settings;
}

// --- phrases (src/engine/phrases) ---

/** The tone a phrase is written in; the ranking prefers one per situation (see rank.ts). */
export type Register = 'warm' | 'formal' | 'brief';

/** The customer situations a phrase is written for. */
export type Situation = 'abusive' | 'complaint' | 'upset' | 'praise' | 'question';

export interface Phrase {
  /** Stable and readable, `row.register.slug`; checklist rows and user settings refer to phrases by id. */
  id: string;
  /** The checklist row this phrase makes met. */
  row: RowId;
  register: Register;
  /** One sentence an agent would send, insertable between two sentences of a draft; may hold {{placeholders}}. */
  text: string;
  /** Text-expansion trigger such as ';sorry', unique within a library. */
  abbreviation?: string;
  /** The situations it is written for; absent or empty means it fits any. */
  situations?: readonly Situation[];
  /** Set on the phrases shipped with the extension, so a UI can tell them from the user's own. */
  builtIn?: boolean;
}

/** What fillPhrase knows about the conversation; anything may be missing or blank. */
export interface PhraseContext {
  customer?: { firstName?: string | null };
  agent?: { firstName?: string | null };
  company?: { name?: string | null };
  ticket?: { id?: string | null };
}
