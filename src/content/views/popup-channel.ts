// The popup's view of the page: each new state is broadcast to an open popup. A message per keystroke costs
// milliseconds of the page's main thread, so states are sent only while a popup is open (it shows itself by asking
// for the state, every second while open) and only when something it shows changed.
import { broadcast, extensionAlive } from '../../shared/browser-api.js';
import type { PageState } from '../../shared/protocol.js';
import { stop } from '../contain.js';

const POPUP_QUIET_MS = 3_000;
/** A removed or disabled extension leaves this copy running with no one to take over: notice it within a second. */
const ALIVE_CHECK_MS = 1_000;

export class PopupChannel {
  private lastSent = '';
  private popupSeenAt = Number.NEGATIVE_INFINITY;
  private aliveCheckedAt = Number.NEGATIVE_INFINITY;

  /** The popup asked for the state: it is open. */
  popupAsked(): void {
    this.popupSeenAt = performance.now();
  }

  publish(state: Readonly<PageState>): void {
    const now = performance.now();
    if (now - this.aliveCheckedAt > ALIVE_CHECK_MS) {
      this.aliveCheckedAt = now;
      if (!extensionAlive()) {
        stop();
        return;
      }
    }
    if (now - this.popupSeenAt > POPUP_QUIET_MS) return;
    const serialized = JSON.stringify(state);
    if (serialized === this.lastSent) return;
    this.lastSent = serialized;
    void broadcast({ kind: 'state-changed', state: state as PageState });
  }
}
