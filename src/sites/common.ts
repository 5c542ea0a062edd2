// Pieces every adapter shares: choosing the active composer, de-duplicating nested editables, and
// turning a broken page (selectors gone stale) into "nothing found" rather than an exception.

import type { Composer, ConversationContext } from './types';
import { isDisplayNone, isVisible } from './visibility';

export const EMPTY_CONTEXT: ConversationContext = Object.freeze({
  customerMessage: null,
  customerFirstName: null,
  agentFirstName: null,
});

/** Run `fn`; on any exception give `fallback`. Pages change under us: a missing element must never throw. */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** querySelectorAll that tolerates a selector the engine rejects, typed to HTMLElement. */
export function queryAll(root: ParentNode, selector: string): HTMLElement[] {
  try {
    return Array.from(root.querySelectorAll<HTMLElement>(selector));
  } catch {
    return [];
  }
}

export function queryOne(root: ParentNode, selector: string): HTMLElement | null {
  try {
    return root.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}

export function closest(el: Element, selector: string): HTMLElement | null {
  try {
    return el.closest<HTMLElement>(selector);
  } catch {
    return null;
  }
}

/** Drop elements that sit inside another element of the list (nested editables), keeping document order. */
export function outermost<T extends Element>(els: readonly T[]): T[] {
  const unique = Array.from(new Set(els));
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && active !== doc.body && active !== doc.documentElement ? active : null;
}

function owning(composers: readonly Composer[], node: Element | null): Composer | undefined {
  if (!node) return undefined;
  return composers.find((c) => c.element === node || c.element.contains(node));
}

interface PickOptions {
  /** Whether a composer that is not focused may still be chosen (e.g. not another ticket's). */
  eligible?: (composer: Composer) => boolean;
  /** Breaks a tie between several visible eligible composers; none chosen when absent. */
  prefer?: (visible: readonly Composer[]) => Composer | null;
}

/**
 * The composer the agent is using: the focused one, else the last focused one if still connected and
 * visible, else the only visible one. Hidden composers are never returned.
 */
export function pickActive(
  composers: readonly Composer[],
  doc: Document,
  lastFocused: Element | null,
  options: PickOptions = {},
): Composer | null {
  const focused = owning(composers, deepActiveElement(doc));
  if (focused && isVisible(focused.element)) return focused;
  const eligible = options.eligible ? composers.filter(options.eligible) : composers;
  if (lastFocused?.isConnected) {
    const last = owning(eligible, lastFocused);
    if (last && isVisible(last.element)) return last;
  }
  const visible = eligible.filter((c) => isVisible(c.element));
  if (visible.length === 1) return visible[0] ?? null;
  if (visible.length > 1 && options.prefer) return options.prefer(visible);
  return null;
}

/** True when `el` is hidden by markup somewhere between itself and `scope` (scope excluded). */
export function hiddenWithin(el: Element, scope: Element | Document): boolean {
  for (let n: Element | null = el; n && n !== scope; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.hasAttribute('inert') || n.getAttribute('aria-hidden') === 'true') return true;
    if (isDisplayNone(n)) return true;
  }
  return false;
}
