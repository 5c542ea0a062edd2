// Every selector the generic adapter uses, for any site the user switched on. Nothing site-specific:
// standard form controls, contenteditable roots, the opt-out attributes other writing tools honour, and
// the documented hooks a page (e.g. our test pages) can use to mark the conversation.

/** Multi-line text fields; single-line <input>s are search boxes and subjects, not replies. */
export const TEXTAREA = 'textarea';

/** Editable roots of rich editors and plain contenteditables ("" and "plaintext-only" are editable too) (HTML spec). */
export const CONTENTEDITABLE = '[contenteditable]:not([contenteditable="false"])';

/** Opt-outs: Grammarly's attributes (editors.md) and our own switch; on the field or any ancestor. */
export const OPT_OUT = '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"], [data-reply-coach="off"]';

/** The extension's own UI (any value of data-reply-coach): never a composer. */
export const OWN_UI = '[data-reply-coach]';

/** Single-line fields by role, whatever the element: search boxes, pickers (WAI-ARIA). */
export const SINGLE_LINE = '[role="searchbox"], [role="combobox"], [role="textbox"][aria-multiline="false"], [aria-multiline="false"]';

/** A search landmark: fields inside it are search boxes (WAI-ARIA). */
export const SEARCH_REGION = '[role="search"], search';

/** Hook: an element holding the customer's latest message; its attribute value, if any, is the customer's name. */
export const CUSTOMER_MESSAGE = '[data-reply-coach-customer]';
export const CUSTOMER_MESSAGE_ATTR = 'data-reply-coach-customer';

/** Hook: an element whose data-reply-coach-agent value is the agent's name. */
export const AGENT_NAME = '[data-reply-coach-agent]';
export const AGENT_NAME_ATTR = 'data-reply-coach-agent';

/** Quoted history and signatures some web mail composers put in the body (editors.md, mail markup). */
export const DRAFT_EXCLUDE = 'div.gmail_quote, blockquote.gmail_quote, div.gmail_extra, div.gmail_signature, blockquote[type="cite"]';

/** Smallest layout size (CSS px) of a composer when the page is laid out; smaller ones are search boxes and the like. */
export const MIN_WIDTH = 80;
export const MIN_HEIGHT = 16;
