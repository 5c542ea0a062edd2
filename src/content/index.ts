// Content script entry: starts the controller on helpdesk pages and answers the popup and the service worker.
// Everything runs contained: an error here is logged, never thrown into the helpdesk.
import { broadcast, onRequest } from '../shared/browser-api.js';
import { isContentRequest, type ContentRequest } from '../shared/protocol.js';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.js';
import { containedAsync, report } from './contain.js';
import { Controller } from './controller.js';

const MARK = '__replyCoachStarted';

async function start(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  // An extension update injects a fresh copy while the old one may still run: only one may own the page.
  if (globals[MARK]) return;
  globals[MARK] = true;

  const settings = await loadSettings();
  const controller = new Controller(document, settings, {
    onState: (state) => void broadcast({ kind: 'state-changed', state }),
  });
  onSettingsChanged((next) => controller.updateSettings(next));

  onRequest((message) => {
    if (!isContentRequest(message)) return undefined;
    return containedAsync('message', () => answer(controller, message), undefined);
  });
}

function answer(controller: Controller, message: ContentRequest): Promise<unknown> {
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
