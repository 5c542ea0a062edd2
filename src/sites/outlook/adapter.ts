// Outlook on the web: a roosterjs composer in the top document (inline reply in the reading pane, or a pop-out
// window). The message being answered is the one Outlook quotes under the reply (its own mail markup, the surest
// source), else the latest one in the reading pane not sent by the agent.

import { EMPTY_CONTEXT, pickActive, queryOne, safely } from '../common';
import { EMPTY_DRAFT, cutAtSignatureDelimiter, extractText, firstNameOf, readEditable, type DraftText } from '../dom-text';
import { conversationAround, keyedComposers, latestFromCustomer, textOf, threadMessages, type ThreadShape } from '../thread';
import type { Composer, ConversationContext, SiteAdapter } from '../types';
import * as S from './selectors';

const READING_PANE: ThreadShape = {
  item: S.READING_PANE_MESSAGE,
  body: S.READING_PANE_BODY,
  exclude: S.MESSAGE_EXCLUDE,
  sender: S.READING_PANE_SENDER,
};

const findComposers = (doc: Document): Composer[] => keyedComposers(doc, S.COMPOSER, 'outlook', S.CONVERSATION_URL);

function readDraft(composer: Composer): DraftText {
  return readEditable(composer.element, { exclude: S.DRAFT_EXCLUDE, cutAtSignature: true });
}

interface Quoted {
  text: string;
  sender: string | null;
}

/** The message quoted under the agent's reply: the blocks after Outlook's header, and the header's first line's name. */
function quotedMessage(composer: Composer): Quoted | null {
  const header = queryOne(composer.element, S.REPLY_HEADER);
  if (!header) return null;
  const parts: string[] = [];
  for (let n = header.nextElementSibling; n; n = n.nextElementSibling) parts.push(extractText(n, { exclude: S.MESSAGE_EXCLUDE }));
  const text = cutAtSignatureDelimiter(parts.filter(Boolean).join('\n'));
  // "From: Maria Ortega <maria@example.com>": the label is localized, the name follows its colon.
  const firstLine = extractText(header).split('\n')[0] ?? '';
  const sender = firstLine.includes(':') ? firstLine.slice(firstLine.indexOf(':') + 1).trim() : null;
  return text ? { text, sender: sender || null } : null;
}

function agentName(doc: Document): string | null {
  for (const selector of S.AGENT_NAME) {
    const name = textOf(doc, selector);
    if (name) return name;
  }
  return null;
}

/** The reading pane's latest message not sent by the agent (by display name: the pane shows no addresses). */
function readingPaneMessage(composer: Composer, agent: string | null): Quoted | null {
  const scope = conversationAround(composer, READING_PANE);
  if (!scope) return null;
  const messages = threadMessages(scope, composer, READING_PANE).map((m) =>
    agent && m.sender?.trim() === agent ? { ...m, author: 'agent' as const } : m,
  );
  const latest = latestFromCustomer(messages);
  return latest ? { text: latest.text, sender: latest.sender } : null;
}

function readContext(composer: Composer, doc: Document): ConversationContext {
  const agent = safely(() => agentName(doc), null);
  const message = quotedMessage(composer) ?? readingPaneMessage(composer, agent);
  return {
    customerMessage: message?.text ?? null,
    customerFirstName: firstNameOf(message?.sender),
    agentFirstName: firstNameOf(agent),
  };
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  matches: (url) =>
    safely(() => ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'].includes(url.hostname), false),
  findComposers: (doc) => safely(() => findComposers(doc), []),
  activeComposer: (doc, lastFocused) => safely(() => pickActive(findComposers(doc), doc, lastFocused), null),
  readDraft: (composer) => safely(() => readDraft(composer), EMPTY_DRAFT),
  readContext: (composer, doc) => safely(() => readContext(composer, doc), { ...EMPTY_CONTEXT }),
};

/** Whether the document is Outlook on the web's (for pages served from test hosts). */
export function looksLikeOutlook(doc: Document): boolean {
  return safely(() => queryOne(doc, S.PAGE_MARKERS) !== null, false);
}
