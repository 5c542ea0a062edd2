// The settings in the browser's storage: thin glue around the pure logic of settings/ (migration, repair, the
// stored form and where it goes).
//
// Layout: the key 'settings' in storage.sync holds the settings, so they follow the user to their other browsers.
// When they grow past what sync allows one item (8 KB: a big phrase library), they go to storage.local under the same
// key, and sync holds a small marker {area: 'local'} saying so. Reading follows the marker; if sync itself is not
// available, local is used.
import { onStorageChange, removeLocal, storage } from './browser-api.js';
import { applyChange, SETTINGS_VERSION, type ReplyCoachSettings, type SettingsChange } from './settings/shape.js';
import { isStoredElsewhere, planStorage } from './settings/storage-plan.js';
import { decodeSettings, encodeSettings, repairSettings } from './settings/stored-form.js';

export const SETTINGS_KEY = 'settings';

export type SettingsArea = 'sync' | 'local';

/** Something the settings page should tell the user about the stored settings. */
export type SettingsNotice =
  /** The stored data was damaged; these problems were repaired (bad values reset to their defaults). */
  | { kind: 'repaired'; problems: string[] }
  /** Too big for sync: kept in this browser only. */
  | { kind: 'stored-locally'; bytes: number }
  /** Saved by a newer version of the extension; fields this one does not know are not kept. */
  | { kind: 'newer-version'; version: number }
  /**
   * Sync says the settings are kept locally, but this browser has none: another computer of the user's keeps them
   * (too big to sync). The defaults apply here until the user changes something here.
   */
  | { kind: 'kept-elsewhere' };

export interface LoadedSettings {
  settings: ReplyCoachSettings;
  /** Where they live now. */
  area: SettingsArea;
  notices: SettingsNotice[];
  /** The stored data was migrated or repaired: saving it back would write the clean form. */
  needsRewrite: boolean;
}

function noticesFor(problems: string[], from: number, area: SettingsArea, bytes: number): SettingsNotice[] {
  const notices: SettingsNotice[] = [];
  if (from > SETTINGS_VERSION) notices.push({ kind: 'newer-version', version: from });
  if (problems.length > 0) notices.push({ kind: 'repaired', problems });
  if (area === 'local') notices.push({ kind: 'stored-locally', bytes });
  return notices;
}

/** The settings with where they live and what was repaired. Never throws: at worst, the defaults. */
export async function readSettings(): Promise<LoadedSettings> {
  let area: SettingsArea = 'sync';
  let raw: unknown;
  let bytes = 0;
  let keptElsewhere = false;
  try {
    raw = await storage.getSync(SETTINGS_KEY);
    if (isStoredElsewhere(raw)) {
      area = 'local';
      bytes = typeof raw.bytes === 'number' ? raw.bytes : 0;
      raw = await storage.getLocal(SETTINGS_KEY);
      keptElsewhere = raw === undefined;
    } else if (raw === undefined) {
      // Nothing in sync (never saved, or sync was cleared): a local copy, if any, is the user's.
      const local = await storage.getLocal(SETTINGS_KEY).catch(() => undefined);
      if (local !== undefined) {
        area = 'local';
        raw = local;
      }
    }
  } catch {
    // storage.sync unavailable (a browser without it, or it failed): this browser's own copy.
    area = 'local';
    raw = await storage.getLocal(SETTINGS_KEY).catch(() => undefined);
  }
  const decoded = decodeSettings(raw);
  const problems = decoded.problems;
  if (area === 'local' && bytes === 0 && raw !== undefined) bytes = JSON.stringify(raw)?.length ?? 0;
  if (keptElsewhere) return { settings: decoded.settings, area, notices: [{ kind: 'kept-elsewhere' }], needsRewrite: false };
  return {
    settings: decoded.settings,
    area,
    notices: noticesFor(problems, decoded.from, area, bytes),
    // Never write back what a newer build stored: that would downgrade the user's other browsers.
    needsRewrite: decoded.from <= SETTINGS_VERSION && (problems.length > 0 || (raw !== undefined && decoded.from < SETTINGS_VERSION)),
  };
}

/** The settings alone (what the content script needs). */
export async function loadSettings(): Promise<ReplyCoachSettings> {
  try {
    return (await readSettings()).settings;
  } catch {
    return decodeSettings(undefined).settings;
  }
}

const isQuotaError = (error: unknown) => /quota|too large|exceed/i.test(String((error as { message?: unknown })?.message ?? error));

/**
 * Writes the settings (repaired first: nothing invalid is stored) where they fit, and returns what was stored.
 * Rejects only when neither area could be written.
 */
export async function saveSettings(settings: ReplyCoachSettings): Promise<LoadedSettings> {
  const { settings: clean, problems } = repairSettings(settings);
  const stored = encodeSettings(clean);
  const plan = planStorage(SETTINGS_KEY, stored);
  if (plan.area === 'sync') {
    try {
      await storage.setSync(SETTINGS_KEY, plan.sync);
      await removeLocal(SETTINGS_KEY).catch(() => undefined);
      return { settings: clean, area: 'sync', notices: noticesFor(problems, SETTINGS_VERSION, 'sync', plan.bytes), needsRewrite: false };
    } catch (error) {
      // Over a quota the size check does not see (sync's total of 100 KB), or sync unavailable: keep it locally.
      if (!isQuotaError(error)) console.debug('[Reply Coach] sync storage failed, keeping settings locally:', error);
    }
  }
  // Local first, then the marker: a reader between the two writes still finds whole settings.
  await storage.setLocal(SETTINGS_KEY, stored);
  await storage
    .setSync(SETTINGS_KEY, { version: stored.version, area: 'local', bytes: plan.bytes })
    .catch((error: unknown) => console.debug('[Reply Coach] could not mark settings as local in sync:', error));
  return { settings: clean, area: 'local', notices: noticesFor(problems, SETTINGS_VERSION, 'local', plan.bytes), needsRewrite: false };
}

// Updates from one page run one after another, so two quick changes do not read the same old settings.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads the stored settings, applies `change` (a patch such as {agentFirstName: 'Sam'}, or a function of the current
 * settings returning a patch or whole settings) and saves. Resolves with what was stored.
 */
export function updateSettings(change: SettingsChange): Promise<LoadedSettings> {
  const run = queue.then(async () => {
    const { settings } = await readSettings();
    return saveSettings(applyChange(settings, change));
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Calls `listener` with the new settings whenever they change, in either area (a save elsewhere: the settings page,
 * the popup, another synced browser). Returns the unsubscribe.
 */
export function onSettingsChanged(listener: (settings: ReplyCoachSettings) => void): () => void {
  let last = '';
  let reading: Promise<void> = Promise.resolve();
  return onStorageChange((changes, area) => {
    if ((area !== 'sync' && area !== 'local') || !(SETTINGS_KEY in changes)) return;
    // Read the whole state again: a change of the marker or of the local copy alone does not say which is current.
    reading = reading.then(async () => {
      const { settings } = await readSettings();
      const serialized = JSON.stringify(settings);
      if (serialized === last) return;
      last = serialized;
      listener(settings);
    }).catch((error: unknown) => console.debug('[Reply Coach] settings change not read:', error));
  });
}
