// The customer's message when a helpdesk's own log selectors find nothing (a redesign renamed them): the last message
// of the nearest message list above the composer. Nearest = found in the closest ancestor of the composer that holds
// one; above = before the composer in page order, never around it (a list that contains the composer is the page's
// layout, not its conversation). ARIA logs and feeds win over plain lists at the same level. Null when the page shows
// no such list: the panel then says plainly that it found no customer message.
import { closest, hiddenWithin, queryAll } from '../common';
import { cutAtSignatureDelimiter, extractText } from '../dom-text';
import * as S from './selectors';

/** Quoted history and signatures inside a message: not the customer's latest words (mail markup, editors.md). */
const MESSAGE_EXCLUDE = 'blockquote, .gmail_quote, .gmail_extra, .gmail_signature';

function precedes(list: Element, composer: Element): boolean {
  return !list.contains(composer) && (list.compareDocumentPosition(composer) & 4) /* FOLLOWING */ !== 0;
}

function isConversation(list: Element, scope: Element): boolean {
  return closest(list, S.NOT_A_CONVERSATION) === null && !hiddenWithin(list, scope);
}

/** The list's messages: its own items (not those of a list nested in one), else its element children. */
function itemsOf(list: Element): Element[] {
  const items = queryAll(list, S.MESSAGE_ITEM).filter((item) => {
    const owner = item.parentElement ? closest(item.parentElement, `${S.MESSAGE_LISTS_STRONG}, ${S.MESSAGE_LISTS_WEAK}`) : null;
    return owner === list || owner === null || !list.contains(owner);
  });
  return items.length > 0 ? items : Array.from(list.children);
}

/** Who the item's own markup says wrote it: its class and data-* values, split into words ("author-kind staff"). */
function authorHint(item: Element): 'agent' | 'customer' | null {
  const values = Array.from(item.attributes)
    .filter((a) => a.name === 'class' || a.name.startsWith('data-'))
    .map((a) => a.value.replace(/[-_]+/g, ' '))
    .join(' ');
  if (S.CUSTOMER_WORDS.test(values)) return 'customer';
  if (S.AGENT_WORDS.test(values)) return 'agent';
  return null;
}

/** The latest message not marked as the agent's: a customer-marked one if the list marks any, else the last unmarked. */
function lastMessage(list: Element, scope: Element): string | null {
  const items = itemsOf(list).filter((item) => !hiddenWithin(item, scope));
  const hints = items.map(authorHint);
  const wanted = hints.includes('customer') ? 'customer' : null;
  for (let i = items.length - 1; i >= 0; i--) {
    if (hints[i] === 'agent' || (wanted && hints[i] !== wanted)) continue;
    const text = cutAtSignatureDelimiter(extractText(items[i]!, { exclude: MESSAGE_EXCLUDE }));
    if (text) return text;
  }
  return null;
}

function listsAbove(scope: Element, composer: Element, selector: string): Element[] {
  return queryAll(scope, selector).filter((list) => precedes(list, composer) && isConversation(list, scope));
}

/** The text of the latest message in the nearest message list above `composer`, or null. */
export function nearestMessageAbove(composer: Element): string | null {
  for (let scope = composer.parentElement; scope; scope = scope.parentElement) {
    for (const selector of [S.MESSAGE_LISTS_STRONG, S.MESSAGE_LISTS_WEAK]) {
      const lists = listsAbove(scope, composer, selector);
      // The closest one before the composer: the last in page order.
      for (let i = lists.length - 1; i >= 0; i--) {
        const text = lastMessage(lists[i]!, scope);
        if (text) return text;
      }
    }
  }
  return null;
}
