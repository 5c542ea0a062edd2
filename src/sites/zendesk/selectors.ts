// Every Zendesk selector in one place. Zendesk changes its DOM without notice: each entry says what it
// finds and where it came from. "public code" = userscripts/extensions on GitHub that read Agent Workspace
// (transcript exporters, translators, Liferay's zendesk helper); "fixture model" = our own guess, unverified.

/** Reply composers, any of these (outermost match wins; nested CKEditor editables are dropped). */
export const COMPOSER = [
  // Agent Workspace rich-text reply editor, CKEditor 5 root (editors.md).
  '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  // Agent Workspace plain-text editor used for messaging channels (public code).
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  // Legacy ticket composer (editors.md: "seen").
  '.zendesk-editor--rich-text-container [contenteditable="true"]',
  // Any CKEditor 5 editable root, in case the data-test-id is renamed (editors.md).
  '.ck-editor__editable[contenteditable="true"]',
].join(', ');

/** One open ticket's panel; its value is the ticket id. Background tickets keep theirs mounted (public code). */
export const TICKET_PANEL = '[data-ticket-id]';
export const TICKET_PANEL_ID_ATTR = 'data-ticket-id';

/** The selected ticket tab in the header; data-entity-id is its ticket id (public code). */
export const ACTIVE_TAB = '[data-test-id="header-tab"][aria-current="page"]';
export const ACTIVE_TAB_ID_ATTR = 'data-entity-id';

/** Ticket id in the page URL: /agent/tickets/123 or /agent/workspaces/123 (editors.md). */
export const TICKET_URL = /\/agent\/(?:tickets|workspaces)\/(\d+)/;

/** One event in the conversation log, an <article> per message (public code). */
export const LOG_ITEM = '[data-test-id="omni-log-comment-item"]';

/** The message bubble inside a log item; carries type="end-user" | "agent" (public code: transcript exporters). */
export const LOG_MESSAGE = '[data-test-id="omni-log-item-message"]';
export const LOG_MESSAGE_ROLE_ATTR = 'type';
export const ROLE_END_USER = 'end-user';
export const ROLE_AGENT = 'agent';

/** The message's content wrapper in the conversation log (editors.md). */
export const MESSAGE_CONTENT = '[data-test-id="omni-log-message-content"]';

/** The message body proper, inside the content wrapper (editors.md). */
export const MESSAGE_BODY = '.zd-comment';

/** Author name of a log item: user link, or the sender header of grouped messages (public code). */
export const SENDER = '[data-test-id="omni-log-comment-user-link"], [data-test-id="omni-log-item-sender"]';

/** Tag shown on internal notes: never the customer's words (public code). */
export const INTERNAL_NOTE_TAG = '[data-test-id="omni-log-internal-note-tag"]';

/** Agent badge on the author's avatar: the author is an agent (public code). */
export const AGENT_BADGE = '[data-test-id="omni-log-avatar-badge-AgentBadge"]';

/** Parts of a message body that are not the customer's latest words: mail clients' quoted history, signatures. */
export const MESSAGE_EXCLUDE = [
  'blockquote', // quoted history as mail clients send it (generic mail markup)
  '.gmail_quote, .gmail_extra', // Gmail's quoted history inside a forwarded e-mail (editors.md)
  'div.signature', // Zendesk agent signature block (public code: transcript exporters strip it)
].join(', ');

/** CKEditor 5's own UI inside the editable: widget handles, fake selection (CKEditor 5 source, class names). */
export const EDITOR_UI = [
  '.ck-fake-selection-container',
  '.ck-widget__type-around',
  '.ck-widget__selection-handle',
  '.ck-widget__resizer',
].join(', ');

/** Requester field in the ticket's properties sidebar; its text is the requester's name (public code). */
export const REQUESTER_FIELD = '[data-test-id="ticket-system-field-requester-select"]';

/** The signed-in agent's avatar in the header user menu; alt is their name (fixture model, unverified). */
export const AGENT_AVATAR = '[data-test-id="header-profile-menu-button"] img[alt]';

/** Markers that only Zendesk's agent UI has: used to recognise it on test hosts (editors.md + public code). */
export const PAGE_MARKERS = [
  '[data-test-id="omnicomposer-rich-text-ckeditor"]',
  '[data-test-id="omnicomposer-plain-text-ckeditor"]',
  '.zendesk-editor--rich-text-container',
  '[data-test-id="omni-log-message-content"]',
].join(', ');
