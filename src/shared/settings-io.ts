// Settings files: export to JSON and import from it, merging or replacing. Pure (text in, settings out): the page
// does the file reading and the saving, and saves only on success, so a bad file changes nothing.
//
// The file:
//   { "format": "reply-coach-settings", "version": 1, "exportedAt": "2025-…",
//     "settings": { "disabledSites": [], "enabledOrigins": [], "disabledRules": [], "policy": {},
//                   "agentFirstName": "", "expansion": true },
//     "phrases": [ { "id": "…", "row": "apology", "register": "warm", "text": "…", "abbreviation": ";sorry" }, … ] }
// Every field of "settings" and "phrases" itself may be left out: merging keeps what is there, replacing takes the
// default (the built-in phrases).
import type { Phrase } from '../engine/phrases/index.js';
import { migrate } from './settings/migrations.js';
import { effectivePhrases, normalizePhrases } from './settings/phrase-library.js';
import { defaultSettings, SETTINGS_FIELDS, SETTINGS_VERSION, type ReplyCoachSettings } from './settings/shape.js';
import { checkSettingsFields } from './settings/validate-fields.js';
import { checkPhrases } from './settings/validate-phrases.js';
import { VALIDATION_MESSAGES } from './settings/validation.js';

const EXPORT_FORMAT = 'reply-coach-settings';
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** More errors than this are summed up: nobody reads the 400th. */
const MAX_ERRORS = 50;

export type ImportMode = 'merge' | 'replace';

interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt?: string;
  settings: Omit<ReplyCoachSettings, 'version' | 'phrases'>;
  phrases: Phrase[];
}

type ImportResult =
  | { ok: true; settings: ReplyCoachSettings; summary: { added: number; replaced: number; phrases: number } }
  | { ok: false; errors: string[] };

const IO_MESSAGES = {
  tooBig: (bytes: number) =>
    `The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; a settings file can be at most 1 MB. Is it the right file?`,
  notJson: (detail: string) => `The file is not valid JSON (${detail}).`,
  notObject: 'The file does not hold a Reply Coach settings object.',
  wrongFormat: (format: unknown) =>
    `format: expected '${EXPORT_FORMAT}', got ${format === undefined ? 'nothing' : JSON.stringify(format)}: this is not a Reply Coach settings file.`,
  badVersion: (version: unknown) => `version: expected a whole number, got ${JSON.stringify(version) ?? 'nothing'}.`,
  newerVersion: (version: number) => `version: ${VALIDATION_MESSAGES.newerVersion(version)}; update the extension to import it.`,
  unknownField: (path: string) => `${path}: ${VALIDATION_MESSAGES.unknownField}`,
  settingsNotObject: (value: unknown) => `settings: ${VALIDATION_MESSAGES.expected('an object', value)}`,
  keptPhrase: (id: string) => `your phrase '${id}'`,
  moreErrors: (count: number) => `…and ${count} more.`,
} as const;

/** The settings as a settings file (pretty JSON), phrases written out in full, built-ins included. */
export function exportSettings(settings: ReplyCoachSettings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: {
      disabledSites: [...settings.disabledSites],
      enabledOrigins: [...settings.enabledOrigins],
      disabledRules: [...settings.disabledRules],
      policy: { ...settings.policy },
      agentFirstName: settings.agentFirstName,
      expansion: settings.expansion,
    },
    phrases: effectivePhrases(settings),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** 'reply-coach-settings-2025-03-14.json' */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `reply-coach-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const TOP_FIELDS = new Set(['format', 'version', 'exportedAt', 'settings', 'phrases']);

function fail(errors: string[]): ImportResult {
  return {
    ok: false,
    errors: errors.length > MAX_ERRORS ? [...errors.slice(0, MAX_ERRORS), IO_MESSAGES.moreErrors(errors.length - MAX_ERRORS)] : errors,
  };
}

/**
 * The settings after importing `text` into `current`: 'replace' takes the file's settings (defaults for what it leaves
 * out); 'merge' keeps the current ones and adds the file's (lists unioned, policies and name and expansion from the
 * file where it has them, phrases by id: an imported phrase replaces the one with its id, the others are added after).
 * Either every error, with its path, and nothing else; or the new settings, ready to save.
 */
export function importSettings(text: string, current: ReplyCoachSettings, mode: ImportMode): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return fail([IO_MESSAGES.tooBig(bytes)]);

  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail([IO_MESSAGES.notJson(error instanceof Error ? error.message : String(error))]);
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return fail([IO_MESSAGES.notObject]);
  const f = file as Record<string, unknown>;
  if (f.format !== EXPORT_FORMAT) return fail([IO_MESSAGES.wrongFormat(f.format)]);
  if (typeof f.version !== 'number' || !Number.isInteger(f.version) || f.version < 0) return fail([IO_MESSAGES.badVersion(f.version)]);
  if (f.version > SETTINGS_VERSION) return fail([IO_MESSAGES.newerVersion(f.version)]);

  const errors: string[] = [];
  for (const key of Object.keys(f)) if (!TOP_FIELDS.has(key)) errors.push(IO_MESSAGES.unknownField(key));

  let fileSettings: Record<string, unknown> = {};
  if (f.settings !== undefined) {
    if (typeof f.settings !== 'object' || f.settings === null || Array.isArray(f.settings)) errors.push(IO_MESSAGES.settingsNotObject(f.settings));
    else {
      fileSettings = f.settings as Record<string, unknown>;
      if (f.version === SETTINGS_VERSION)
        for (const key of Object.keys(fileSettings))
          if (!(SETTINGS_FIELDS as readonly string[]).includes(key) || key === 'phrases') errors.push(IO_MESSAGES.unknownField(`settings.${key}`));
    }
  }

  // An older file is migrated like stored settings (its phrases are part of its settings for that).
  const combined: Record<string, unknown> = { ...fileSettings, version: f.version };
  if (f.phrases !== undefined) combined.phrases = f.phrases;
  const { data } = f.version < SETTINGS_VERSION ? migrate(combined) : { data: combined };
  const fields: Record<string, unknown> = {};
  for (const key of SETTINGS_FIELDS) if (key !== 'phrases' && key in data) fields[key] = data[key];
  const checked = checkSettingsFields(fields, 'settings.');
  errors.push(...checked.problems);

  let imported: Phrase[] | undefined;
  if (data.phrases !== undefined) {
    const phrases = checkPhrases('phrases', data.phrases);
    errors.push(...phrases.problems);
    imported = phrases.value;
  }
  if (errors.length > 0) return fail(errors);

  const given = checked.value;
  if (mode === 'replace') {
    const settings: ReplyCoachSettings = { ...defaultSettings(), ...given, phrases: imported ? normalizePhrases(imported) : null };
    return { ok: true, settings, summary: { added: imported?.length ?? 0, replaced: 0, phrases: imported?.length ?? 0 } };
  }

  const union = (a: readonly string[], b: readonly string[] | undefined) => [...new Set([...a, ...(b ?? [])])];
  const merged: ReplyCoachSettings = {
    ...current,
    disabledSites: union(current.disabledSites, given.disabledSites),
    enabledOrigins: union(current.enabledOrigins, given.enabledOrigins),
    disabledRules: union(current.disabledRules, given.disabledRules),
    policy: { ...current.policy, ...given.policy },
    agentFirstName: given.agentFirstName?.trim() ? given.agentFirstName : current.agentFirstName,
    expansion: given.expansion ?? current.expansion,
    version: SETTINGS_VERSION,
  };
  if (!imported) return { ok: true, settings: merged, summary: { added: 0, replaced: 0, phrases: 0 } };

  // Phrases by id: an imported one takes the place of the current one with its id; new ones go after.
  const library = effectivePhrases(current);
  const byId = new Map(imported.map((phrase, index) => [phrase.id, index]));
  const result: Phrase[] = [];
  const kept: Phrase[] = [];
  for (const phrase of library) {
    const index = byId.get(phrase.id);
    if (index === undefined) {
      result.push(phrase);
      kept.push(phrase);
    } else {
      result.push(imported[index]!);
      byId.delete(phrase.id);
    }
  }
  const replaced = imported.length - byId.size;
  for (const index of byId.values()) result.push(imported[index]!);
  // The merged library must hold together: an imported abbreviation may be one a kept phrase of the user's uses.
  const keptAbbreviations = new Map(kept.filter((p) => p.abbreviation).map((p) => [p.abbreviation!, p.id]));
  const clashes: string[] = [];
  imported.forEach((phrase, index) => {
    const owner = phrase.abbreviation ? keptAbbreviations.get(phrase.abbreviation) : undefined;
    if (owner !== undefined)
      clashes.push(`phrases[${index}].abbreviation: ${VALIDATION_MESSAGES.duplicateAbbreviation(phrase.abbreviation!, IO_MESSAGES.keptPhrase(owner))}`);
  });
  if (clashes.length > 0) return fail(clashes);
  merged.phrases = normalizePhrases(result);
  return { ok: true, settings: merged, summary: { added: imported.length - replaced, replaced, phrases: imported.length } };
}
