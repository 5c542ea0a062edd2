/** The event the content script sends to the page-world paste helper (page-world-paste.ts, Firefox build only). */
export const PAGE_PASTE_EVENT = 'reply-coach:paste';
