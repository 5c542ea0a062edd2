// Service worker: turns keyboard commands into requests to the active tab's content script. It holds no state, so
// Chrome may stop and restart it at any time.
import { onCommand, sendToTab } from '../shared/browser-api.js';
import { isCommandName } from '../shared/protocol.js';
import './coach-inject.js';
import './sites.js';

onCommand((command, tab) => {
  if (!isCommandName(command) || tab?.id === undefined) return;
  sendToTab(tab.id, { kind: 'run-command', command }).catch((error: unknown) => {
    // No content script in that tab (not a helpdesk page): nothing to do.
    console.debug('[Reply Coach] command not delivered:', error);
  });
});
