import { defineRule } from '../rule.js';

// The agent commits to act on the problem, or reports having acted: "I'll look into this", "let me check", "I've issued
// a refund". "Let me know" asks for input (ask-input); "I will not refund" commits to nothing.
const ACT =
  '(?:look\\s+into|investigate|check|review|fix|sort|resolve|handle|take\\s+care|follow\\s+up|get\\s+(?:this|that|it|back|you|a|the|your)|send|issue|process|refund|replace|escalate|update|reach\\s+out|contact|email|ship|arrange|reship|keep\\s+you|make\\s+sure|ensure|work\\s+on|find|credit|cancel|correct|reset|help|dig|be\\s+in\\s+touch|monitor|track|expedite|confirm|add|apply|restore|reactivate|prioriti[sz]e|personally|call|waive|extend|upgrade|rush|flag|raise|report|pass|share|chase|push|speak|talk|test|reproduce|reach|investigate|fast-track|open)';
export default defineRule({
  id: 'ownership',
  description: 'Credits taking ownership and a next step: "I\'ll look into this personally", "let me check".',
  target: 'reply',
  signal: 'ownership',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+shall)\s+(?:(?:personally|now|right\s+now|immediately|also|gladly|happily|quickly|definitely|first|then|be\s+sure\s+to|make\s+sure\s+to|go\s+ahead\s+and|right\s+away|today|absolutely|certainly)\s+)*${ACT}\b`,
    String.raw`\blet\s+me\s+(?:(?:just|quickly|personally|now|go\s+ahead\s+and)\s+)?(?:check|look|see|find|get|fix|sort|take|help|investigate|review|escalate|make|confirm|dig|follow|handle|reach|talk|speak|pull|correct|update|process|arrange|send)\b`,
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:(?:already|just|now|personally|also|gone\s+ahead\s+and)\s+)*(?:issued|processed|sent|refunded|escalated|fixed|resolved|updated|credited|reset|arranged|shipped|replaced|corrected|cancell?ed|applied|added|restored|reactivated|forwarded|flagged|raised|opened|created|filed|logged|expedited|waived|extended|upgraded|reshipped|reported|passed|asked|checked|looked\s+into|investigated|reviewed|contacted|booked|scheduled|unlocked|removed|re-?sent|set\s+up|taken\s+care)\b`,
    String.raw`\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:(?:now|currently|already|actively|personally)\s+)*(?:looking\s+into|investigating|working\s+on|checking|on\s+it|taking\s+care|escalating|processing|reviewing|following\s+up|handling|fixing|arranging|sending|issuing)\b`,
    String.raw`\b(?:i|we)(?:'d|\s+would|'ll|\s+will|'m|\s+am|'re|\s+are)\s+(?:be\s+)?(?:(?:more\s+than|very|so)\s+)?(?:happy|glad|pleased)\s+to\s+(?:help|assist|look|check|sort|fix|refund|replace|send|arrange|set|walk|get|take)\b`,
    String.raw`\b(?:leave\s+it\s+with\s+me|i'm\s+on\s+(?:it|this)|consider\s+it\s+done|you\s+have\s+my\s+word)\b`,
    String.raw`\bi\s+(?:will\s+)?personally\s+(?:make\s+sure|ensure|see\s+to|follow|look|handle|check|take)\b`,
  ],
  unlessBefore: [String.raw`\b(?:if|unless|whether|not|never)\s+(?:\w+\s+){0,1}$`],
  examples: {
    flag: [
      "I'll look into this personally and get back to you by 3pm.",
      'Let me check with our shipping team.',
      "I've issued a full refund to your card.",
      'We are already investigating the outage.',
      'I will make sure the replacement ships today.',
      "I'd be happy to set up a new account for you.",
      'Leave it with me.',
    ],
    pass: [
      'Let me know if you have any questions.',
      'I will not be able to refund this order.',
      "We can't change the delivery date.",
      'Your order shipped on Monday.',
      'If we refund it, the license ends.',
    ],
  },
});
