// Insert a phrase at the caret of a helpdesk composer so that the page's editor keeps it (see shared/notes/editors.md).
//
// Order: a cancelable synthetic `paste` carrying text/plain and text/html (CKEditor 5, ProseMirror/Tiptap, Quill,
// Lexical, Draft.js, TinyMCE take it through their own model and call preventDefault); else a synthetic `beforeinput`
// insertText (Slate); else document.execCommand('insertText') (plain contenteditable such as Gmail, which keeps the
// browser's own undo). Text fields always use execCommand: it keeps undo and fires the input event React listens to.
// In Firefox the paste is dispatched from the page's own world by a helper (page-world-paste.ts): data a content
// script puts in a synthetic paste reads as empty to the page there.
// Whatever the method, the text is read back; a method the editor accepted is never followed by another one.
//
// DOM only: no extension APIs here, the content script calls this. No HTML sinks: the text/html flavour is a string
// handed to the editor's own clipboard pipeline, built with escaping.

import {
  agentTextEnd,
  applyRange,
  charBeside,
  editingHost,
  focusTarget,
  isTextField,
  rangeAt,
  sameRange,
  selectionIn,
  stripZeroWidth,
  type CaretPoint,
  type TextField,
} from './caret';
import { PASTE_KEEPS_PRE_WRAP, PASTE_PLAIN_ONLY } from '../../sites/editors/selectors';
import { PAGE_PASTE_EVENT } from './page-paste-event';
import { closeUndoStep } from './undo-window';

export type InsertMethod = 'paste' | 'beforeinput' | 'execCommand' | 'textarea';

export type InsertResult = { ok: true; method: InsertMethod } | { ok: false; reason: string };

export interface InsertOptions {
  /**
   * Where to insert when the composer holds no live selection, e.g. a range saved on `focusout` before the agent
   * clicked the extension's panel. A Range for editables, offsets for text fields. Ignored when stale.
   */
  selection?: Range | { start: number; end: number } | null;
  /**
   * Use `selection` even when the composer is focused with a caret of its own: the selection is what to replace (an
   * abbreviation being expanded, a finding being replaced), or where the agent's caret was before a picker took focus.
   */
  force?: boolean;
  /** Add a space where the phrase would otherwise touch a word (default true). */
  spacing?: boolean;
  /** Methods to try, in order, for editables (default paste, beforeinput, execCommand). */
  methods?: ReadonlyArray<'paste' | 'beforeinput' | 'execCommand'>;
  /** How long to wait for an editor that re-renders before declaring the text lost, in ms (default 500). */
  timeoutMs?: number;
}

const DEFAULT_METHODS = ['paste', 'beforeinput', 'execCommand'] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Text that must not get a space before it (closing punctuation) or after the previous character (openers). */
const NO_SPACE_BEFORE = /^[\s.,;:!?)\]}»”’…%]/;
const NO_SPACE_AFTER_CHAR = /[\s([{«“‘/-]/;
const NO_SPACE_BEFORE_CHAR = /[\s.,;:!?)\]}»”’…]/;

/** Spaces to add around `text` given the characters beside the caret ('' = line boundary). */
export function withSpacing(text: string, before: string, after: string): string {
  let out = text;
  if (before && !NO_SPACE_AFTER_CHAR.test(before) && !NO_SPACE_BEFORE.test(out)) out = ' ' + out;
  if (after && !NO_SPACE_BEFORE_CHAR.test(after) && !/\s$/.test(out)) out = out + ' ';
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The text/html flavour: escaped lines joined by <br>, in a span with `white-space: pre-wrap` so that editors' HTML
 * parsers keep a leading or trailing space (CKEditor 5, ProseMirror/Tiptap, Lexical and Quill honour it). With
 * `edgeNbsp`, spaces that HTML would collapse become &nbsp; instead, with no wrapper (TinyMCE, CKEditor 4 and
 * roosterjs ignore the style and trim the space; Froala keeps the span; TinyMCE turns a leading &nbsp; back into a space).
 */
export function textToClipboardHtml(text: string, edgeNbsp = false): string {
  const lines = text.split(/\r\n|\r|\n/).map(escapeHtml);
  if (!edgeNbsp) return `<meta charset="utf-8"><span style="white-space: pre-wrap;">${lines.join('<br>')}</span>`;
  const keep = (line: string) =>
    line
      .replace(/ {2}/g, ' &nbsp;')
      .replace(/^ /, '&nbsp;')
      .replace(/ $/, '&nbsp;');
  return `<meta charset="utf-8">${lines.map(keep).join('<br>')}`;
}

/** The clipboard shaped for the editor's paste pipeline, found by its own DOM markers (sites/editors/selectors.ts). */
function clipboardFor(host: HTMLElement, phrase: string): { plain: string; html: string | null } {
  if (host.closest(PASTE_PLAIN_ONLY)) return { plain: phrase, html: null };
  return { plain: phrase, html: textToClipboardHtml(phrase, !host.closest(PASTE_KEEPS_PRE_WRAP)) };
}

/** Count of `needle` in `hay`, both compared without any whitespace (editors render spaces and breaks differently). */
function occurrences(hay: string, needle: string): number {
  const squash = (s: string) => stripZeroWidth(s).replace(/[\s\u00a0]+/g, '');
  const h = squash(hay);
  const n = squash(needle);
  if (!n) return 0;
  let count = 0;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) count++;
  return count;
}

function rawText(el: Element): string {
  return isTextField(el) ? el.value : (el.textContent ?? '');
}

/** Let selectionchange listeners (and Quill's 1 ms follow-up timer) see a caret we just moved. */
async function selectionSettled(doc: Document, maxWaitMs = 50): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    doc.addEventListener('selectionchange', done);
  });
  await sleep(5);
}

/** Wait until the phrase's count reaches `want` (or the timeout), then confirm it stays (editors that revert the DOM). */
async function readBack(el: Element, text: string, want: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = occurrences(rawText(el), text);
  while (count < want && Date.now() < deadline) {
    await sleep(10);
    count = occurrences(rawText(el), text);
  }
  if (count >= want) {
    await sleep(20);
    count = occurrences(rawText(el), text);
  }
  return count;
}

function resolveTarget(target: Element): Element | null {
  if (!target || !target.isConnected) return null;
  if (target.tagName === 'IFRAME') {
    const body = (target as HTMLIFrameElement).contentDocument?.body;
    return body && (body.isContentEditable || body.ownerDocument.designMode === 'on') ? body : null;
  }
  if (isTextField(target)) return target;
  const host = editingHost(target);
  if (host) return host;
  const inner = target.querySelector('[contenteditable]:not([contenteditable="false"]), textarea, iframe');
  return inner && inner !== target ? resolveTarget(inner) : null;
}

function verdict(count: number, before: number, method: InsertMethod): InsertResult {
  if (count === before + 1) return { ok: true, method };
  if (count > before + 1) return { ok: false, reason: `the text appeared ${count - before} times after ${method}` };
  return { ok: false, reason: `the editor accepted ${method} but the text is not in the composer` };
}

async function insertIntoField(field: TextField, text: string, options: InsertOptions): Promise<InsertResult> {
  if (field.disabled || field.readOnly) return { ok: false, reason: 'the field is read-only' };
  if (field.getClientRects().length === 0) return { ok: false, reason: 'the field is not visible' };
  const doc = field.ownerDocument;
  const wasFocused = doc.activeElement === field;
  let start: number;
  let end: number;
  const saved = options.selection;
  if (options.force && saved && 'start' in saved) {
    start = Math.min(saved.start, field.value.length);
    end = Math.min(Math.max(saved.end, start), field.value.length);
  } else if (wasFocused && field.selectionStart !== null && field.selectionEnd !== null) {
    start = field.selectionStart;
    end = field.selectionEnd;
  } else if (saved && 'start' in saved) {
    start = Math.min(saved.start, field.value.length);
    end = Math.min(Math.max(saved.end, start), field.value.length);
  } else {
    start = end = field.value.replace(/\s+$/, '').length;
  }
  focusTarget(field);
  field.setSelectionRange(start, end);
  const value = field.value;
  const phrase = options.spacing === false ? text : withSpacing(text, value.charAt(start - 1), value.charAt(end));
  const before = occurrences(value, text);
  const took = doc.execCommand('insertText', false, phrase);
  if (!took) return { ok: false, reason: 'execCommand insertText was refused by the field' };
  const count = await readBack(field, text, before + 1, options.timeoutMs ?? 500);
  return verdict(count, before, 'textarea');
}

/** Focus is in the host, and, for an iframe's body (TinyMCE), the iframe itself is focused in its parent. */
function hasFocus(host: HTMLElement): boolean {
  const doc = host.ownerDocument;
  const active = doc.activeElement;
  if (!active || !(active === host || host.contains(active)) || !doc.hasFocus()) return false;
  const frame = doc.defaultView?.frameElement;
  return !frame || frame.ownerDocument.activeElement === frame;
}

function atVeryStart(host: HTMLElement, range: Range): boolean {
  if (!range.collapsed) return false;
  const before = host.ownerDocument.createRange();
  before.setStart(host, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return stripZeroWidth(before.toString()).trim() === '' && stripZeroWidth(host.textContent ?? '').trim() !== '';
}

/** Decide the caret: the live selection in the host, else a saved one, else the end of the agent's own text. */
async function settleCaret(host: HTMLElement, options: InsertOptions): Promise<Range> {
  const doc = host.ownerDocument;
  const live = selectionIn(host);
  const forced = options.force && options.selection && 'startContainer' in options.selection;
  if (live && hasFocus(host) && !forced) {
    // The agent may have just moved the caret (a click, End): let the editor's selectionchange handler run first.
    await selectionSettled(doc, 25);
    return selectionIn(host) ?? live;
  }
  let want: Range | null = null;
  const saved = options.selection;
  if (saved && 'startContainer' in saved && saved.startContainer.isConnected && host.contains(saved.startContainer)) {
    want = saved.cloneRange();
  } else if (live && !atVeryStart(host, live)) {
    // The agent's caret, kept while focus went elsewhere (e.g. the extension's panel). A caret at the very start of
    // an unfocused composer is an editor's default (TinyMCE sets one on load), not the agent's: ignore it.
    want = live;
  }
  focusTarget(host);
  const point: CaretPoint = want ? { node: want.startContainer, offset: want.startOffset } : agentTextEnd(host);
  const range = want ?? rangeAt(doc, point);
  // Editors sync their model selection from selectionchange; some re-render their old selection on focus.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!sameRange(selectionIn(host), range)) applyRange(range);
    await selectionSettled(doc);
    if (sameRange(selectionIn(host), range)) break;
  }
  return selectionIn(host) ?? range;
}

function pasteEvent(win: Window & typeof globalThis, host: HTMLElement, text: string): ClipboardEvent {
  const data = new win.DataTransfer();
  const flavours = clipboardFor(host, text);
  data.setData('text/plain', flavours.plain);
  if (flavours.html !== null) data.setData('text/html', flavours.html);
  return new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
}

/** Firefox's content-script sandbox: the only place where `wrappedJSObject` (the page's unwrapped window) exists. */
function inFirefoxSandbox(win: Window): boolean {
  return 'wrappedJSObject' in win;
}

/**
 * Dispatch the paste and say whether the editor took it (called preventDefault). In Firefox's sandbox the page would
 * read our clipboard data as empty, so the page-world helper (page-world-paste.ts) dispatches it. Without the helper
 * (a site switched on at run time: sites.ts registers only the content script) no paste is seen, and the next methods
 * are tried.
 */
function dispatchPaste(win: Window & typeof globalThis, host: HTMLElement, target: Node, text: string): boolean {
  if (!inFirefoxSandbox(win)) {
    const event = pasteEvent(win, host, text);
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }
  let seen: Event | null = null;
  const watch = (event: Event) => {
    seen ??= event;
  };
  win.addEventListener('paste', watch, true);
  try {
    const detail = JSON.stringify(clipboardFor(host, text));
    target.dispatchEvent(new win.CustomEvent(PAGE_PASTE_EVENT, { detail, bubbles: true, composed: true }));
  } finally {
    win.removeEventListener('paste', watch, true);
  }
  return (seen as Event | null)?.defaultPrevented ?? false;
}

/**
 * Insert `text` at the caret of `target` (a contenteditable composer or anything inside it, a textarea/input, or a
 * TinyMCE-style iframe or its body). Without a caret in the target, the text goes to the end of the agent's own text.
 */
export async function insertText(target: HTMLElement, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  if (!text) return { ok: false, reason: 'nothing to insert' };
  const el = resolveTarget(target);
  if (!el) return { ok: false, reason: 'the target is not an editable composer (or is detached)' };
  if (isTextField(el)) return insertIntoField(el, text, options);

  const host = el as HTMLElement;
  // Zendesk keeps background tickets' composers mounted but hidden: never write into one the agent cannot see.
  if (host.getClientRects().length === 0) return { ok: false, reason: 'the composer is not visible' };
  const doc = host.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'the composer has no window' };
  const timeoutMs = options.timeoutMs ?? 500;

  const range = await settleCaret(host, options);
  let phrase = text;
  if (options.spacing !== false) {
    const before = charBeside(host, { node: range.startContainer, offset: range.startOffset }, -1);
    const after = charBeside(host, { node: range.endContainer, offset: range.endOffset }, 1);
    phrase = withSpacing(text, before, after);
  }
  const caretNode = range.startContainer;
  const eventTarget = (caretNode.nodeType === 1 ? caretNode : caretNode.parentElement) ?? host;
  const before = occurrences(rawText(host), text);
  closeUndoStep(host);

  for (const method of options.methods ?? DEFAULT_METHODS) {
    let accepted: boolean;
    if (method === 'paste') {
      accepted = dispatchPaste(win, host, eventTarget, phrase);
    } else if (method === 'beforeinput') {
      const event = new win.InputEvent('beforeinput', {
        inputType: 'insertText',
        data: phrase,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      host.dispatchEvent(event);
      accepted = event.defaultPrevented;
    } else {
      // Always re-apply the caret, even where it already is: a selection change closes the browser's typing command,
      // so the insertion is its own undo step instead of merging with what the agent just typed.
      applyRange(range);
      accepted = doc.execCommand('insertText', false, phrase);
    }
    if (accepted) return verdict(await readBack(host, text, before + 1, timeoutMs), before, method);
    // Not accepted: some editors still handle an event without preventDefault. Look once before moving on, so the
    // text is never inserted twice.
    await sleep(0);
    const count = occurrences(rawText(host), text);
    if (count > before) return verdict(await readBack(host, text, before + 1, timeoutMs), before, method);
  }
  return { ok: false, reason: 'no insertion method was accepted by the editor' };
}

