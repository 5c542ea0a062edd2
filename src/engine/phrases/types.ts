import type { RowId } from '../types.js';

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
