// Every Help Scout selector in one place (the agent app at secure.helpscout.net/conversation/<id>/<number>). Sources:
// "gpt-assistant" = zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js (an extension that reads Help Scout
// conversations and writes replies; it says the reply editor is Slate 0.47, [data-slate-editor]); "thread-hider" =
// trentslutzky/helpscout-thread-hider threadhider.js (an extension that hides customer threads: article.thread.customer
// with its body in section.messageBody); "unverified" = our model, not confirmed from public code.

/** The reply/note editor: the ConvoEditor or reply-editor box, its Slate editable, or by its English label (gpt-assistant). */
export const COMPOSER = [
  '[data-cy="ConvoEditor"][contenteditable="true"]',
  '[data-cy="ConvoEditor"] [contenteditable="true"]',
  '[data-testid="reply-editor"] [contenteditable="true"]',
  '.editor-container[contenteditable="true"]',
  '[role="textbox"][aria-label="Reply Editor"]',
].join(', ');

/** One thread (message) of the conversation: the newer list items (gpt-assistant) and the older articles (thread-hider). */
export const MESSAGE = [
  '[data-testid="ThreadContainer"] li > div[id^="thread-"]',
  'ol[aria-label="Thread Items"] li > div[id^="thread-"]',
  'article.thread',
].join(', ');

/** A thread's id, in its element id: thread-<id>, ids growing with time (gpt-assistant, thread-hider read them); the
 * list shows the newest first by default (Help Scout's conversation view). */
export const THREAD_ID = /^thread-(\d+)$/;

/** The thread's body: the older section (thread-hider), the newer content box (gpt-assistant). */
export const MESSAGE_BODY = 'section.messageBody, .thread-content';

/** Who wrote a thread: customers' carry is-customer / .customer (gpt-assistant, thread-hider); Help Scout calls its
 * agents "users" (gpt-assistant reads "user reply" in the aria-label); notes are the team's (unverified). */
export const CUSTOMER_MESSAGE = '.is-customer, article.thread.customer';
export const AGENT_MESSAGE = '[aria-label*="user reply" i], .is-user, .is-note, article.thread.user, article.thread.note';

/** The thread author's name (gpt-assistant). */
export const SENDER = 'span[data-nocollapse="true"]';

/** The signed-in user's name (gpt-assistant: its current-user selectors). */
export const AGENT_NAME = '[data-cy="user-name"], .c-avatar__name';

/** Quoted history and signatures inside a thread or the draft (generic mail markup; Help Scout's own unverified). */
export const QUOTE_AND_SIGNATURE = 'blockquote, .gmail_quote, .hs-signature, [data-signature]';

/** Conversation id in the URL (public links to secure.helpscout.net/conversation/<id>/<number>). */
export const CONVERSATION_URL = /\/conversation\/(\d+)/;

/** Markers only Help Scout's conversation page has, for test hosts (gpt-assistant, thread-hider). */
export const PAGE_MARKERS = ['[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]', 'article.thread', '[data-cy="ConvoEditor"]'].join(', ');
