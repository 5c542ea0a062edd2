// Intercom: a ProseMirror composer below the conversation stream (one part per message, note or event); the customer
// is named in the conversation header, the teammate by the navigation's avatar.

import { hasMarkers, threadAdapter } from '../thread-adapter';
import { attributeOf, textOf } from '../thread';
import * as S from './selectors';

const HOSTS = ['app.intercom.com', 'app.intercom.io', 'app.eu.intercom.com', 'app.au.intercom.com'];

export const intercomAdapter = threadAdapter({
  id: 'intercom',
  host: (hostname) => HOSTS.includes(hostname),
  composer: S.COMPOSER,
  conversationUrl: S.CONVERSATION_URL,
  draftExclude: S.QUOTE,
  thread: {
    item: S.MESSAGE,
    body: S.MESSAGE_BODY,
    exclude: S.QUOTE,
    sender: S.SENDER,
    customer: S.CUSTOMER_MESSAGE,
    agent: S.AGENT_MESSAGE,
  },
  customerName: (doc) => textOf(doc, S.CUSTOMER_NAME),
  agentName: (doc) => attributeOf(doc, S.AGENT_NAME, 'alt'),
});

export const looksLikeIntercom = (doc: Document): boolean => hasMarkers(doc, S.PAGE_MARKERS);
