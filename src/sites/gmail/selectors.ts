// Every Gmail selector in one place. Gmail's class names are obfuscated but have been stable for years;
// each entry says what it finds and where it came from. Localized aria-labels are never used to find
// elements ("Message Body" is "Nachrichtentext" in German): editors.md.

/** Compose/reply body: a plain contenteditable marked by Gmail's own g_editable attribute (editors.md). */
export const COMPOSER = 'div[contenteditable="true"][g_editable="true"]';

/** Root of one compose form, inline reply or window (editors.md, gmail.js/InboxSDK). */
export const COMPOSE_ROOT = 'div.M9, div.AD';

/** A floating compose window (new message, or a popped-out reply), as opposed to an inline reply (InboxSDK). */
export const FLOATING_COMPOSE = 'div.AD';

/** Hidden input holding the compose's draft id, a stable key (InboxSDK). */
export const DRAFT_ID_INPUT = 'input[name="draft"]';

/** Hidden input with the compose's sender address ("From"), when the account has aliases (InboxSDK). */
export const FROM_INPUT = 'input[name="from"]';

/** Recipient chips of a compose: new style (data-name, data-hovercard-id = address) and old (.vR with email=) (InboxSDK). */
export const RECIPIENT = '[role="option"][data-hovercard-id], .vR [email]';
export const RECIPIENT_EMAIL_ATTRS = ['data-hovercard-id', 'email'] as const;
export const RECIPIENT_NAME_ATTRS = ['data-name', 'name'] as const;

/** One message of the open thread (editors.md). */
export const THREAD_MESSAGE = 'div.adn';

/** A thread message's body (editors.md). */
export const MESSAGE_BODY = 'div.a3s';

/** The sender of a thread message, with name= and email= attributes (gmail.js, InboxSDK). */
export const SENDER = 'span.gD';

/** Quoted history: in drafts and in received mail (editors.md; blockquote.gmail_quote and gmail_extra from mail markup). */
export const QUOTE = 'div.gmail_quote, blockquote.gmail_quote, div.gmail_extra';

/** The signature block Gmail inserts (editors.md). */
export const SIGNATURE = 'div.gmail_signature';

/** "Show trimmed content" toggles (the "..." button) around quoted history (public extensions). */
export const TRIMMED_TOGGLE = 'div.ajR, div.yj6qo';

/** Google bar account button; its href is locale-independent, its aria-label holds the signed-in address (public code). */
export const ACCOUNT_BUTTON = 'a[href*="accounts.google.com/SignOutOptions"]';

/** Parts of a draft or message that are not the author's latest words. */
export const EXCLUDE = [QUOTE, SIGNATURE, TRIMMED_TOGGLE].join(', ');

/** Markers that only Gmail has: used to recognise it on test hosts. */
export const PAGE_MARKERS = [COMPOSER, THREAD_MESSAGE, MESSAGE_BODY].join(', ');
