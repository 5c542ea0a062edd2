// Content script entry: starts the controller on helpdesk pages and answers the popup and the service worker.
// Everything runs contained: an error here is logged, never thrown into the helpdesk.
import { broadcast, extensionAlive, onRequest } from '../shared/browser-api.js';
import { isContentRequest, type ContentAnswer, type ContentRequest } from '../shared/protocol.js';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.js';
import { containedAsync, onStop, report, stop } from './contain.js';
import { Controller } from './controller.js';

/**
 * An extension update or reload injects a fresh copy while the old one still runs, unaware its extension context is
 * gone. The DOM is shared between the copies' worlds, so the new copy announces itself with a DOM event and the old
 * one stops and removes its badge.
 */
const TAKEOVER_EVENT = 'reply-coach:takeover';

async function start(): Promise<void> {
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const onTakeover = () => stop();
  document.addEventListener(TAKEOVER_EVENT, onTakeover);
  onStop(() => document.removeEventListener(TAKEOVER_EVENT, onTakeover));

  const settings = await loadSettings();
  let lastSent = '';
  // A message per keystroke costs milliseconds of the page's main thread; send them only while a popup is open, which
  // shows itself by asking for the state (it re-asks every second as long as it is open).
  let popupSeenAt = -Infinity;
  const POPUP_QUIET_MS = 3_000;
  // A removed or disabled extension leaves this copy running with no one to take over: notice it within a second,
  // without asking the extension API on every keystroke.
  let aliveCheckedAt = -Infinity;
  const ALIVE_CHECK_MS = 1_000;
  const controller = new Controller(document, settings, {
    onState: (state) => {
      const now = performance.now();
      if (now - aliveCheckedAt > ALIVE_CHECK_MS) {
        aliveCheckedAt = now;
        if (!extensionAlive()) {
          stop();
          return;
        }
      }
      if (now - popupSeenAt > POPUP_QUIET_MS) return;
      // Tell an open popup only when something it shows changed.
      const serialized = JSON.stringify(state);
      if (serialized === lastSent) return;
      lastSent = serialized;
      void broadcast({ kind: 'state-changed', state });
    },
  });
  onSettingsChanged((next) => controller.updateSettings(next));

  onRequest((message) => {
    if (!isContentRequest(message)) return undefined;
    if (message.kind === 'get-state') popupSeenAt = performance.now();
    return containedAsync('message', () => answer(controller, message), undefined);
  });
}

function answer(controller: Controller, message: ContentRequest): Promise<ContentAnswer> {
  switch (message.kind) {
    case 'get-state':
      return Promise.resolve(controller.getState());
    case 'insert-phrase':
      return controller.insertPhrase(message.phraseId);
    case 'replace-finding':
      return controller.replaceFinding(message, message.replacement);
    case 'run-command':
      return controller.runCommand(message.command);
  }
}

start().catch((error: unknown) => report(error, 'start'));
