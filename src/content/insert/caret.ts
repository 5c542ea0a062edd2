// Caret helpers for contenteditable composers and text fields. DOM only: no extension APIs, no HTML sinks.
// Works across same-origin iframes (TinyMCE's editable is an iframe body), so nothing here uses `instanceof` or the
// global `document`/`window`: always the node's own ownerDocument/defaultView.

/** Blocks that are not the agent's own text: Gmail's signature and quoted history, other mailers' equivalents. */
export const NOT_AGENT_TEXT = [
  '.gmail_signature',
  '.gmail_signature_prefix',
  '[data-smartmail="gmail_signature"]',
  '.gmail_quote',
  '.gmail_quote_container',
  '.gmail_extra',
  'blockquote[type="cite"]',
  '.moz-signature',
  '.moz-cite-prefix',
  '#appendonsend',
  '#divRplyFwdMsg',
].join(',');

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY',
]);

/** Zero-width characters editors use as caret fillers (CKEditor's inline filler, Slate/Lexical/Draft placeholders). */
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export interface CaretPoint {
  node: Node;
  offset: number;
}

export type TextField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

export function isTextField(el: Element): el is TextField {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}

/** The editing host that contains `el` (the outermost contenteditable ancestor), or null. */
export function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if ((cur as HTMLElement).isContentEditable) host = cur as HTMLElement;
    else if (host) break;
  }
  return host;
}

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** The selection's first range when it lies inside `host`, else null. */
export function selectionIn(host: Element): Range | null {
  const sel = host.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!host.contains(range.startContainer) || !host.contains(range.endContainer)) return null;
  return range.cloneRange();
}

function closestBlock(node: Node, host: Element): Element {
  for (let cur: Node | null = node; cur && cur !== host; cur = cur.parentNode) {
    if (isBlock(cur)) return cur as Element;
  }
  return host;
}

/**
 * The visible character just before (`dir` -1) or after (+1) a caret point, within its block.
 * '' means a line boundary (start/end of a block, or a <br>).
 */
export function charBeside(host: Element, point: CaretPoint, dir: -1 | 1): string {
  const doc = host.ownerDocument;
  const block = closestBlock(point.node, host);
  const span = doc.createRange();
  if (dir < 0) {
    span.setStart(block, 0);
    span.setEnd(point.node, point.offset);
  } else {
    span.setStart(point.node, point.offset);
    span.setEnd(block, block.childNodes.length);
  }
  const walker = doc.createTreeWalker(block, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let last = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (span.comparePoint(node, 0) > 0) break;
    if (!span.intersectsNode(node)) continue;
    if (node.nodeType === 3) {
      let data = (node as Text).data;
      if (node === span.endContainer) data = data.slice(0, span.endOffset);
      if (node === span.startContainer) data = data.slice(span.startOffset);
      data = stripZeroWidth(data);
      if (!data) continue;
      if (dir > 0) return data.charAt(0);
      last = data.charAt(data.length - 1);
    } else if ((node as Element).tagName === 'BR' || isBlock(node)) {
      if (dir > 0) return '';
      last = '';
    }
  }
  return last;
}

/**
 * Where the agent's own text ends: after the last visible text that precedes the signature or quoted history
 * (Gmail keeps both inside the editable). Falls back to the start of the first block, then to the host itself.
 */
export function agentTextEnd(host: Element): CaretPoint {
  const doc = host.ownerDocument;
  const stop = host.querySelector(NOT_AGENT_TEXT);
  const walker = doc.createTreeWalker(host, 4 /* SHOW_TEXT */);
  let lastText: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (stop && (stop.contains(node) || stop.compareDocumentPosition(node) & 4 /* FOLLOWING */)) break;
    if (/\S/.test(stripZeroWidth((node as Text).data).replace(/\u00a0/g, 'x'))) lastText = node as Text;
  }
  if (lastText) {
    const data = lastText.data;
    // Stay before trailing zero-width fillers and collapsed whitespace, so spacing is judged on the visible text.
    let end = data.length;
    while (end > 0 && /^(\s|\u200b|\u200c|\u200d|\u2060|\ufeff)$/.test(data.charAt(end - 1)) && data.charAt(end - 1) !== '\u00a0') end--;
    return { node: lastText, offset: end };
  }
  // No text yet: the first (deepest) empty block before the signature/quote, e.g. CKEditor's <p><br></p>.
  let block: Element = host;
  for (let child = host.firstElementChild; child && child !== stop && !child.contains(stop); ) {
    if (!isBlock(child)) break;
    block = child;
    child = child.firstElementChild;
  }
  return { node: block, offset: 0 };
}

export function rangeAt(doc: Document, point: CaretPoint): Range {
  const range = doc.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  return range;
}

export function applyRange(range: Range): void {
  const sel = range.startContainer.ownerDocument?.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

export function sameRange(a: Range | null, b: Range): boolean {
  return (
    !!a &&
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * A caret's box on the screen of the page the content script runs in, or null for a caret with no box (a collapsed
 * range on an empty line). A range in an iframe editor's body is measured in the frame's own viewport: it is moved by
 * where each frame's content box (inside its border and padding) sits in its parent, up to the top page.
 */
export function caretRectInPage(range: Range): DOMRect | null {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0 && rect.top === 0) return null;
  let x = rect.left;
  let y = rect.top;
  for (let frame = range.startContainer.ownerDocument?.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += box.left + frame.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
    y += box.top + frame.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
  }
  return new DOMRect(x, y, rect.width, rect.height);
}

/**
 * Give the composer its focus back after the extension's UI took it (the phrase picker), and put the caret back at
 * `range`, the agent's caret before: in an iframe editor that is the frame's own selection, so the frame is focused
 * first, then its editable body (focusing the iframe alone leaves the body unfocused, and keys go nowhere).
 */
export function restoreCaret(target: HTMLElement, range: Range | null): void {
  focusTarget(target);
  if (range?.startContainer.isConnected && target.contains(range.startContainer)) applyRange(range);
}

function focusWithoutScroll(el: HTMLElement): void {
  if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
}

/** Focus a text field, or an editable's host (in its frame too), without letting focus move an existing caret. */
export function focusTarget(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const frame = doc.defaultView?.frameElement as HTMLElement | null | undefined;
  if (frame && frame.ownerDocument.activeElement !== frame) frame.focus({ preventScroll: true });
  if (isTextField(el)) {
    focusWithoutScroll(el);
    return;
  }
  const saved = selectionIn(el);
  focusWithoutScroll(el);
  if (saved && !sameRange(selectionIn(el), saved)) applyRange(saved);
}

/**
 * Focus the composer and put the caret at the end of the agent's own text (for Gmail: before the signature and the
 * quoted history). Returns the caret range (null for text fields, whose caret is set with setSelectionRange).
 */
export function placeCaretAtEnd(target: HTMLElement): Range | null {
  if (isTextField(target)) {
    focusTarget(target);
    const end = target.value.replace(/\s+$/, '').length;
    target.setSelectionRange(end, end);
    return null;
  }
  const host = editingHost(target) ?? target;
  focusTarget(host);
  const range = rangeAt(host.ownerDocument, agentTextEnd(host));
  applyRange(range);
  return range;
}
