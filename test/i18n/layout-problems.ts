// What a person would see as broken when a translation is longer or right to left, measured in the real layout:
// text that does not fit its control (scrollWidth past clientWidth), a control sticking out of the window or of the
// box that clips it, a page that scrolls sideways, and buttons drawn over each other. Runs inside the page (Playwright
// serialises it), so it must not use anything from outside its own body.

export interface LayoutScope {
  /** Where to look: the document (undefined) or the shadow root of the element this selector finds. */
  shadowHost?: string;
}

export function layoutProblems(scope: LayoutScope = {}): string[] {
  const problems: string[] = [];
  const root: Document | ShadowRoot | null = scope.shadowHost
    ? (document.querySelector(scope.shadowHost)?.shadowRoot ?? null)
    : document;
  if (!root) return [`no shadow root at ${scope.shadowHost}`];

  const CONTROLS =
    'button, a, label, legend, summary, h1, h2, h3, h4, th, td, p, li, input, select, textarea, code, kbd, q, [role="status"], [role="alert"], [role="option"]';
  const SLACK = 1; // sub-pixel rounding

  const describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}> "${text}"`;
  };
  const visible = (el: Element) => {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
      const style = getComputedStyle(at);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      // Text only for screen readers is meant to be clipped to nothing.
      if (at.classList.contains('visually-hidden')) return false;
    }
    return true;
  };
  /** The nearest box that cuts off what sticks out of it (overflow other than visible), or null for the window. */
  const clipper = (el: Element): Element | null => {
    for (let at = el.parentElement; at && at !== document.documentElement && at !== document.body; at = at.parentElement) {
      const overflow = getComputedStyle(at).overflowX;
      if (overflow !== 'visible') return at;
    }
    return null;
  };

  const controls = [...root.querySelectorAll(CONTROLS)].filter(visible);
  for (const el of controls) {
    const style = getComputedStyle(el);
    const isInline = style.display === 'inline';
    const isField = el.matches('input, textarea');
    // An inline box has no scroll size of its own; a field scrolls the agent's own text by design.
    if (!isInline && !isField && el.scrollWidth > el.clientWidth + SLACK)
      problems.push(`${describe(el)} overflows itself: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    const rect = el.getBoundingClientRect();
    const box = clipper(el);
    const bounds = box ? box.getBoundingClientRect() : { left: 0, right: document.documentElement.clientWidth };
    if (rect.left < bounds.left - SLACK || rect.right > bounds.right + SLACK)
      problems.push(
        `${describe(el)} sticks out of ${box ? describe(box) : 'the window'}: ${Math.round(rect.left)}..${Math.round(rect.right)} ` +
          `outside ${Math.round(bounds.left)}..${Math.round(bounds.right)}`,
      );
  }

  if (!scope.shadowHost) {
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > page.clientWidth + SLACK)
      problems.push(`the page scrolls sideways: scrollWidth ${page.scrollWidth} > clientWidth ${page.clientWidth}`);
  }

  const buttons = controls.filter((el) => el.matches('button'));
  for (let i = 0; i < buttons.length; i++)
    for (let j = i + 1; j < buttons.length; j++) {
      const a = buttons[i]!.getBoundingClientRect();
      const b = buttons[j]!.getBoundingClientRect();
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > SLACK && overlapY > SLACK) problems.push(`${describe(buttons[i]!)} overlaps ${describe(buttons[j]!)}`);
    }
  return problems;
}
