// One adapter shape for the helpdesks whose page is "a conversation of messages, a composer below it" (Freshdesk,
// Intercom, Help Scout, Front): each gives its selectors (one commented file per helpdesk) and where it names the
// customer and the agent; this does the rest the same way for all, and never throws on a page that changed.

import { EMPTY_CONTEXT, pickActive, queryOne, safely } from './common';
import { EMPTY_DRAFT, firstNameOf, readEditable } from './dom-text';
import { conversationAround, keyedComposers, latestFromAgent, latestFromCustomer, threadMessages, type ThreadShape } from './thread';
import type { Composer, ConversationContext, SiteAdapter } from './types';

interface ThreadHelpdesk {
  id: Composer['site'];
  /** Whether a page's host is this helpdesk's (kept equal to src/shared/helpdesks.ts by test/shared/helpdesks.test.ts). */
  host: (hostname: string) => boolean;
  composer: string;
  /** The conversation id in the page URL, for a composer's key. */
  conversationUrl: RegExp;
  /** Parts of the draft that are not the agent's new words (quotes, signatures, the editor's own UI). */
  draftExclude: string;
  thread: ThreadShape;
  /** The customer's and agent's display names where the page shows them outside the messages (header, sidebar). */
  customerName: (doc: Document) => string | null;
  agentName: (doc: Document) => string | null;
}

export function threadAdapter(helpdesk: ThreadHelpdesk): SiteAdapter {
  const findComposers = (doc: Document): Composer[] => keyedComposers(doc, helpdesk.composer, helpdesk.id, helpdesk.conversationUrl);

  const readContext = (composer: Composer, doc: Document): ConversationContext => {
    const scope = conversationAround(composer, helpdesk.thread);
    const messages = scope ? threadMessages(scope, composer, helpdesk.thread) : [];
    const customer = latestFromCustomer(messages);
    return {
      customerMessage: customer?.text ?? null,
      customerFirstName: firstNameOf(safely(() => helpdesk.customerName(doc), null)) ?? firstNameOf(customer?.sender),
      agentFirstName: firstNameOf(safely(() => helpdesk.agentName(doc), null)) ?? firstNameOf(latestFromAgent(messages)?.sender),
    };
  };

  return {
    id: helpdesk.id,
    matches: (url) => safely(() => helpdesk.host(url.hostname), false),
    findComposers: (doc) => safely(() => findComposers(doc), []),
    activeComposer: (doc, lastFocused) => safely(() => pickActive(findComposers(doc), doc, lastFocused), null),
    readDraft: (composer) =>
      safely(() => readEditable(composer.element, { exclude: helpdesk.draftExclude, cutAtSignature: true }), EMPTY_DRAFT),
    readContext: (composer, doc) => safely(() => readContext(composer, doc), { ...EMPTY_CONTEXT }),
  };
}

/** Whether the document has one of a helpdesk's page markers (for pages served from test hosts). */
export function hasMarkers(doc: Document, markers: string): boolean {
  return safely(() => queryOne(doc, markers) !== null, false);
}
