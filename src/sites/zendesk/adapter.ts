// Zendesk Agent Workspace: CKEditor 5 composers in the top document; every open ticket keeps its panel
// (and editor) mounted, so the active one is found by focus, visibility and the ticket id in the URL.

import { EMPTY_CONTEXT, closest, hiddenWithin, outermost, pickActive, queryAll, queryOne, safely } from '../common';
import { nearestMessageAbove } from '../editors/customer-fallback';
import { composerElements, editableOf } from '../editors/fallback';
import { EMPTY_DRAFT, cutAtSignatureDelimiter, extractText, firstNameOf, readEditable, type DraftText } from '../dom-text';
import type { Composer, ConversationContext, SiteAdapter } from '../types';
import { isVisible } from '../visibility';
import * as S from './selectors';

type Role = 'customer' | 'agent' | 'note' | 'unknown';

interface LogEntry {
  item: HTMLElement;
  role: Role;
  text: string;
}

function urlOf(doc: Document): string {
  return safely(() => doc.location?.href ?? doc.URL ?? '', '');
}

/** The ticket the agent is looking at: from the URL, else the selected header tab. */
function activeTicketId(doc: Document): string | null {
  const m = S.TICKET_URL.exec(urlOf(doc));
  if (m?.[1]) return m[1];
  const tab = queryOne(doc, S.ACTIVE_TAB);
  return tab?.getAttribute(S.ACTIVE_TAB_ID_ATTR) || null;
}

function panelOf(el: Element): HTMLElement | null {
  return closest(el, S.TICKET_PANEL);
}

function panelTicketId(el: Element): string | null {
  return panelOf(el)?.getAttribute(S.TICKET_PANEL_ID_ATTR) || null;
}

function findComposers(doc: Document): Composer[] {
  // Zendesk's own selectors, then editor-engine markers, then the focused editable (a redesign: editors/fallback.ts).
  const elements = composerElements(doc, S.COMPOSER);
  const urlId = activeTicketId(doc);
  const visible = elements.filter((el) => isVisible(el));
  const used = new Set<string>();
  return elements.map((element, i) => {
    const id = panelTicketId(element) ?? (urlId && visible.length === 1 && visible[0] === element ? urlId : null);
    let key = id ? `zendesk:ticket:${id}` : `zendesk:composer:${i}`;
    if (used.has(key)) key = `${key}:${i}`;
    used.add(key);
    return { element, site: 'zendesk', key };
  });
}

function activeComposer(doc: Document, lastFocused: Element | null): Composer | null {
  const composers = findComposers(doc);
  const current = activeTicketId(doc);
  const ticketOf = (c: Composer): string | null => panelTicketId(c.element);
  return pickActive(composers, doc, lastFocused, {
    // A composer in another ticket's panel is a background one, even if Zendesk left it "visible".
    eligible: (c) => !current || !ticketOf(c) || ticketOf(c) === current,
    prefer: (visible) => (current ? visible.find((c) => ticketOf(c) === current) ?? null : null),
  });
}

function readDraft(composer: Composer): DraftText {
  return readEditable(editableOf(composer.element), { exclude: S.EDITOR_UI });
}

/** The part of the page holding this composer's conversation: its ticket panel, else the nearest ancestor with a log. */
function conversationScope(composer: Composer): Element | null {
  const panel = panelOf(composer.element);
  if (panel) return panel;
  for (let n: Element | null = composer.element.parentElement; n; n = n.parentElement) {
    if (queryOne(n, S.MESSAGE_CONTENT)) return n;
  }
  return null;
}

function roleOf(item: HTMLElement): Role {
  if (queryOne(item, S.INTERNAL_NOTE_TAG)) return 'note';
  const bubble = item.matches(S.LOG_MESSAGE) ? item : queryOne(item, S.LOG_MESSAGE);
  const type = bubble?.getAttribute(S.LOG_MESSAGE_ROLE_ATTR);
  if (type === S.ROLE_END_USER) return 'customer';
  if (type === S.ROLE_AGENT) return 'agent';
  if (queryOne(item, S.AGENT_BADGE)) return 'agent';
  return 'unknown';
}

function textOf(item: HTMLElement): string {
  const content = item.matches(S.MESSAGE_CONTENT) ? item : queryOne(item, S.MESSAGE_CONTENT);
  if (!content) return '';
  const body = queryOne(content, S.MESSAGE_BODY) ?? content;
  return cutAtSignatureDelimiter(extractText(body, { exclude: S.MESSAGE_EXCLUDE }));
}

function logEntries(scope: Element): LogEntry[] {
  let items = queryAll(scope, S.LOG_ITEM);
  if (items.length === 0) {
    // Log items renamed: fall back to the message content wrappers themselves.
    items = outermost(queryAll(scope, S.MESSAGE_CONTENT).map((c) => closest(c, 'article') ?? c));
  }
  return items
    .filter((item) => !hiddenWithin(item, scope))
    .map((item) => ({ item, role: roleOf(item), text: textOf(item) }))
    .filter((e) => e.text !== '');
}

function lastWhere<T>(list: readonly T[], test: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const t = list[i];
    if (t !== undefined && test(t)) return t;
  }
  return undefined;
}

/** Latest customer message; else latest not written by an agent; else latest message (never an internal note). */
function customerEntry(entries: readonly LogEntry[]): LogEntry | undefined {
  return (
    lastWhere(entries, (e) => e.role === 'customer') ??
    lastWhere(entries, (e) => e.role === 'unknown') ??
    lastWhere(entries, (e) => e.role !== 'note')
  );
}

function requesterFirstName(scope: Element | null, doc: Document): string | null {
  const field = scope ? queryOne(scope, S.REQUESTER_FIELD) : queryAll(doc, S.REQUESTER_FIELD).find((f) => isVisible(f));
  return firstNameOf(field?.textContent);
}

function agentFirstName(doc: Document): string | null {
  const avatar = queryAll(doc, S.AGENT_AVATAR)[0];
  return firstNameOf(avatar?.getAttribute('alt'));
}

function readContext(composer: Composer, doc: Document): ConversationContext {
  const scope = conversationScope(composer);
  const entry = scope ? customerEntry(logEntries(scope)) : undefined;
  const senderName =
    entry && entry.role !== 'agent' ? firstNameOf(queryOne(entry.item, S.SENDER)?.textContent) : null;
  return {
    // The log's own selectors renamed: the latest message of the nearest message list above the composer.
    customerMessage: entry?.text ?? safely(() => nearestMessageAbove(composer.element), null),
    customerFirstName: safely(() => requesterFirstName(scope, doc), null) ?? senderName,
    agentFirstName: safely(() => agentFirstName(doc), null),
  };
}

export const zendeskAdapter: SiteAdapter = {
  id: 'zendesk',
  matches: (url) => safely(() => url.hostname === 'zendesk.com' || url.hostname.endsWith('.zendesk.com'), false),
  findComposers: (doc) => safely(() => findComposers(doc), []),
  activeComposer: (doc, lastFocused) => safely(() => activeComposer(doc, lastFocused), null),
  readDraft: (composer) => safely(() => readDraft(composer), EMPTY_DRAFT),
  readContext: (composer, doc) => safely(() => readContext(composer, doc), { ...EMPTY_CONTEXT }),
};

/** Whether the document shows a Zendesk composer or conversation log (for pages served from test hosts). */
export function looksLikeZendesk(doc: Document): boolean {
  return safely(() => queryOne(doc, S.PAGE_MARKERS) !== null, false);
}
