// Help Scout: a Slate reply editor below the conversation's threads (customer threads marked is-customer); the
// customer is named by their thread, the signed-in user by the app's user menu.

import { hasMarkers, threadAdapter } from '../thread-adapter';
import { textOf } from '../thread';
import * as S from './selectors';

export const helpscoutAdapter = threadAdapter({
  id: 'helpscout',
  host: (hostname) => hostname === 'secure.helpscout.net',
  composer: S.COMPOSER,
  conversationUrl: S.CONVERSATION_URL,
  draftExclude: S.QUOTE_AND_SIGNATURE,
  thread: {
    item: S.MESSAGE,
    body: S.MESSAGE_BODY,
    exclude: S.QUOTE_AND_SIGNATURE,
    sender: S.SENDER,
    customer: S.CUSTOMER_MESSAGE,
    agent: S.AGENT_MESSAGE,
    sequence: (item) => {
      const id = S.THREAD_ID.exec(item.id)?.[1];
      return id ? Number(id) : null;
    },
  },
  // Help Scout shows the customer's name on their threads; the sidebar's markup is not known well enough to read.
  customerName: () => null,
  agentName: (doc) => textOf(doc, S.AGENT_NAME),
});

export const looksLikeHelpScout = (doc: Document): boolean => hasMarkers(doc, S.PAGE_MARKERS);
