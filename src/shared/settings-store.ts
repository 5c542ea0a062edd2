// Loads the settings from the browser's storage, repairing anything malformed to defaults rather than failing: a
// content script must come up even when storage holds garbage. (Migrations and the options page: issue 4.)
import { storage } from './browser-api.js';
import { DEFAULT_SETTINGS, type ReplyCoachSettings } from './settings.js';

export const SETTINGS_KEY = 'settings';

const stringArray = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : null;

/** Keeps each valid field of `raw`, takes the default for the rest. */
export function sanitizeSettings(raw: unknown): ReplyCoachSettings {
  const base: ReplyCoachSettings = { ...DEFAULT_SETTINGS, policy: {}, phrases: null };
  if (typeof raw !== 'object' || raw === null) return base;
  const r = raw as Record<string, unknown>;
  return {
    ...base,
    disabledSites: stringArray(r.disabledSites) ?? base.disabledSites,
    enabledOrigins: stringArray(r.enabledOrigins) ?? base.enabledOrigins,
    disabledRules: stringArray(r.disabledRules) ?? base.disabledRules,
    policy: typeof r.policy === 'object' && r.policy !== null ? (r.policy as ReplyCoachSettings['policy']) : {},
    agentFirstName: typeof r.agentFirstName === 'string' ? r.agentFirstName.slice(0, 60) : '',
    phrases: Array.isArray(r.phrases) ? (r.phrases as ReplyCoachSettings['phrases']) : null,
    expansion: typeof r.expansion === 'boolean' ? r.expansion : base.expansion,
  };
}

export async function loadSettings(): Promise<ReplyCoachSettings> {
  try {
    return sanitizeSettings(await storage.getSync(SETTINGS_KEY));
  } catch {
    return sanitizeSettings(undefined);
  }
}

export function onSettingsChanged(listener: (settings: ReplyCoachSettings) => void): void {
  storage.onChanged((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  });
}
