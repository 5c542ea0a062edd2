// Every editor-engine marker in one place: how each rich-text library marks the element the agent types into,
// whatever helpdesk embeds it. A built-in helpdesk's own selectors come first (sites/<site>/selectors.ts); these are
// the fallback when a redesign renames them (fallback.ts). Each entry names where the marker comes from: "source" =
// the library's own code as installed from npm (the version in package.json), verified by the test page built with
// it (test/pages/src); "editors.md" = shared/notes/editors.md; "public code" = extensions that write into these pages.

/** Editable roots of rich-text editors in the page itself (outermost match wins). */
export const EDITOR_ROOTS = [
  // CKEditor 5: EditableUIView puts ck-editor__editable on every editable root (ckeditor5 source, editors.md).
  '.ck-editor__editable[contenteditable="true"]',
  // ProseMirror and Tiptap: EditorView adds the ProseMirror class to its DOM (prosemirror-view source).
  '.ProseMirror[contenteditable="true"]',
  // Quill: the editing container (quill source, core/quill.ts).
  '.ql-editor[contenteditable="true"]',
  // Lexical: setRootElement marks the root (lexical source, LexicalEditor.ts).
  '[data-lexical-editor="true"]',
  // Slate: slate-react's <Editable> (slate-react source, components/editable.tsx).
  '[data-slate-editor="true"]',
  // Draft.js: DraftEditorContents' editable (draft-js source, DraftEditor.react.js).
  '.public-DraftEditor-content[contenteditable="true"]',
  // Froala: the editable element, e.g. Freshdesk's reply box (froala-editor source; Freshdesk in public code).
  '.fr-element[contenteditable="true"]',
  // Trix: the custom element is itself the contenteditable (trix source, trix_editor_element.js).
  'trix-editor',
  // Summernote: the editing area (summernote source, editing/Editor.js).
  '.note-editable[contenteditable="true"]',
  // roosterjs, as Outlook on the web mounts it: the editable inside the "editorParent_N" wrapper (public code:
  // Briskine's and text expanders' Outlook handling; editors.md: Outlook's body is a role="textbox" contenteditable).
  '[id^="editorParent"] [contenteditable="true"]',
  // roosterjs itself adds no class; its editable is a contenteditable div Outlook labels as a multi-line textbox.
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
].join(', ');

/**
 * Editors whose editable is the body of a same-origin iframe (about:blank or srcdoc, written by the library): the
 * iframe element is the composer (fallback.ts says why).
 */
export const EDITOR_FRAMES = [
  // TinyMCE 5-8: the edit area's iframe; its body is body#tinymce.mce-content-body (tinymce source, editors.md).
  'iframe.tox-edit-area__iframe',
  // CKEditor 4 (classic, "wysiwygarea" plugin): the editing iframe; its body is body.cke_editable (ckeditor4 source).
  'iframe.cke_wysiwyg_frame',
].join(', ');

/** Plain and React-controlled textareas: a reply box of its own when a helpdesk's rich editor is gone. */
export const TEXTAREA = 'textarea';

/** Any editing host or text field: the last fallback takes the focused one among these. */
export const ANY_EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea';

/** Not a composer, wherever it sits: the opt-outs other writing tools honour and the extension's own UI (editors.md). */
export const NOT_A_COMPOSER = [
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[data-reply-coach]',
].join(', ');

/** Single-line fields and search regions: search boxes and pickers, never a reply (WAI-ARIA roles). */
export const SINGLE_LINE = '[role="searchbox"], [role="combobox"], [aria-multiline="false"], [role="search"] *, search *';

/** Smallest layout size (CSS px) of a fallback composer when the page is laid out: smaller ones are not reply boxes. */
export const MIN_WIDTH = 80;
export const MIN_HEIGHT = 16;

/**
 * Message lists a conversation is shown in, for the customer's message when a helpdesk's own log selectors fail:
 * ARIA's live log and feed roles (WAI-ARIA: a chat or ticket history is a "log"), then plain lists.
 */
export const MESSAGE_LISTS_STRONG = '[role="log"], [role="feed"]';
export const MESSAGE_LISTS_WEAK = '[role="list"], ol, ul';

/** One message in such a list (WAI-ARIA article/listitem; <article>, <li>). */
export const MESSAGE_ITEM = '[role="article"], article, [role="listitem"], li';

/** Lists that are navigation, menus or toolbars, never a conversation (WAI-ARIA roles, HTML landmarks). */
export const NOT_A_CONVERSATION = 'nav, header, footer, [role="navigation"], [role="menu"], [role="menubar"], [role="toolbar"], [role="tablist"], [role="listbox"], [role="tree"]';

/**
 * Words in a message's class or data-* attribute values that say who wrote it, for lists a helpdesk marks that way
 * (e.g. data-author-kind="staff", class="message--customer"): a guess, used only when the site's own selectors fail.
 */
export const AGENT_WORDS = /\b(?:agent|staff|operator|admin|internal|note|outbound|outgoing|self|me)\b/i;
export const CUSTOMER_WORDS = /\b(?:customer|end-?user|requester|contact|visitor|client|inbound|incoming)\b/i;

/**
 * How each family's paste pipeline treats the text/html flavour of a synthetic paste (measured by the insertion tests
 * in real Chromium, test/browser/insert.spec.ts), matched on the editable root or an ancestor.
 * - Honour `white-space: pre-wrap` on a wrapping span, so an edge space survives and the span is dropped:
 *   CKEditor 5, ProseMirror/Tiptap, Lexical, Quill.
 * - Want text/plain only: Draft.js turns pasted HTML into blocks and trims their edges; Trix takes a synthetic paste
 *   itself only when it carries text/plain alone (its paste handler, trix source), recording it as its own "Paste" undo
 *   entry. With HTML too it leaves the paste to the browser, which does nothing for a synthetic one, and the text then
 *   arrives by beforeinput as "Typing", which Trix merges with the agent's typing of the last 5 s into one undo step.
 * Every other editor gets edge spaces as &nbsp; without any wrapper: roosterjs, CKEditor 4, TinyMCE trim a plain edge
 * space; Froala keeps the wrapper span's style in the draft.
 */
export const PASTE_KEEPS_PRE_WRAP = '.ck-editor__editable, .ProseMirror, [data-lexical-editor="true"], .ql-editor';
export const PASTE_PLAIN_ONLY = '.public-DraftEditor-content, trix-editor';
