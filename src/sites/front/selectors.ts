// Every Front selector in one place (app.frontapp.com/open/cnv_<id>, /inboxes/…). We found no public code that
// reads or writes Front's composer or conversation, so every selector below is our model of the page ("unverified"),
// written so the adapter's shape holds when they are corrected; the only sourced facts are the URL shapes
// (app.frontapp.com/open/cnv_<id> links in public code and docs, e.g. Zulip's Front integration docs).
// Editor: unknown; modelled as a plain contenteditable, the family every engine falls back to.

/** The reply composer's editable (unverified). */
export const COMPOSER = '[data-testid="composer-editor"] [contenteditable="true"], [data-testid="composer-editor"][contenteditable="true"]';

/** One message of the open conversation, its body, its author (unverified). */
export const MESSAGE = '[data-testid="message"]';
export const MESSAGE_BODY = '[data-testid="message-body"]';
export const SENDER = '[data-testid="message-sender-name"]';

/** Direction of a message: inbound from the customer, outbound or a comment from the team (unverified). */
export const CUSTOMER_MESSAGE = '[data-direction="inbound"]';
export const AGENT_MESSAGE = '[data-direction="outbound"], [data-testid="comment"]';

/** The signed-in teammate's name in the navigation (unverified). */
export const AGENT_NAME = '[data-testid="teammate-name"]';

/** Quoted history and signatures in a message or the draft (generic mail markup; Front's own unverified). */
export const QUOTE_AND_SIGNATURE = 'blockquote, .gmail_quote, .front-signature, [data-signature]';

/** Conversation id in the URL (public Front links: /open/cnv_<id>). */
export const CONVERSATION_URL = /\/(?:open|conversations?)\/(cnv_[a-z0-9]+|\d+)/i;

/** Markers only Front has, for test hosts (unverified). */
export const PAGE_MARKERS = '[data-testid="composer-editor"]';
