// Freshdesk: a Froala reply editor below the ticket's conversation ([data-album] per message); the requester and the
// signed-in agent are named in the sidebar and the header, else by the messages' authors.

import { hasMarkers, threadAdapter } from '../thread-adapter';
import { attributeOf, textOf } from '../thread';
import * as S from './selectors';

export const freshdeskAdapter = threadAdapter({
  id: 'freshdesk',
  host: (hostname) => hostname === 'freshdesk.com' || hostname.endsWith('.freshdesk.com'),
  composer: S.COMPOSER,
  conversationUrl: S.TICKET_URL,
  draftExclude: `${S.QUOTE_AND_SIGNATURE}, ${S.EDITOR_UI}`,
  thread: {
    item: S.MESSAGE,
    body: S.MESSAGE_BODY,
    exclude: S.QUOTE_AND_SIGNATURE,
    sender: S.SENDER,
    customer: S.CUSTOMER_MESSAGE,
    agent: S.AGENT_MESSAGE,
  },
  customerName: (doc) => textOf(doc, S.REQUESTER),
  agentName: (doc) => attributeOf(doc, S.AGENT_NAME, 'alt'),
});

export const looksLikeFreshdesk = (doc: Document): boolean => hasMarkers(doc, S.PAGE_MARKERS);
