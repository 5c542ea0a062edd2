// The service worker's side of the lazy load: a content script asks for the coach (src/content/coach-loader.ts) and
// gets it injected into its own frame's isolated world, as a classic script built by vite.coach.config.ts. Injecting
// by file from the package, not by URL from the page, keeps every file of the extension out of pages' reach.
import { injectIntoFrame, onBackgroundRequest } from '../shared/browser-api.js';

/** Where vite.coach.config.ts writes the coach, relative to the extension's root. */
const COACH_FILE = 'src/content/coach.js';

onBackgroundRequest((_request, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return injectIntoFrame(tabId, sender.frameId ?? 0, [COACH_FILE]).then(() => true as const);
});
