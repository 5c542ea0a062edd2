// Every Outlook on the web selector in one place. The composer is roosterjs (Microsoft's editor, editors.md) in the
// top document; the suite's class names are generated and change with each deploy, so none is used. Sources:
// "Briskine" = Briskine/briskine src/content/plugins/outlook.js and outlook.spec.js (a template extension that writes
// into Outlook and reads its recipients and sender); "Outlook mail markup" = the ids Outlook itself writes into the
// HTML of a reply (divRplyFwdMsg, appendonsend, Signature; in a received copy they carry an "x_" prefix), visible in
// any message Outlook sent; "unverified" = our model of the page, not confirmed from public code.

/** The message body the agent writes in: a multi-line textbox (Briskine's spec finds it by [aria-multiline]; the
 * recipient fields are textboxes too, single-line), and by its English label as editors.md saw it. */
export const COMPOSER = [
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  'div[contenteditable="true"][aria-label="Message body"]',
].join(', ');

/** Quoted history in the agent's reply: everything from the marker Outlook puts before the quote (Outlook mail markup). */
export const QUOTE_START = '#appendonsend, #divRplyFwdMsg';

/** The quoted message's header block ("From: Name <address>" first), followed by the quoted body (Outlook mail markup). */
export const REPLY_HEADER = '#divRplyFwdMsg';

/** The agent's signature block, inserted by Outlook into a new reply (Outlook mail markup). */
export const SIGNATURE = '#Signature, #x_Signature';

/** Parts of the draft that are not the agent's new words: the quote and all after it, the signature. */
export const DRAFT_EXCLUDE = [
  '#appendonsend',
  '#appendonsend ~ *',
  '#divRplyFwdMsg',
  '#divRplyFwdMsg ~ *',
  SIGNATURE,
  'blockquote',
].join(', ');

/** Inside a quoted or received message: its own older quotes and signature (Outlook mail markup, "x_" prefixed). */
export const MESSAGE_EXCLUDE = [
  '[id="x_appendonsend"]',
  '[id="x_appendonsend"] ~ *',
  '[id="x_divRplyFwdMsg"]',
  '[id="x_divRplyFwdMsg"] ~ *',
  SIGNATURE,
  'blockquote',
].join(', ');

/** One message of the open conversation in the reading pane, with its sender's name (unverified: modelled on the
 * reading pane's accessible markup, a listitem per message whose body is a read-only region labelled "Message body"). */
export const READING_PANE_MESSAGE = '[role="listitem"][data-convid], [role="listitem"][aria-label]';
export const READING_PANE_BODY = '[aria-label="Message body"]:not([contenteditable="true"])';
/** Sender of a reading-pane message: the persona button's name, with the address in its title (unverified). */
export const READING_PANE_SENDER = '[data-testid="SenderPersona"], span[title*="@"]';

/** The signed-in user's display name: the account manager's (MeControl, unverified) and the suite header's (Briskine). */
export const AGENT_NAME = ['#mectrl_currentAccount_primary', '#O365_MainLink_Me > div > div:nth-child(1)'] as const;

/** Ids of a conversation in the URL: /mail/inbox/id/AAQk… or /mail/deeplink/compose/AAMk… (unverified). */
export const CONVERSATION_URL = /\/mail\/(?:[^/]+\/)*id\/([^/?#]+)/;

/** Markers that only Outlook's pages have, for test hosts: the office CDN named in <head> (Briskine's own test for
 * custom domains and pop-out windows: meta cdnUrl in its older plugin, an href to *.cdn.office.net in its newer), and
 * the suite header's account button (Briskine). */
export const PAGE_MARKERS = ['meta[name="cdnUrl"][content*=".cdn.office.net"]', 'head [href*=".cdn.office.net"]', '#O365_MainLink_Me'].join(', ');
