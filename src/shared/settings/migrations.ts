// Migrations from older stored shapes, one per version, to the current shape (fields not yet checked: decoding does
// that, src/shared/settings/stored-form.ts).
import { BUILT_IN_SITES } from '../helpdesks.js';
import { builtInPhrases } from './phrase-library.js';
import { SETTINGS_VERSION } from './shape.js';

/**
 * The unversioned shape of the early preview (version 0):
 *   { sites: { zendesk?: boolean, gmail?: boolean, custom?: string[] },   false = switched off; custom = origins
 *     disabledRules: { [ruleId]: true },                                  a map, not a list
 *     policy: { [row]: 'auto' | 'on' | 'off' },
 *     agentName: string,
 *     customPhrases: [{ row, text, shortcut?, register? }],               added after the built-ins, no ids
 *     hiddenPhrases: [builtInId],                                          built-ins the user removed
 *     expansion: boolean }
 * Fields already in the current shape are kept as they are (a partial write by a newer build).
 */
export function migrateV0(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const sites = typeof raw.sites === 'object' && raw.sites !== null ? (raw.sites as Record<string, unknown>) : null;

  if (Array.isArray(raw.disabledSites)) out.disabledSites = raw.disabledSites;
  else if (sites) out.disabledSites = BUILT_IN_SITES.filter((site) => sites[site] === false);

  if (Array.isArray(raw.enabledOrigins)) out.enabledOrigins = raw.enabledOrigins;
  else if (sites && 'custom' in sites) out.enabledOrigins = sites.custom;

  if (Array.isArray(raw.disabledRules)) out.disabledRules = raw.disabledRules;
  else if (typeof raw.disabledRules === 'object' && raw.disabledRules !== null)
    out.disabledRules = Object.entries(raw.disabledRules).filter(([, off]) => off === true).map(([id]) => id);
  else if ('disabledRules' in raw) out.disabledRules = raw.disabledRules;

  if (typeof raw.policy === 'object' && raw.policy !== null && !Array.isArray(raw.policy)) {
    const renamed: Record<string, unknown> = { on: 'always', off: 'never' };
    out.policy = Object.fromEntries(Object.entries(raw.policy).map(([row, p]) => [row, typeof p === 'string' ? (renamed[p] ?? p) : p]));
  } else if ('policy' in raw) out.policy = raw.policy;

  if ('agentFirstName' in raw) out.agentFirstName = raw.agentFirstName;
  else if ('agentName' in raw) out.agentFirstName = raw.agentName;

  if ('expansion' in raw) out.expansion = raw.expansion;

  if ('phrases' in raw) out.phrases = raw.phrases;
  else if ('customPhrases' in raw || 'hiddenPhrases' in raw) {
    const hidden = new Set(Array.isArray(raw.hiddenPhrases) ? raw.hiddenPhrases : []);
    const custom = Array.isArray(raw.customPhrases) ? raw.customPhrases : [];
    const kept: unknown[] = builtInPhrases().filter((phrase) => !hidden.has(phrase.id));
    custom.forEach((item: unknown, index: number) => {
      if (typeof item !== 'object' || item === null) {
        kept.push(item); // reported by the validator
        return;
      }
      const c = item as Record<string, unknown>;
      const shortcut = typeof c.shortcut === 'string' && c.shortcut.trim() !== '' ? c.shortcut.trim().toLowerCase() : undefined;
      kept.push({
        id: `custom.${typeof c.row === 'string' ? c.row : 'phrase'}.${index + 1}`,
        row: c.row,
        register: c.register ?? 'warm',
        text: c.text,
        ...(shortcut ? { abbreviation: shortcut.startsWith(';') ? shortcut : `;${shortcut}` } : {}),
      });
    });
    out.phrases = kept;
  }
  return out;
}

/** Migrations by the version they migrate from; each returns the next version's shape (phrases as full objects). */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: migrateV0,
};

/** The stored version of `raw`: its `version` when a whole number ≥ 0, else 0 (the unversioned preview shape). */
export function storedVersion(raw: Record<string, unknown>): number {
  return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 ? raw.version : 0;
}

/** `raw` brought to the current version's shape (fields not yet checked), and the version it came from. */
export function migrate(raw: Record<string, unknown>): { data: Record<string, unknown>; from: number } {
  const from = storedVersion(raw);
  let data = raw;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    data = step ? step(data) : data;
  }
  return { data, from };
}

