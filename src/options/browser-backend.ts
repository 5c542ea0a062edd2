// The settings page's real backend: the settings store, and the extension APIs through src/shared/browser-api.ts.
import {
  hasHostAccess,
  hasOriginAccess,
  listCommands,
  openTab,
  removeHostAccess,
  removeOriginAccess,
  requestHostAccess,
  requestOriginAccess,
} from '../shared/browser-api.js';
import { onSettingsChanged, readSettings, updateSettings } from '../shared/settings-store.js';
import type { SettingsBackend } from './backend.js';

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

export function browserBackend(): SettingsBackend {
  return {
    load: () => readSettings(),
    update: (change) => updateSettings(change),
    onChange: (listener) => onSettingsChanged(listener),
    requestOriginAccess: (origin) => requestOriginAccess(origin),
    hasOriginAccess: (origin) => hasOriginAccess(origin),
    async removeOriginAccess(origin) {
      await removeOriginAccess(origin);
    },
    requestHostAccess: (patterns) => requestHostAccess(patterns),
    hasHostAccess: (pattern) => hasHostAccess(pattern),
    async removeHostAccess(patterns) {
      await removeHostAccess(patterns);
    },
    shortcuts: () => listCommands(),
    openShortcutSettings: () => openTab(SHORTCUTS_PAGE),
    saveFile(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once started; free ours a little later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
