// Content script entry, loaded on every helpdesk tab: wiring only, and small. The tracker follows the page's events;
// the coach (engine, views, features) is loaded when the agent first works in a composer or the popup or a command
// asks, and then answers every request. Everything runs contained: an error here is logged, never thrown into the
// helpdesk.
import { onRequest } from '../shared/browser-api.js';
import { CoachLoader } from './coach-loader.js';
import { containedAsync, report } from './contain.js';
import { announceTakeover } from './takeover.js';
import { ComposerTracker } from './tracker.js';

function start(): void {
  announceTakeover(document);
  const tracker = new ComposerTracker(document);
  const loader = new CoachLoader(tracker);
  loader.watch(document);
  onRequest((message) => {
    return containedAsync('message', async () => (await loader.load()).answer(message), undefined);
  });
}

try {
  start();
} catch (error) {
  report(error, 'start');
}
