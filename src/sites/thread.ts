// What the helpdesks behind a switch (Outlook, Freshdesk, Intercom, Help Scout, Front) share: their conversation is a
// list of messages around the composer, each written by the customer, by an agent, or by someone the markup does not
// name; the message to answer is the customer's latest. Each adapter says how its markup shows that (a ThreadShape);
// this reads it, and a page whose markup changed gives no message rather than the wrong one or an exception.

import { hiddenWithin, outermost, queryAll, queryOne, safely } from './common';
import { cutAtSignatureDelimiter, extractText } from './dom-text';
import type { Composer } from './types';

type Author = 'customer' | 'agent' | 'unknown';

interface ThreadMessage {
  item: HTMLElement;
  author: Author;
  /** The message's own words: quoted history and signature left out. */
  text: string;
  /** Its author's display name, as the page shows it; null when it shows none. */
  sender: string | null;
}

export interface ThreadShape {
  /** One message of the conversation. */
  item: string;
  /** The message's body inside an item (the item itself when none matches). */
  body: string;
  /** Parts of a body that are not the author's latest words: quoted history, signatures. */
  exclude: string;
  /** The element whose text is the author's display name, inside an item. */
  sender?: string;
  /** Markers on the item (or inside it) saying who wrote it. */
  customer?: string;
  agent?: string;
  /** A message's place in time, where the page's order is not time's (Help Scout lists the newest first by default). */
  sequence?: (item: HTMLElement) => number | null;
}

function inTimeOrder(items: HTMLElement[], shape: ThreadShape): HTMLElement[] {
  const { sequence } = shape;
  if (!sequence) return items;
  const keyed = items.map((item) => ({ item, at: sequence(item) }));
  // Only when every message says when it was: a partial order would be a guess.
  if (keyed.some((k) => k.at === null || !Number.isFinite(k.at))) return items;
  return keyed.sort((a, b) => (a.at as number) - (b.at as number)).map((k) => k.item);
}

function marked(item: HTMLElement, selector: string | undefined): boolean {
  if (!selector) return false;
  return safely(() => item.matches(selector) || queryOne(item, selector) !== null, false);
}

function authorOf(item: HTMLElement, shape: ThreadShape): Author {
  // Agent first: an agent's reply can quote the customer, and its quoted part may carry the customer's marker.
  if (marked(item, shape.agent)) return 'agent';
  if (marked(item, shape.customer)) return 'customer';
  return 'unknown';
}

/** The nearest ancestor of the composer that holds a message: the conversation it answers (null when none does). */
export function conversationAround(composer: Composer, shape: ThreadShape): Element | null {
  for (let n: Element | null = composer.element.parentElement; n; n = n.parentElement) {
    if (queryOne(n, shape.item)) return n;
  }
  return null;
}

/** The conversation's messages in page order, without hidden ones, the composer's own box, or empty ones. */
export function threadMessages(scope: Element, composer: Composer, shape: ThreadShape): ThreadMessage[] {
  return inTimeOrder(outermost(queryAll(scope, shape.item)), shape)
    .filter((item) => !item.contains(composer.element) && !composer.element.contains(item) && !hiddenWithin(item, scope))
    .map((item): ThreadMessage => {
      const body = queryOne(item, shape.body) ?? item;
      const sender = shape.sender ? queryOne(item, shape.sender) : null;
      return {
        item,
        author: authorOf(item, shape),
        text: cutAtSignatureDelimiter(extractText(body, { exclude: shape.exclude })),
        sender: sender?.textContent?.trim() || null,
      };
    })
    .filter((message) => message.text !== '');
}

function lastWhere<T>(list: readonly T[], test: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const t = list[i];
    if (t !== undefined && test(t)) return t;
  }
  return undefined;
}

/** The customer's latest message; else the latest whose author the page does not say; never an agent's. */
export function latestFromCustomer(messages: readonly ThreadMessage[]): ThreadMessage | undefined {
  return lastWhere(messages, (m) => m.author === 'customer') ?? lastWhere(messages, (m) => m.author === 'unknown');
}

/** The latest message an agent wrote (its sender is most likely the agent at the keyboard). */
export function latestFromAgent(messages: readonly ThreadMessage[]): ThreadMessage | undefined {
  return lastWhere(messages, (m) => m.author === 'agent');
}

/**
 * Composers matching `selector`, outermost only, keyed by the conversation id the URL names (`idInUrl`'s first group)
 * when there is one composer, else by their place in the page.
 */
export function keyedComposers(doc: Document, selector: string, site: Composer['site'], idInUrl: RegExp): Composer[] {
  const elements = outermost(queryAll(doc, selector));
  const url = safely(() => doc.location?.href ?? doc.URL ?? '', '');
  const id = idInUrl.exec(url)?.[1];
  return elements.map((element, i) => ({
    element,
    site,
    key: id && elements.length === 1 ? `${site}:conversation:${id}` : `${site}:composer:${i}`,
  }));
}

/** The text of the first element matching `selector` (optionally within `scope`), trimmed; null when none. */
export function textOf(root: ParentNode, selector: string): string | null {
  const el = queryOne(root, selector);
  return el?.textContent?.trim() || null;
}

/** An attribute of the first element matching `selector`; null when none. */
export function attributeOf(root: ParentNode, selector: string, attribute: string): string | null {
  return queryOne(root, selector)?.getAttribute(attribute) || null;
}
