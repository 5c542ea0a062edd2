// Every Freshdesk selector in one place (the agent UI at *.freshdesk.com/a/tickets/<id>). The reply editor is Froala;
// Froala's own class names come from the froala-editor package this project tests with. Sources: "Froala" = the
// froala-editor 4 package (its editable is div.fr-element.fr-view inside .fr-wrapper); "mint-navigator" =
// roelvanduijnhoven/freshdesk-mint-navigator snipplet.js (a userscript that walks a ticket's conversation: one
// [data-album] per message, holding .ticket-details__item); "assistant code" = a public Freshdesk reply-assistant
// extension (utils/freshdesk.ts: reply editor '.reply-editor .fr-element.fr-view', message bodies in .fr-view, customer
// messages marked "incoming"), itself a list of guesses; "unverified" = our model, not confirmed from public code.

/** The reply or note editor: Froala's editable root (Froala; editors.md "possibly Froala"). */
export const COMPOSER = '.fr-element.fr-view[contenteditable="true"]';

/** One message of the ticket's conversation (mint-navigator), and its content box (mint-navigator). */
export const MESSAGE = '[data-album]';

/** The message text as Freshdesk renders it, in Froala's read-only view class (assistant code). */
export const MESSAGE_BODY = '.ticket-details__item .fr-view, .fr-view';

/** Markers of who wrote a message: the customer's are "incoming", the agents' "outgoing" (assistant code; unverified). */
export const CUSTOMER_MESSAGE = '[class*="incoming"]';
export const AGENT_MESSAGE = '[class*="outgoing"], [class*="private-note"]';

/** The author's name in a message header: a link to their contact page, /a/contacts/<id>, or an agent's, /a/agents/<id>
 * (unverified: Freshdesk's contact and agent URLs have these shapes, the links themselves are our model). */
export const SENDER = 'a[href*="/contacts/"], a[href*="/agents/"]';

/** The ticket's requester in the properties sidebar (unverified). */
export const REQUESTER = '[data-test-id="requester-name"], .requester-info a[href*="/contacts/"]';

/** The signed-in agent's name: the profile menu's avatar image alt (unverified). */
export const AGENT_NAME = '[data-test-id="profile-avatar"] img[alt]';

/** Quoted history Freshdesk adds to a reply and shows in received mail (class freshdesk_quote in mail it sends; unverified
 * here), mail clients' quotes, and the agent signature block (unverified). */
export const QUOTE_AND_SIGNATURE = [
  '.freshdesk_quote',
  'blockquote',
  '.gmail_quote',
  '[data-signature]',
  '.fd-signature',
].join(', ');

/** Froala's own UI that can sit inside the editable while editing: table/image handles, placeholder (Froala). */
export const EDITOR_UI = '.fr-placeholder, .fr-handler, .fr-image-resizer, .fr-qi-helper';

/** Ticket id in the URL: /a/tickets/123 (mint-navigator's pages and assistant code's isOnTicketPage). */
export const TICKET_URL = /\/a\/tickets\/(\d+)/;

/** Markers only Freshdesk's agent UI has, for test hosts: the conversation's messages and a Froala reply editor. */
export const PAGE_MARKERS = ['[data-album] .ticket-details__item'].join(', ');
