// Every Intercom selector in one place (the inbox at app.intercom.com/a/inbox/…/conversation/<id>). The composer is
// ProseMirror (editors.md: `.ProseMirror[contenteditable="true"]` inside the reply composer). Sources: "editors.md" =
// ../shared/notes/editors.md; "Intercom URLs" = the inbox's and user profiles' public URL shapes (/conversation/<id>,
// /users/<id>); everything marked "unverified" is our model of the inbox's markup: we found no public code that reads
// Intercom's inbox DOM, so those selectors are the first thing to check against the live page.

/** The reply/note composer: ProseMirror's editable root, inside the inbox's composer (editors.md; the scope unverified). */
export const COMPOSER = [
  '[data-intercom-target="conversation-composer"] .ProseMirror[contenteditable="true"]',
  '.inbox__conversation-composer .ProseMirror[contenteditable="true"]',
].join(', ');

/** One part of the conversation stream: a message, note or event (unverified). */
export const MESSAGE = '[data-conversation-part-id]';

/** The part's text (unverified). */
export const MESSAGE_BODY = '[data-part-body]';

/** Who wrote a part: users and leads are customers; admins, bots, and notes are the team (unverified). */
export const CUSTOMER_MESSAGE = '[data-part-author-type="user"], [data-part-author-type="lead"]';
export const AGENT_MESSAGE = '[data-part-author-type="admin"], [data-part-author-type="bot"], [data-part-type="note"]';

/** The part author's name: a link to the user's profile for customers (Intercom URLs), the admin's name otherwise (unverified). */
export const SENDER = '[data-part-author-name]';

/** The customer named in the conversation header, a link to their profile (Intercom URLs; the header unverified). */
export const CUSTOMER_NAME = '[data-intercom-target="conversation-header"] a[href*="/users/"]';

/** The signed-in teammate: the avatar in the navigation, its alt the name (unverified). */
export const AGENT_NAME = '[data-intercom-target="admin-avatar"] img[alt]';

/** Quoted history inside e-mail conversations and mail clients' quote blocks (generic mail markup). */
export const QUOTE = 'blockquote, .gmail_quote, .intercom-quote';

/** Conversation id in the URL (Intercom URLs). */
export const CONVERSATION_URL = /\/conversations?\/(\d+)/;

/** Markers only Intercom's inbox has, for test hosts (unverified). */
export const PAGE_MARKERS = ['[data-intercom-target="conversation-composer"]', '.inbox__conversation-composer'].join(', ');
