// The popup's real backend: the tab's content script through the typed protocol, the extension APIs through
// src/shared/browser-api.ts, the settings through the settings store.
import { onBroadcast, openOptionsPage, requestOriginAccess, sendToTab, tabOrigin } from '../shared/browser-api.js';
import { builtInSiteOf } from '../shared/helpdesks.js';
import { updateSettings } from '../shared/settings-store.js';
import type { ReplyCoachSettings } from '../shared/settings/shape.js';
import type { PopupBackend } from './backend.js';

export function browserBackend(tabId: number): PopupBackend {
  return {
    getState: () => sendToTab(tabId, { kind: 'get-state' }),
    insertPhrase: (phraseId) => sendToTab(tabId, { kind: 'insert-phrase', phraseId }),
    replaceFinding: ({ start, end, text }, replacement) =>
      sendToTab(tabId, { kind: 'replace-finding', start, end, text, replacement }),
    onState: (callback) =>
      onBroadcast((message, sender) => {
        if (sender.tabId === tabId) callback(message.state);
      }),
    async switchOn(origin) {
      // First, inside the click's user gesture: the permission prompt.
      const granted = await requestOriginAccess(origin);
      if (!granted) return false;
      // A built-in helpdesk the user switched off is switched back on too.
      const site = builtInSiteOf(origin);
      await updateSettings((settings: ReplyCoachSettings) => ({
        ...settings,
        enabledOrigins: settings.enabledOrigins.includes(origin) ? settings.enabledOrigins : [...settings.enabledOrigins, origin],
        disabledSites: site ? settings.disabledSites.filter((id: string) => id !== site) : settings.disabledSites,
      }));
      return true;
    },
    openSettings: () => openOptionsPage(),
    tabOrigin: () => tabOrigin(tabId),
    async copyText(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
