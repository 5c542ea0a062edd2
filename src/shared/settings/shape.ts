// The user's settings: their shape, their defaults, the values and limits each field allows, and a change applied.
// Pure (no extension APIs, no DOM): the content script, the popup, the options page, the service worker and Node
// tests share this one definition.
import type { Phrase, Register, Situation } from '../../engine/phrases/index.js';
import type { RowId, RowPolicy } from '../../engine/types.js';
import { BUILT_IN_HELPDESKS } from '../helpdesks.js';

/** The version of the stored settings shape. Version 0 is the unversioned shape of the early preview (see migrateV0). */
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

/** The built-in helpdesks a new user has switched off: those the table does not turn on by default. */
function offByDefault(): string[] {
  return BUILT_IN_HELPDESKS.filter((helpdesk) => !helpdesk.onByDefault).map((helpdesk) => helpdesk.id);
}

export const DEFAULT_SETTINGS: Readonly<ReplyCoachSettings> = Object.freeze({
  version: SETTINGS_VERSION,
  disabledSites: offByDefault(),
  enabledOrigins: [],
  disabledRules: [],
  policy: {},
  agentFirstName: '',
  phrases: null,
  expansion: true,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): ReplyCoachSettings {
  return { ...DEFAULT_SETTINGS, disabledSites: offByDefault(), enabledOrigins: [], disabledRules: [], policy: {}, phrases: null };
}

// The vocabulary: the values and limits the fields allow.
export const ROW_POLICIES: readonly RowPolicy[] = ['auto', 'always', 'never'];
export const REGISTERS: readonly Register[] = ['warm', 'formal', 'brief'];
export const SITUATIONS: readonly Situation[] = ['abusive', 'complaint', 'upset', 'praise', 'question'];

export const MAX_NAME_CHARS = 60;
export const MAX_PHRASE_CHARS = 500;
export const MAX_PHRASE_ID_CHARS = 100;
export const MAX_PHRASES = 500;
export const ABBREVIATION = /^;[a-z0-9-]+$/;

/** The settings fields (all but version), for messages and unknown-field checks. */
export const SETTINGS_FIELDS = [
  'disabledSites',
  'enabledOrigins',
  'disabledRules',
  'policy',
  'agentFirstName',
  'phrases',
  'expansion',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export type SettingsPatch = Partial<Omit<ReplyCoachSettings, 'version'>>;
export type SettingsChange = SettingsPatch | ((current: ReplyCoachSettings) => SettingsPatch | ReplyCoachSettings);

/** `current` with `change` applied (a patch, or a function of the current settings returning a patch or a whole). */
export function applyChange(current: ReplyCoachSettings, change: SettingsChange): ReplyCoachSettings {
  const patch = typeof change === 'function' ? change(current) : change;
  return { ...current, ...patch, version: SETTINGS_VERSION };
}
