// What the settings page gives each of its sections. Apart from app.tsx so the sections need not import the page
// that imports them (that made a type-only import cycle).
import type { ReplyCoachSettings, SettingsChange } from '../shared/settings/shape.js';

/** What a section gets: the settings as shown, and the way to change them. */
export interface SectionProps {
  settings: ReplyCoachSettings;
  /** Applies the change on the page at once and saves it; resolves false when saving failed. */
  update: (change: SettingsChange) => Promise<boolean>;
  /** Tells screen-reader users what just happened (a polite live region). */
  announce: (message: string) => void;
}
