// Visibility checks that give the same answer with and without a layout engine.
// jsdom has no layout (getClientRects() is always empty), so the attribute and style checks come first
// and rectangles are consulted only when the document demonstrably has layout.

/** The parent element, crossing shadow-root boundaries to the host. */
function parentOrHost(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  // A ShadowRoot has a host; a Document does not.
  return 'host' in root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

function computedStyle(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  try {
    return view.getComputedStyle(el);
  } catch {
    return null;
  }
}

/** display:none on the element itself (inline style, or computed when the document has a window). */
export function isDisplayNone(el: Element): boolean {
  const inline = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (inline && inline.display === 'none') return true;
  const cs = computedStyle(el);
  return cs !== null && cs.display === 'none';
}

/** Whether this document is laid out (a real browser), as opposed to jsdom or a DOMParser document. */
export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement as Element | null;
  if (!root || typeof root.getClientRects !== 'function') return false;
  try {
    return root.getClientRects().length > 0;
  } catch {
    return false;
  }
}

/** Element or an ancestor carries `hidden`, `inert` or aria-hidden="true" (attributes only: no style is computed). */
function isHiddenByAttributes(el: Element): boolean {
  for (let n: Element | null = el; n; n = parentOrHost(n)) {
    if (n.hasAttribute('hidden') || n.hasAttribute('inert') || n.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** Element or an ancestor is hidden by markup: `hidden`, `inert`, aria-hidden="true", or display:none. */
function isHiddenByMarkup(el: Element): boolean {
  for (let n: Element | null = el; n; n = parentOrHost(n)) {
    if (n.hasAttribute('hidden') || n.hasAttribute('inert')) return true;
    if (n.getAttribute('aria-hidden') === 'true') return true;
    if (isDisplayNone(n)) return true;
  }
  return false;
}

/**
 * Whether the agent can see the element: connected, not hidden by markup or style on it or any ancestor,
 * not visibility:hidden, and (only when the document has layout) rendered with a box.
 */
export function isVisible(el: Element | null | undefined): boolean {
  try {
    if (!el || !el.isConnected) return false;
    if (el.ownerDocument.defaultView && typeof el.checkVisibility === 'function') {
      // A browser with layout (jsdom has no checkVisibility): one native call answers for display, visibility and
      // having a box, up the flat tree, instead of a computed style object per ancestor; this runs after every pause
      // in typing.
      return !isHiddenByAttributes(el) && el.checkVisibility({ visibilityProperty: true });
    }
    if (isHiddenByMarkup(el)) return false;
    const cs = computedStyle(el);
    if (cs && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return false;
    if (hasLayout(el.ownerDocument) && el.getClientRects().length === 0) return false;
    return true;
  } catch {
    return false;
  }
}

/** Width and height when the document has layout; null in jsdom. */
export function layoutSize(el: Element): { width: number; height: number } | null {
  if (!hasLayout(el.ownerDocument)) return null;
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height };
}
