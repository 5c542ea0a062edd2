// Composer detection that survives a helpdesk's redesign. Every built-in adapter calls composerElements() with its
// own selectors: they come first; when none of them finds a composer the agent can see, the editor-engine markers
// (selectors.ts) are tried; when those find none either, the focused, visible editable in the page is taken.
//
// Iframe editors (TinyMCE, CKEditor 4): the composer is the IFRAME element, read through its contentDocument from the
// top frame. The content script does not run inside those frames (no all_frames/match_about_blank): one tracker and
// one badge per tab, placed beside the iframe in the page the agent sees, instead of a second copy of the extension in
// every about:blank frame of the helpdesk (ads, widgets, hidden sandboxes) whose results would have to be merged. The
// frames are written by the editor library into about:blank/srcdoc, so they are same-origin and readable.
import { closest, deepActiveElement, outermost, queryAll } from '../common';
import { isVisible, layoutSize } from '../visibility';
import * as S from './selectors';

/** The document inside an iframe editor, when it is same-origin and loaded; null otherwise. */
function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * The element holding the agent's text for a composer element: an iframe editor's editable body, else the element
 * itself. Reading and writing go through it; finding, focus and placement use the composer element.
 */
export function editableOf(el: HTMLElement): HTMLElement {
  const body = frameDocument(el)?.body;
  return body && (body.isContentEditable || body.ownerDocument.designMode === 'on') ? body : el;
}

/** Whether `el` is editable rich text. jsdom has no isContentEditable: there the attribute decides. */
function isEditable(el: HTMLElement): boolean {
  if (typeof el.isContentEditable === 'boolean') return el.isContentEditable;
  const marked = closest(el, '[contenteditable]');
  return marked !== null && marked.getAttribute('contenteditable') !== 'false';
}

function isTextField(el: HTMLElement): boolean {
  return el.tagName === 'TEXTAREA';
}

/** Too small to be a reply box, when the page is laid out (jsdom has no layout: then size says nothing). */
function isTiny(el: HTMLElement): boolean {
  const size = isVisible(el) ? layoutSize(el) : null;
  return size !== null && (size.width < S.MIN_WIDTH || size.height < S.MIN_HEIGHT);
}

function isUsable(el: HTMLElement): boolean {
  if (closest(el, S.NOT_A_COMPOSER) || el.matches(S.SINGLE_LINE) || isTiny(el)) return false;
  if (isTextField(el)) {
    const field = el as HTMLTextAreaElement;
    return !field.disabled && !field.readOnly;
  }
  if (el.tagName === 'IFRAME') return editableOf(el) !== el;
  return true;
}

/** Iframe editors (TinyMCE, CKEditor 4) whose editable body is readable: the generic adapter's only rich editors it
 * cannot find by contenteditable, since theirs is in another document. */
export function frameEditors(doc: Document): HTMLElement[] {
  return queryAll(doc, S.EDITOR_FRAMES).filter(isUsable);
}

/** Editors found by their engine's markers, iframe editors and textareas included, outermost first in page order. */
function editorElements(doc: Document): HTMLElement[] {
  const found = [...queryAll(doc, S.EDITOR_ROOTS), ...queryAll(doc, S.EDITOR_FRAMES), ...queryAll(doc, S.TEXTAREA)];
  return sortInPageOrder(outermost(found).filter(isUsable));
}

function sortInPageOrder(els: HTMLElement[]): HTMLElement[] {
  return els.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** The outermost editing host around the focused element, or the focused textarea; null when focus is elsewhere. */
function focusedEditable(doc: Document): HTMLElement | null {
  const focused = deepActiveElement(doc) as HTMLElement | null;
  if (!focused) return null;
  if (focused.tagName === 'IFRAME') return isUsable(focused) ? focused : null;
  if (isTextField(focused)) return isUsable(focused) && isVisible(focused) ? focused : null;
  if (!isEditable(focused)) return null;
  let host: HTMLElement = focused;
  for (let n = focused.parentElement; n && isEditable(n); n = n.parentElement) host = n;
  return isUsable(host) && isVisible(host) ? host : null;
}

/**
 * A helpdesk's composers: what its own selectors find, when one of them is visible; else those plus the editors
 * found by their engine's markers; else those plus the focused editable. Hidden site matches are kept either way:
 * the adapter knows which ticket they belong to (background tickets keep their editors mounted).
 */
export function composerElements(doc: Document, siteSelector: string): HTMLElement[] {
  const own = outermost(queryAll(doc, siteSelector));
  if (own.some((el) => isVisible(el))) return own;
  const byEngine = outermost([...own, ...editorElements(doc)]);
  if (byEngine.some((el) => isVisible(el))) return sortInPageOrder(byEngine);
  const focused = focusedEditable(doc);
  return focused ? sortInPageOrder(outermost([...byEngine, focused])) : byEngine;
}
