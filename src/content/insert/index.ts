// The insertion module: put a phrase at the caret of a helpdesk composer so its editor keeps it. DOM only.
export { insertText, textToClipboardHtml, withSpacing, type InsertMethod, type InsertOptions, type InsertResult } from './insert-text';
export { agentTextEnd, caretRectInPage, placeCaretAtEnd, restoreCaret, NOT_AGENT_TEXT } from './caret';
export { waitBeforeInsertMs } from './undo-window';
