// The settings in the browser's storage: thin glue around the pure logic of settings/ (migration, repair, the
// stored form and where it goes).
//
// Layout: the key 'settings' in storage.sync holds the settings, so they follow the user to their other browsers.
// When they grow past what sync allows one item (8 KB: a big phrase library), they go to storage.local under the same
// key, and sync holds a small marker {area: 'local'} saying so. Reading follows the marker; if sync itself is not
// available, local is used.
//
// Over them lies the organisation's policy (storage.managed, read-only): every reader (the content script, the
// popup, the options page, the service worker) gets the settings that apply, the policy merged in
// (settings/managed-merge.ts), and a change is written back as the agent's own part only.
import { onStorageChange, removeLocal, storage } from './browser-api.js';
import { managedLocks, mergeManaged, ownSettingsAfter, setsAnything, type ManagedLocks } from './settings/managed-merge.js';
import { checkManagedPolicy, type CheckedPolicy } from './settings/managed-policy.js';
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
  | { kind: 'kept-elsewhere' }
  /** The organisation's policy has problems: the keys named were ignored (the agent's own settings apply there). */
  | { kind: 'policy-problems'; problems: string[] };

/** What the organisation's policy sets, for the settings page to lock. */
export interface ManagedState {
  locks: ManagedLocks;
  /** The policy's problems (its keys with any were ignored). */
  problems: string[];
}

export interface LoadedSettings {
  settings: ReplyCoachSettings;
  /** Where they live now. */
  area: SettingsArea;
  notices: SettingsNotice[];
  /** The stored data was migrated or repaired: saving it back would write the clean form. */
  needsRewrite: boolean;
  /** What the organisation's policy sets; absent when there is no policy. */
  managed?: ManagedState;
}

function noticesFor(problems: string[], from: number, area: SettingsArea, bytes: number): SettingsNotice[] {
  const notices: SettingsNotice[] = [];
  if (from > SETTINGS_VERSION) notices.push({ kind: 'newer-version', version: from });
  if (problems.length > 0) notices.push({ kind: 'repaired', problems });
  if (area === 'local') notices.push({ kind: 'stored-locally', bytes });
  return notices;
}

/** The organisation's policy, checked. Never throws: a browser without managed storage has no policy. */
async function readPolicy(): Promise<CheckedPolicy> {
  try {
    return checkManagedPolicy(await storage.getManaged());
  } catch {
    return { policy: {}, problems: [] };
  }
}

/** The agent's own settings laid under the policy: what applies, the locks, and the notice of the policy's problems. */
function withPolicy(own: LoadedSettings, checked: CheckedPolicy): LoadedSettings {
  const locks = managedLocks(checked.policy);
  if (!setsAnything(locks) && checked.problems.length === 0) return own;
  return {
    ...own,
    settings: mergeManaged(own.settings, checked.policy),
    notices: checked.problems.length > 0 ? [...own.notices, { kind: 'policy-problems', problems: checked.problems }] : own.notices,
    managed: { locks, problems: checked.problems },
  };
}

/** The settings that apply (the policy merged in), with where they live and what was repaired. Never throws. */
export async function readSettings(): Promise<LoadedSettings> {
  const [own, policy] = await Promise.all([readOwnSettings(), readPolicy()]);
  return withPolicy(own, policy);
}

/** The agent's own settings, with where they live and what was repaired. Never throws: at worst, the defaults. */
async function readOwnSettings(): Promise<LoadedSettings> {
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
    const [own, policy] = await Promise.all([readOwnSettings(), readPolicy()]);
    const next = applyChange(mergeManaged(own.settings, policy.policy), change);
    // The locked parts and the team's phrases stay out of what the agent owns.
    const saved = await saveSettings(ownSettingsAfter(next, own.settings, policy.policy));
    return withPolicy(saved, policy);
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Calls `listener` with the settings that apply whenever they change: in either area (a save elsewhere: the settings
 * page, the popup, another synced browser), or in the organisation's policy. Returns the unsubscribe.
 */
export function onSettingsChanged(listener: (settings: ReplyCoachSettings, loaded: LoadedSettings) => void): () => void {
  let last = '';
  let reading: Promise<void> = Promise.resolve();
  return onStorageChange((changes, area) => {
    // The policy is many keys (one per setting it sets): any of them changing is a change.
    const ours = area === 'managed' || ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes);
    if (!ours) return;
    // Read the whole state again: a change of the marker or of the local copy alone does not say which is current.
    reading = reading.then(async () => {
      const loaded = await readSettings();
      const serialized = JSON.stringify([loaded.settings, loaded.managed ?? null]);
      if (serialized === last) return;
      last = serialized;
      listener(loaded.settings, loaded);
    }).catch((error: unknown) => console.debug('[Reply Coach] settings change not read:', error));
  });
}
