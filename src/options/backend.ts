// What the settings page needs from the outside world, as one small interface: the real one (browser-backend.ts) uses
// the settings store and the extension APIs; tests pass an in-memory fake, so the components need no extension mock.
import type { LoadedSettings } from '../shared/settings-store.js';
import type { ReplyCoachSettings, SettingsChange } from '../shared/settings/shape.js';

export interface ShortcutInfo {
  /** The manifest's command name ('_execute_action', 'insert-suggestion', …). */
  name: string;
  description: string;
  /** '' when no key is assigned. */
  shortcut: string;
}

export interface SettingsBackend {
  load(): Promise<LoadedSettings>;
  /** Applies a change to the stored settings and resolves with what was stored. */
  update(change: SettingsChange): Promise<LoadedSettings>;
  /**
   * Settings changed elsewhere (another tab, the popup, another synced browser) or the organisation's policy changed;
   * `loaded` says what the policy locks now. Returns the unsubscribe.
   */
  onChange(listener: (settings: ReplyCoachSettings, loaded?: LoadedSettings) => void): () => void;
  /**
   * Asks the browser for access to every page of `origin`. Must be the first await of the click handler: the browser
   * only prompts inside the user gesture. Resolves false when refused.
   */
  requestOriginAccess(origin: string): Promise<boolean>;
  hasOriginAccess(origin: string): Promise<boolean>;
  removeOriginAccess(origin: string): Promise<void>;
  /** The same for a built-in helpdesk's match patterns ('https://*.freshdesk.com/*'): asks for exactly these. */
  requestHostAccess(patterns: readonly string[]): Promise<boolean>;
  hasHostAccess(pattern: string): Promise<boolean>;
  removeHostAccess(patterns: readonly string[]): Promise<void>;
  shortcuts(): Promise<ShortcutInfo[]>;
  openShortcutSettings(): Promise<void>;
  /** Offers `text` as a download named `fileName` (no network). */
  saveFile(fileName: string, text: string): void;
}
