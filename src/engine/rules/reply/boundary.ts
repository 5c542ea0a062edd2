import { defineRule } from '../rule.js';

// A respectful limit on the conversation's conduct: it will stay respectful, abusive language is not accepted, the chat
// ends if the abuse goes on. Declining a request, quoting a policy, a hold or a transfer is NOT a boundary.
const LIMIT =
  "(?:not|n't|never|no\\s+longer|cannot)\\s+(?:\\w+\\s+){0,2}(?:accept|acceptable|tolerat|continue|respond|engage|allow|permit|okay|ok|appropriate)|\\b(?:end|close|terminate|disconnect|stop|leave|hang\\s+up|pause)\\b";
export default defineRule({
  id: 'boundary',
  description: 'Credits a respectful limit on abuse: "I\'ll keep this conversation respectful and ask the same of you".',
  target: 'reply',
  signal: 'boundary',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:keep|kept|keeping|stay|remain)\s+(?:this|our|the|things|it)\s+(?:(?:conversation|chat|call|discussion|exchange|interaction)\s+)?(?:respectful|civil|professional|polite|courteous|constructive)\b`,
    String.raw`\b(?:please|kindly)\s+(?:(?:keep|stay|remain|be)\s+(?:it\s+|things\s+)?)(?:respectful|civil|courteous|polite)\b`,
    String.raw`\b(?:abusive|offensive|threatening|insulting|foul|vulgar|profane|disrespectful|inappropriate|aggressive|hostile|derogatory|personal)\s+(?:language|behaviou?r|comments?|remarks?|messages?|words|attacks?|insults?|tone)\b`,
    String.raw`\b(?:name[- ]calling|swearing|profanity|cursing|insults|personal\s+attacks|threats)\b`,
    String.raw`\brefrain\s+from\s+(?:using\s+)?(?:abusive|offensive|foul|profane|insulting|inappropriate|threatening|such)\b`,
    String.raw`\b(?:treat|speak\s+to|talk\s+to|address)\s+(?:me|us|our\s+\w+|each\s+other)\s+with\s+(?:respect|courtesy)\b`,
    String.raw`\b(?:ask|expect)\s+the\s+same\s+(?:of|from)\s+you\b`,
    String.raw`\b(?:respectful|civil|courteous)\s+(?:conversation|tone|manner|language|way|exchange)\b`,
    String.raw`\bif\s+(?:the|this|these|such|your)\s+(?:(?:abusive|offensive|threatening|insulting|foul)\s+)?(?:language|behaviou?r|abuse|insults?|swearing|name[- ]calling|threats|comments|tone|cursing)\s+(?:continues?|goes\s+on|persists?|carries\s+on)\b`,
  ],
  onlyInSentence: [
    LIMIT,
    String.raw`\b(?:keep|kept|keeping|stay|remain|please|kindly|ask|expect|need|want|let's|let\s+us|treat|speak|talk|refrain|help)\b`,
  ],
  unlessSentence: [
    // The agent criticising themselves or quoting a rule is not a limit on this conversation.
    String.raw`\b(?:our|my)\s+(?:policy|terms)\s+(?:says?|states?)\b`,
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
