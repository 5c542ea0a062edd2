// The user's settings: their shape, defaults and validation. Storage and migrations live in settings-store.ts; this
// file is pure so the popup, options page, content script and tests share one definition.
import type { Phrase } from '../engine/phrases/index.js';
import type { RowId, RowPolicy } from '../engine/types.js';

export const SETTINGS_VERSION = 1;

export interface ReplyCoachSettings {
  version: number;
  /** Built-in helpdesks the user switched off ('zendesk', 'gmail'). */
  disabledSites: string[];
  /** Extra origins the user switched on for the generic adapter, e.g. 'https://support.example.com'. */
  enabledOrigins: string[];
  disabledRules: string[];
  policy: Partial<Record<RowId, RowPolicy>>;
  agentFirstName: string;
  /** The phrase library; null means the built-ins. */
  phrases: Phrase[] | null;
  /** Whether abbreviations typed in the composer (";sorry") expand to phrases. */
  expansion: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReplyCoachSettings> = Object.freeze({
  version: SETTINGS_VERSION,
  disabledSites: [],
  enabledOrigins: [],
  disabledRules: [],
  policy: {},
  agentFirstName: '',
  phrases: null,
  expansion: true,
});
