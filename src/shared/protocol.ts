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

/** Messages to a tab's content script. */
export type ContentRequest =
  | { kind: 'get-state' }
  | { kind: 'insert-phrase'; phraseId: string }
  | { kind: 'replace-finding'; start: number; end: number; text: string; replacement: string }
  | { kind: 'run-command'; command: CommandName };

export interface ContentResponses {
  'get-state': PageState;
  'insert-phrase': InsertOutcome;
  'replace-finding': InsertOutcome;
  'run-command': InsertOutcome | { ok: true; method: 'picker-opened' };
}

/** Messages the content script sends the service worker: 'load-coach' asks it to inject the coach into the sender's frame. */
export type BackgroundRequest = { kind: 'load-coach' };

/** Messages the content script broadcasts (to the popup, when open). */
export type Broadcast = { kind: 'state-changed'; state: PageState };

/** Keyboard commands declared in manifest.json `commands`. Scripts depend on these names: keep them. */
export const COMMAND_NAMES = ['insert-suggestion', 'open-phrase-picker'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const kind = (message as { kind?: unknown }).kind;
  return kind === 'get-state' || kind === 'insert-phrase' || kind === 'replace-finding' || kind === 'run-command';
}

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name);
}
