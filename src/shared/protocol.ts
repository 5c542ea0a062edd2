// The one typed protocol every message in the extension goes through: requests are a union keyed by `kind`, each with
// its own response type, so a sender and the one `switch` that answers it cannot drift apart (Harper's pattern).
import type { Analysis, ChecklistRow, Finding } from '../engine/types.js';

/** What the content script knows about the composer the agent is using; the popup renders this. */
export interface PageState {
  /** 'off': the site is not switched on; 'no-composer': on, but no composer found; 'ready': a composer is active. */
  status: 'off' | 'no-composer' | 'ready';
  site: string | null;
  origin: string;
  composerKey: string | null;
  draftLength: number;
  customerFirstName: string | null;
  customerProvided: boolean;
  checklist: ChecklistRow[];
  findings: Finding[];
  language: Analysis['language'] | null;
  truncated: Analysis['truncated'];
  /** The engine's summary of the checklist (null unless 'ready'): the badge and the popup both render this. */
  verdict: Analysis['verdict'] | null;
  /** Phrase texts already filled for this conversation, by phrase id, for the rows' suggestions. */
  filledPhrases: Record<string, string>;
}

export type InsertOutcome =
  | { ok: true; method: string }
  | { ok: false; reason: string; copiedToClipboard: boolean };

/**
 * Every request a tab's content script answers, by kind: what the request carries besides its `kind`, and the answer.
 * Senders (sendToTab), the listener (onRequest) and the guard (isContentRequest) all derive from this map, so a new
 * kind is one entry here and one in CONTENT_REQUEST_KINDS below.
 */
export interface ContentProtocol {
  'get-state': { request: object; answer: PageState };
  'insert-phrase': { request: { phraseId: string }; answer: InsertOutcome };
  'replace-finding': { request: { start: number; end: number; text: string; replacement: string }; answer: InsertOutcome };
  'run-command': { request: { command: CommandName }; answer: InsertOutcome | { ok: true; method: 'picker-opened' } };
}

export type ContentRequestKind = keyof ContentProtocol;

/** The request of one kind, as sent: `{ kind, ...what it carries }`. */
export type ContentRequestOf<K extends ContentRequestKind> = { kind: K } & ContentProtocol[K]['request'];

/** Messages to a tab's content script: one of the kinds above. */
export type ContentRequest = { [K in ContentRequestKind]: ContentRequestOf<K> }[ContentRequestKind];

/** The answer to a request of kind K; with no K, any answer the content script gives. */
export type ContentAnswer<K extends ContentRequestKind = ContentRequestKind> = ContentProtocol[K]['answer'];

/** Messages the content script sends the service worker: 'load-coach' asks it to inject the coach into the sender's frame. */
export type BackgroundRequest = { kind: 'load-coach' };

/** Messages the content script broadcasts (to the popup, when open). */
export type Broadcast = { kind: 'state-changed'; state: PageState };

/** Keyboard commands declared in manifest.json `commands`. Scripts depend on these names: keep them. */
const COMMAND_NAMES = ['insert-suggestion', 'open-phrase-picker'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The kinds the guard accepts: `satisfies` makes a kind added to ContentProtocol fail to compile until it is here. */
const CONTENT_REQUEST_KINDS = {
  'get-state': true,
  'insert-phrase': true,
  'replace-finding': true,
  'run-command': true,
} as const satisfies Record<ContentRequestKind, true>;

/** Whether a message is a request for the content script (its fields are the sender's: the same extension). */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const kind = (message as { kind?: unknown }).kind;
  return typeof kind === 'string' && Object.hasOwn(CONTENT_REQUEST_KINDS, kind);
}

/** Whether a message is the content script's request to the service worker. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'load-coach';
}

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name);
}
