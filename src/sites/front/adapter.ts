// Front: a composer below the open conversation's messages (inbound from the customer, outbound or comments from the
// team). Every selector is unverified (front/selectors.ts says why); the shape is the other thread helpdesks'.

import { hasMarkers, threadAdapter } from '../thread-adapter';
import { textOf } from '../thread';
import * as S from './selectors';

export const frontAdapter = threadAdapter({
  id: 'front',
  host: (hostname) => hostname === 'app.frontapp.com',
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
  },
  customerName: () => null,
  agentName: (doc) => textOf(doc, S.AGENT_NAME),
});

export const looksLikeFront = (doc: Document): boolean => hasMarkers(doc, S.PAGE_MARKERS);
