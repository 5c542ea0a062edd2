import { defineRule } from '../rule.js';

// A respectful limit on the conversation's conduct: it will stay respectful, abusive language is not accepted, the chat
// ends if the abuse goes on. Declining a request, quoting a policy, a hold or a transfer is NOT a boundary.
const LIMIT =
  "(?:not|n't|never|no\\s+longer|cannot)\\s+(?:\\w+\\s+){0,2}(?:accept|acceptable|tolerat|continue|respond|engage|allow|permit|okay|ok|appropriate)|\\b(?:end|close|terminate|disconnect|stop|leave|hang\\s+up|pause)\\b";
// Words for conduct (not for requests or products): what a boundary is about.
const CONDUCT =
  '(?:language|behaviou?r|tone|abuse|abusive|conduct|profanity|swearing|cursing|insults?|name[- ]calling|threats?|comments|remarks|aggression|hostility|rudeness|personal\\s+attacks)';
export default defineRule({
  id: 'boundary',
  description: 'Credits a respectful limit on abuse: "I\'ll keep this conversation respectful and ask the same of you".',
  target: 'reply',
  signal: 'boundary',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:keep|kept|keeping|stay|remain)\s+(?:this|our|the|things|it|your)\s+(?:(?:conversation|chat|call|discussion|exchange|interaction|language|tone|messages?|comments)\s+)?(?:respectful|civil|professional|polite|courteous|constructive)\b`,
    String.raw`\b(?:please|kindly)\s+(?:(?:keep|stay|remain|be)\s+(?:it\s+|things\s+)?)(?:respectful|civil|courteous|polite)\b`,
    // "<conduct> is unacceptable / will not be tolerated"
    String.raw`\b${CONDUCT}\b[^.!?\n]{0,60}?\b(?:(?:is|are|will|would)\s+(?:not|never)\s+(?:be\s+)?|(?:isn't|aren't|won't\s+be|can't\s+be|cannot\s+be)\s+|(?:is|are)\s+(?:\w+\s+)?(?=un|in))(?:acceptable|appropriate|tolerated|accepted|allowed|permitted|okay|ok|unacceptable|inappropriate)\b`,
    // "I won't accept / tolerate <conduct>"
    String.raw`\b(?:not|won't|will\s+not|can't|cannot|don't|do\s+not|refuse\s+to)\s+(?:\w+\s+)?(?:accept|tolerate|allow|permit|continue\s+with|engage\s+with|respond\s+to)\s+(?:\w+\s+){0,2}${CONDUCT}\b`,
    // "I'll have to end this chat (if ... continues)" — only with a word about conduct in the sentence (onlyInSentence).
    String.raw`\b(?:end(?:ing)?|clos(?:e|ing)|terminat(?:e|ing)|disconnect(?:ing)?|paus(?:e|ing))\s+(?:this|the|our|your)\s+(?:call|chat|conversation|interaction|session|exchange|correspondence)\b`,
    String.raw`\b(?:call|chat|conversation|interaction|correspondence|session)\s+(?:\w+\s+){0,2}(?:terminated|ended|closed|disconnected)\b`,
    String.raw`\b(?:hang\s+up|put\s+the\s+phone\s+down|leave\s+(?:this|the)\s+chat)\b`,
    // "please don't speak to me like that"
    String.raw`\b(?:please|kindly|i(?:'d|\s+would)\s+ask\s+you\s+to|i\s+ask\s+you\s+to)\s+(?:do\s+not|don't|not)\s+(?:speak|talk|write|swear|yell|shout)\s+(?:to|at)\s+(?:me|us|my\s+\w+|our\s+\w+)\s+(?:like\s+(?:that|this)|that\s+way|this\s+way|in\s+(?:that|this)\s+(?:way|manner|tone))`,
    String.raw`\b(?:stop|without|refrain\s+from|avoid)\s+(?:using\s+)?(?:the\s+)?(?:(?:this|that|such)\s+(?:kind\s+of\s+)?(?:language|behaviou?r|tone)|profanity|swearing|cursing|insults|name[- ]calling|threats|(?:abusive|offensive|foul|insulting|threatening)\s+(?:language|remarks|comments|messages))\b`,
    String.raw`\b(?:treat|speak\s+to|talk\s+to|address)\s+(?:me|us|our\s+\w+|each\s+other)\s+with\s+(?:respect|courtesy)\b`,
    String.raw`\b(?:ask|asking|need|expect)\s+(?:you\s+)?to\s+(?:respect|be\s+respectful|be\s+civil)\b`,
    String.raw`\b(?:ask|expect)\s+the\s+same\s+(?:of|from)\s+you\b`,
    String.raw`\b(?:respectful|civil|courteous)\s+(?:conversation|tone|manner|language|way|exchange)\b`,
    String.raw`\b(?:continue|proceed|approach|talk|speak|discuss|communicate|carry\s+on)\s+(?:\w+\s+){0,2}(?:more\s+)?(?:civilly|respectfully|calmly|politely)\b`,
    String.raw`\b(?:when|once|after|until)\s+(?:you(?:'ve|\s+have|'re|\s+are|\s+feel)?|we\s+can|things)\s+(?:calmed\s+down|calmer|cooled\s+(?:down|off))\b`,
    String.raw`\bton(?:e|ing)\s+(?:it|this|things)\s+down\b`,
    String.raw`\b(?:that|this)\s+(?:kind|sort|type)\s+of\s+(?:language|behaviou?r|talk|tone|comment|remark)s?\b`,
    String.raw`\b(?:calls?|messages?|comments?|remarks?|language)\s+of\s+(?:this|that)\s+nature\b`,
    String.raw`\bif\s+(?:the|this|these|such|your)\s+(?:(?:abusive|offensive|threatening|insulting|foul)\s+)?${CONDUCT}\s+(?:continues?|goes\s+on|persists?|carries\s+on)\b`,
  ],
  onlyInSentence: [
    LIMIT,
    String.raw`\b(?:keep|kept|keeping|stay|remain|please|kindly|ask|asking|expect|need|want|let's|let\s+us|treat|speak|talk|refrain|help|respect|respectful|civil|civilly|calm|calmer|calmed|continue|continues|continuing|polite|politely|like\s+that|that\s+way|this\s+way|nature|manner)\b`,
    CONDUCT,
  ],
  examples: {
    flag: [
      "I want to help, and I'll keep this conversation respectful; I ask the same of you.",
      'Abusive language is not something I can accept, and I will end this chat if it continues.',
      'Please keep it civil so I can focus on fixing this.',
      "If the insults continue, I'll have to close this conversation.",
      'I am happy to help you, but I need you to treat me with respect.',
    ],
    pass: [
      "I'm afraid I can't offer a refund on this plan.",
      "That's our policy for all accounts.",
      "I'll transfer you to billing now.",
      'Please hold while I check the order.',
      "There's nothing more I can do from here.",
      'Our team keeps the service running around the clock.',
    ],
  },
});
