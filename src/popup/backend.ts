// What the popup needs from the outside world, as one small interface: the real one (browser-backend.ts) talks to the
// tab's content script and the extension APIs; tests pass a fake, so the component needs no webextension mock.
import type { InsertOutcome, PageState } from '../shared/protocol.js';

interface FindingSpan {
  start: number;
  end: number;
  text: string;
}

export interface PopupBackend {
  /** The tab's state; rejects when the tab has no content script (site not switched on, or not a web page). */
  getState(): Promise<PageState>;
  insertPhrase(phraseId: string): Promise<InsertOutcome>;
  replaceFinding(finding: FindingSpan, replacement: string): Promise<InsertOutcome>;
  /** Pushed states from this tab's content script; returns the unsubscribe. */
  onState(callback: (state: PageState) => void): () => void;
  /**
   * Asks the browser for access to `origin` and stores it in the settings. Must start the permission request before
   * any other await: the browser grants it only inside the click's user gesture. Resolves false when refused.
   */
  switchOn(origin: string): Promise<boolean>;
  openSettings(): Promise<void>;
  /** The tab's origin, or null when the browser does not tell us (no "tabs" permission, no host access). */
  tabOrigin(): Promise<string | null>;
  /** Puts text on the clipboard from the popup (which has the user's click); false when that fails. */
  copyText(text: string): Promise<boolean>;
}
