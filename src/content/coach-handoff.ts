// How the coach, loaded on demand as a separate script into the content script's own (isolated) world, finds the
// content script's tracker: the loader leaves this handoff in a global slot of that world just before asking for the
// coach, and the coach takes it out. Pages cannot see it: their world has other globals.
import type { ContentAnswer, ContentRequest } from '../shared/protocol.js';
import type { ComposerTracker } from './tracker.js';

const HANDOFF_SLOT = '__replyCoachHandoff';

/** What the coach answers for the content script: the popup's and the service worker's requests. */
export interface CoachApi {
  answer(request: ContentRequest): Promise<ContentAnswer>;
}

interface CoachHandoff {
  tracker: ComposerTracker;
  /** The content script's lifecycle (contain.ts): the coach has its own copy of the module, so the two are linked. */
  stop(): void;
  onStop(handler: () => void): void;
  /** The coach is up: it listens to the tracker and answers requests from now on. */
  ready(coach: CoachApi): void;
}

type Slot = { [HANDOFF_SLOT]?: CoachHandoff };

export function leaveHandoff(handoff: CoachHandoff): void {
  (globalThis as Slot)[HANDOFF_SLOT] = handoff;
}

export function takeHandoff(): CoachHandoff | null {
  const slot = globalThis as Slot;
  const handoff = slot[HANDOFF_SLOT] ?? null;
  delete slot[HANDOFF_SLOT];
  return handoff;
}
