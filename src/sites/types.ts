import type { DraftText } from './mapped-text';

export type { DraftText } from './mapped-text';

export interface Composer {
  /** The editable element the agent types into (contenteditable root, textarea or input). */
  element: HTMLElement;
  site: SiteId;
  /** Stable key for this composer within the page (e.g. 'zendesk:ticket:123', 'gmail:compose:0'), for caching. */
  key: string;
}

type SiteId = 'zendesk' | 'gmail' | 'outlook' | 'freshdesk' | 'intercom' | 'helpscout' | 'front' | 'generic';

export interface ConversationContext {
  /** The customer's latest message in this conversation, as plain text, without quoted history; null when none is shown. */
  customerMessage: string | null;
  customerFirstName: string | null;
  agentFirstName: string | null;
}

export interface SiteAdapter {
  id: SiteId;
  /** Whether this adapter applies to the page (by hostname/URL); generic applies wherever the user switched the site on. */
  matches(url: URL): boolean;
  /** Every composer currently in the document (visible or not). */
  findComposers(doc: Document): Composer[];
  /** The composer the agent is using: focused one, else last focused still connected and visible, else the single visible one; never a hidden background one. */
  activeComposer(doc: Document, lastFocused: Element | null): Composer | null;
  /**
   * The agent's own words, without quoted history, signature, or anything marked as the extension's own UI
   * ([data-reply-coach]), paragraph breaks as '\n'; with the map from any span of them back to its place in the
   * composer (highlights and Replace use it).
   */
  readDraft(composer: Composer): DraftText;
  readContext(composer: Composer, doc: Document): ConversationContext;
}
