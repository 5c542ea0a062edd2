// Gmail: plain contenteditable composers (inline replies and floating compose windows) in the top
// document; the customer's message is the latest thread message not sent by the signed-in agent.

import { EMPTY_CONTEXT, closest, hiddenWithin, pickActive, queryAll, queryOne, safely } from '../common';
import { nearestMessageAbove } from '../editors/customer-fallback';
import { composerElements, editableOf } from '../editors/fallback';
import { EMPTY_DRAFT, cutAtSignatureDelimiter, emailIn, extractText, firstNameOf, readEditable, type DraftText } from '../dom-text';
import type { Composer, ConversationContext, SiteAdapter } from '../types';
import { isVisible } from '../visibility';
import * as S from './selectors';

interface ThreadMessage {
  email: string | null;
  name: string | null;
  text: string;
}

interface Recipient {
  email: string | null;
  name: string | null;
}

/** The outermost compose root around the body (a window .AD may wrap a form .M9). */
function composeRoot(el: Element): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let n = closest(el, S.COMPOSE_ROOT); n; n = n.parentElement ? closest(n.parentElement, S.COMPOSE_ROOT) : null) {
    root = n;
  }
  return root;
}

function findComposers(doc: Document): Composer[] {
  const used = new Set<string>();
  // Gmail's own selector, then editor-engine markers, then the focused editable (a redesign: editors/fallback.ts).
  return composerElements(doc, S.COMPOSER).map((element, i) => {
    const root = composeRoot(element);
    const draft = root ? (queryOne(root, S.DRAFT_ID_INPUT) as HTMLInputElement | null)?.value : undefined;
    let key = draft ? `gmail:draft:${draft}` : `gmail:compose:${i}`;
    if (used.has(key)) key = `gmail:compose:${i}`;
    used.add(key);
    return { element, site: 'gmail', key };
  });
}

function readDraft(composer: Composer): DraftText {
  return readEditable(editableOf(composer.element), { exclude: S.EXCLUDE, cutAtSignature: true });
}

function accountLabel(doc: Document): string | null {
  return queryOne(doc, S.ACCOUNT_BUTTON)?.getAttribute('aria-label') ?? null;
}

/** The agent's address: the compose's From, else the account button, else the page title ("Inbox - me@x - Gmail"). */
function agentEmail(composer: Composer, doc: Document): string | null {
  const root = composeRoot(composer.element);
  const from = root ? (queryOne(root, S.FROM_INPUT) as HTMLInputElement | null)?.value : null;
  return emailIn(from) ?? emailIn(accountLabel(doc)) ?? emailIn(doc.title);
}

/** Name in the account button's label, "<localized words>: Name (address)"; null when the shape differs. */
function accountName(doc: Document): string | null {
  const label = accountLabel(doc);
  if (!label || !label.includes(':')) return null;
  const afterColon = label.slice(label.lastIndexOf(':') + 1);
  return firstNameOf(afterColon.replace(/\([^)]*\)/g, ' '));
}

function attrOf(el: Element, names: readonly string[]): string | null {
  for (const n of names) {
    const v = el.getAttribute(n);
    if (v) return v;
  }
  return null;
}

function recipients(composer: Composer): Recipient[] {
  const root = composeRoot(composer.element);
  if (!root) return [];
  return queryAll(root, S.RECIPIENT).map((chip) => ({
    email: emailIn(attrOf(chip, S.RECIPIENT_EMAIL_ATTRS)),
    name: attrOf(chip, S.RECIPIENT_NAME_ATTRS) ?? (chip.textContent?.trim() || null),
  }));
}

function threadMessages(composer: Composer, doc: Document, floating: boolean): ThreadMessage[] {
  let scope: Element | Document | null = null;
  if (floating) {
    scope = doc;
  } else {
    for (let n: Element | null = composer.element.parentElement; n && !scope; n = n.parentElement) {
      if (queryOne(n, S.THREAD_MESSAGE)) scope = n;
    }
  }
  if (!scope) return [];
  const shown = (m: Element): boolean => (floating ? isVisible(m) : !hiddenWithin(m, scope));
  return queryAll(scope, S.THREAD_MESSAGE)
    .filter((m) => shown(m) && !m.contains(composer.element))
    .map((m): ThreadMessage => {
      const sender = queryOne(m, S.SENDER);
      const body = queryOne(m, S.MESSAGE_BODY);
      return {
        email: emailIn(sender?.getAttribute('email')),
        name: sender?.getAttribute('name') || sender?.textContent?.trim() || null,
        text: body ? cutAtSignatureDelimiter(extractText(body, { exclude: S.EXCLUDE })) : '',
      };
    })
    .filter((m) => m.text !== '');
}

function readContext(composer: Composer, doc: Document): ConversationContext {
  const floating = closest(composer.element, S.FLOATING_COMPOSE) !== null;
  const agent = agentEmail(composer, doc);
  const messages = threadMessages(composer, doc, floating);
  const to = recipients(composer).filter((r) => !agent || r.email !== agent);
  const toEmails = new Set(to.map((r) => r.email).filter((e): e is string => e !== null));

  let candidates = agent ? messages.filter((m) => m.email !== agent) : messages;
  // A floating window may be a new message unrelated to the thread behind it: only a thread
  // message from one of its recipients counts as the customer's.
  if (floating) candidates = candidates.filter((m) => m.email !== null && toEmails.has(m.email));
  const customer = candidates[candidates.length - 1];

  const ownMessages = agent ? messages.filter((m) => m.email === agent) : [];
  const own = ownMessages[ownMessages.length - 1];
  return {
    // Thread markup renamed: the latest message of the nearest message list above the composer.
    customerMessage: customer?.text ?? (!floating && messages.length === 0 ? safely(() => nearestMessageAbove(composer.element), null) : null),
    customerFirstName: firstNameOf(customer?.name) ?? firstNameOf(to[0]?.name),
    agentFirstName: firstNameOf(own?.name) ?? safely(() => accountName(doc), null),
  };
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matches: (url) => safely(() => url.hostname === 'mail.google.com', false),
  findComposers: (doc) => safely(() => findComposers(doc), []),
  activeComposer: (doc, lastFocused) => safely(() => pickActive(findComposers(doc), doc, lastFocused), null),
  readDraft: (composer) => safely(() => readDraft(composer), EMPTY_DRAFT),
  readContext: (composer, doc) => safely(() => readContext(composer, doc), { ...EMPTY_CONTEXT }),
};

/** Whether the document shows Gmail's composer or thread markup (for pages served from test hosts). */
export function looksLikeGmail(doc: Document): boolean {
  return safely(() => queryOne(doc, S.PAGE_MARKERS) !== null, false);
}
