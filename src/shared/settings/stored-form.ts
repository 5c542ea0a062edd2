// The stored form of the settings, and the way back: decoding migrates, checks and repairs whatever storage holds.
import type { Phrase } from '../../engine/phrases/index.js';
import { migrate } from './migrations.js';
import { isPristineBuiltIn, normalizePhrases, originalBuiltIn } from './phrase-library.js';
import { defaultSettings, SETTINGS_FIELDS, SETTINGS_VERSION, type ReplyCoachSettings } from './shape.js';
import { checkSettingsFields } from './validate-fields.js';
import { VALIDATION_MESSAGES } from './validation.js';

/**
 * How settings sit in storage: the settings object with `version`, where an unedited built-in phrase is written as
 * its id alone. The whole built-in library is about 9 KB as JSON, more than storage.sync allows one item (8 KB), so
 * writing it out would push anyone who adds one phrase out of sync; by id it is about 1.3 KB.
 */
export interface StoredSettings extends Omit<ReplyCoachSettings, 'phrases'> {
  phrases: (string | Phrase)[] | null;
}

export function encodeSettings(settings: ReplyCoachSettings): StoredSettings {
  const phrases = normalizePhrases(settings.phrases);
  return {
    version: SETTINGS_VERSION,
    disabledSites: [...settings.disabledSites],
    enabledOrigins: [...settings.enabledOrigins],
    disabledRules: [...settings.disabledRules],
    policy: { ...settings.policy },
    agentFirstName: settings.agentFirstName,
    phrases: phrases ? phrases.map((phrase) => (isPristineBuiltIn(phrase) ? phrase.id : phrase)) : null,
    expansion: settings.expansion,
  };
}

export interface DecodedSettings {
  settings: ReplyCoachSettings;
  /** What was wrong and has been repaired; empty when the data was sound. */
  problems: string[];
  /** The version the data was stored in (before migration); above SETTINGS_VERSION when a newer build wrote it. */
  from: number;
}

/**
 * Settings from whatever storage holds: migrated from an older version, every field checked, each bad one reset to
 * its default (or bad list items dropped) and reported. Never throws. Nothing stored (undefined) is not a problem.
 */
export function decodeSettings(raw: unknown): DecodedSettings {
  const settings = defaultSettings();
  if (raw === undefined) return { settings, problems: [], from: SETTINGS_VERSION };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { settings, problems: [`settings: ${VALIDATION_MESSAGES.expected('an object', raw)}; all reset to the defaults`], from: 0 };
  const { data, from } = migrate(raw as Record<string, unknown>);
  const problems: string[] = [];
  // Built-in phrases stored by id come back as the current built-in; ids no longer shipped are dropped quietly.
  let phrases = data.phrases;
  if (Array.isArray(phrases))
    phrases = phrases.flatMap((item: unknown) => {
      if (typeof item !== 'string') return [item];
      const original = originalBuiltIn(item);
      return original ? [original] : [];
    });
  const checked = checkSettingsFields({ ...pick(data), ...('phrases' in data ? { phrases } : {}) });
  problems.push(...checked.problems);
  const merged = { ...settings, ...checked.value, version: SETTINGS_VERSION };
  merged.phrases = normalizePhrases(merged.phrases);
  return { settings: merged, problems, from };
}

function pick(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) if (field in data) out[field] = data[field];
  return out;
}

/** Settings checked and repaired (for a save: nothing invalid is ever written). */
export function repairSettings(settings: ReplyCoachSettings): DecodedSettings {
  return decodeSettings({ ...settings, version: SETTINGS_VERSION });
}

