// An in-memory SettingsBackend for the settings page's component tests: the same pure settings logic as the real
// store (applyChange, repairSettings), no extension APIs.
import type { SettingsBackend, ShortcutInfo } from '../../src/options/backend.js';
import type { LoadedSettings, SettingsNotice } from '../../src/shared/settings-store.js';
import { applyChange, defaultSettings, repairSettings, type ReplyCoachSettings } from '../../src/shared/settings.js';

export interface FakeOptions {
  initial?: Partial<ReplyCoachSettings>;
  notices?: SettingsNotice[];
  grant?: boolean;
  granted?: string[];
  shortcuts?: ShortcutInfo[];
  failUpdates?: boolean;
}

export function fakeBackend(options: FakeOptions = {}) {
  let stored: ReplyCoachSettings = { ...defaultSettings(), ...options.initial };
  const listeners = new Set<(settings: ReplyCoachSettings) => void>();
  const granted = new Set(options.granted ?? []);
  const calls = {
    updates: 0,
    files: [] as { name: string; text: string }[],
    requested: [] as string[],
    removed: [] as string[],
    openedShortcuts: 0,
  };
  const copy = (s: ReplyCoachSettings) => JSON.parse(JSON.stringify(s)) as ReplyCoachSettings;
  const loaded = (notices: SettingsNotice[] = []): LoadedSettings => ({ settings: copy(stored), area: 'sync', notices, needsRewrite: false });
  const backend: SettingsBackend = {
    load: async () => loaded(options.notices ?? []),
    async update(change) {
      if (options.failUpdates) throw new Error('QUOTA_BYTES quota exceeded');
      calls.updates++;
      stored = repairSettings(applyChange(stored, change)).settings;
      return loaded();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async requestOriginAccess(origin) {
      calls.requested.push(origin);
      if (options.grant ?? true) granted.add(origin);
      return options.grant ?? true;
    },
    hasOriginAccess: async (origin) => granted.has(origin),
    async removeOriginAccess(origin) {
      calls.removed.push(origin);
      granted.delete(origin);
    },
    async requestHostAccess(patterns) {
      calls.requested.push(...patterns);
      if (options.grant ?? true) patterns.forEach((pattern) => granted.add(pattern));
      return options.grant ?? true;
    },
    hasHostAccess: async (pattern) => granted.has(pattern),
    async removeHostAccess(patterns) {
      calls.removed.push(...patterns);
      patterns.forEach((pattern) => granted.delete(pattern));
    },
    shortcuts: async () =>
      options.shortcuts ?? [
        { name: '_execute_action', description: '', shortcut: 'Alt+Shift+R' },
        { name: 'insert-suggestion', description: 'Insert the best phrase for the first missing move', shortcut: 'Alt+Shift+S' },
        { name: 'open-phrase-picker', description: 'Open the phrase picker at the caret', shortcut: '' },
      ],
    async openShortcutSettings() {
      calls.openedShortcuts++;
    },
    saveFile(name, text) {
      calls.files.push({ name, text });
    },
  };
  return {
    backend,
    calls,
    get stored() {
      return stored;
    },
    /** A change made elsewhere (another tab, the popup). */
    external(change: Partial<ReplyCoachSettings>) {
      stored = { ...stored, ...change };
      listeners.forEach((listener) => listener(copy(stored)));
    },
  };
}
